import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IcsEventEdit, IcsImportItem } from '../../../../shared/model/exchange'

/** The editable fields of one event, as the inputs hold them (blank = none). */
export interface EditableValues {
  company: string
  position: string
  contactName: string
  contactTitle: '' | 'mr' | 'ms'
  contactEmail: string
  contactPhone: string
  meetingUrl: string
  accessCode: string
  referenceNumber: string
  location: string
}

/** What the preview will store for an event, from what the file says. */
export function valuesOf(item: IcsImportItem): EditableValues {
  const details = item.details ?? {}
  return {
    company: item.company ?? '',
    position: item.position ?? '',
    contactName: details.contact?.name ?? '',
    contactTitle: details.contact?.title ?? '',
    contactEmail: details.contact?.email ?? '',
    contactPhone: details.contact?.phone ?? '',
    meetingUrl: details.meetingUrl ?? '',
    accessCode: details.accessCode ?? '',
    referenceNumber: details.referenceNumber ?? '',
    location: details.location ?? '',
  }
}

/**
 * The edit `ics/import` takes: only the fields the user changed (an interview already in the calendar keeps
 * the rest as it is), a blank one cleared; the contact goes whole when any part of it changed.
 */
export function editOf(values: EditableValues, initial: EditableValues): IcsEventEdit | undefined {
  const changed = (name: keyof EditableValues) => values[name] !== initial[name]
  const edit: IcsEventEdit = {}
  if (changed('company')) edit.company = values.company
  if (changed('position')) edit.position = values.position
  if (CONTACT_PARTS.some(changed))
    edit.contact = {
      ...(values.contactName.trim() ? { name: values.contactName } : {}),
      ...(values.contactTitle ? { title: values.contactTitle } : {}),
      ...(values.contactEmail.trim() ? { email: values.contactEmail.trim() } : {}),
      ...(values.contactPhone.trim() ? { phone: values.contactPhone } : {}),
    }
  if (changed('meetingUrl')) edit.meetingUrl = values.meetingUrl.trim() || null
  if (changed('accessCode')) edit.accessCode = values.accessCode
  if (changed('referenceNumber')) edit.referenceNumber = values.referenceNumber
  if (changed('location')) edit.location = values.location
  return Object.keys(edit).length > 0 ? edit : undefined
}

const CONTACT_PARTS = ['contactName', 'contactTitle', 'contactEmail', 'contactPhone'] as const

const TEXT_FIELDS = [
  ['company', 'form.fields.company'],
  ['position', 'form.fields.position'],
  ['contactName', 'form.fields.contactName'],
  ['contactEmail', 'form.fields.contactEmail'],
  ['contactPhone', 'form.fields.contactPhone'],
  ['meetingUrl', 'form.fields.meetingUrl'],
  ['accessCode', 'form.fields.accessCode'],
  ['referenceNumber', 'form.fields.referenceNumber'],
  ['location', 'form.fields.location'],
] as const

/** The fields of one previewed event, editable before the import stores them. */
export function ImportItemEditor({
  initial,
  onChange,
  onClose,
}: {
  initial: EditableValues
  onChange: (values: EditableValues) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [values, setValues] = useState(initial)
  const set = (name: keyof EditableValues, value: string) => {
    const next = { ...values, [name]: value } as EditableValues
    setValues(next)
    onChange(next)
  }
  return (
    <fieldset className="import-editor">
      <legend>{t('invitations.preview.editTitle')}</legend>
      {TEXT_FIELDS.slice(0, 3).map(([name, label]) => (
        <label key={name} className="field">
          <span className="label">{t(label)}</span>
          <input value={values[name]} onChange={(event) => set(name, event.target.value)} />
        </label>
      ))}
      <label className="field" htmlFor={`${id}-title`}>
        <span className="label">{t('form.fields.contactTitle')}</span>
        <select
          id={`${id}-title`}
          value={values.contactTitle}
          onChange={(event) => set('contactTitle', event.target.value)}
        >
          <option value="">{t('title.none')}</option>
          <option value="mr">{t('title.mr')}</option>
          <option value="ms">{t('title.ms')}</option>
        </select>
      </label>
      {TEXT_FIELDS.slice(3).map(([name, label]) => (
        <label key={name} className="field">
          <span className="label">{t(label)}</span>
          <input value={values[name]} onChange={(event) => set(name, event.target.value)} />
        </label>
      ))}
      <button type="button" onClick={onClose}>
        {t('invitations.preview.editDone')}
      </button>
    </fieldset>
  )
}
