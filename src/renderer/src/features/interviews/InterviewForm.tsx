import { useContext, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONTACT_ROLES,
  CONTACT_TITLES,
  MODES,
  STATUSES,
  type Interview,
} from '../../../../shared/model/interview'
import type { FieldIssue } from '../../../../shared/result'
import { call } from '../../api/client'
import { Field } from '../../ui/Field'
import { ZoneOptions } from '../../ui/options'
import {
  checkForm,
  fieldOfPath,
  toUpdate,
  withHonorificRead,
  type FormField,
  type FormValues,
} from './formModel'
import { useIssueText } from './useFieldErrors'
import { SchedulePreview } from './SchedulePreview'
import { SettingsContext } from '../../app/SettingsContext'
import { useSchedule } from '../../app/ScheduleContext'

interface InterviewFormProps {
  initial: FormValues
  editing?: Interview | undefined
  /** The other interviews, for the live clash preview. */
  others?: readonly Interview[]
  onSaved: (interview: Interview) => void
  onCancel: () => void
}

const LABEL_KEY: Partial<Record<FormField, string>> = { startTime: 'startsAt', endTime: 'endsAt' }

/** Create or edit an interview; validated with the contract's own schema before it is sent. */
export function InterviewForm({ initial, editing, others = [], onSaved, onCancel }: InterviewFormProps) {
  const { t } = useTranslation()
  const settings = useContext(SettingsContext)
  const { travelTimes } = useSchedule()
  const [now] = useState(() => Date.now())
  const issueText = useIssueText()
  const [values, setValues] = useState<FormValues>(initial)
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({})
  const [formError, setFormError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const form = useRef<HTMLFormElement>(null)

  const label = (field: FormField) => t(`form.fields.${LABEL_KEY[field] ?? field}`)
  const set = (field: FormField) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }
  const showIssues = (issues: FieldIssue[]) => {
    const next: Partial<Record<FormField, string>> = {}
    for (const issue of issues) {
      const field = fieldOfPath(issue.path)
      if (field) next[field] ??= issueText(issue, label(field))
    }
    setErrors(next)
    setFormError(t('form.fixErrors'))
    // Take the user to the first field to fix once React has marked it.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const checked = checkForm(values)
    if (!checked.ok) return showIssues(checked.issues)
    setSaving(true)
    const result = editing
      ? await call('interviews/update', toUpdate(editing.id, checked.input))
      : await call('interviews/create', checked.input)
    setSaving(false)
    if (result.ok) return onSaved(result.value)
    if (result.error.issues) return showIssues(result.error.issues)
    setFormError(t('errors.generic', { message: result.error.message }))
  }

  const field = (name: FormField, control: 'input' | 'textarea' = 'input', type = 'text', hint?: string) => (
    <Field label={label(name)} error={errors[name]} hint={hint} className={`f-${name}`}>
      {control === 'textarea' ? (
        <textarea value={values[name]} onChange={set(name)} rows={3} />
      ) : (
        <input type={type} value={values[name]} onChange={set(name)} />
      )}
    </Field>
  )

  return (
    <form ref={form} className="interview-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('form.sections.interview')}</legend>
        {field('company')}
        {field('position')}
        <Field label={label('status')} error={errors.status}>
          <select value={values.status} onChange={set('status')}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={label('priority')} error={errors.priority} hint={t('form.hints.priority')}>
          <select value={values.priority} onChange={set('priority')}>
            <option value="">{t('form.none')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('form.sections.when')}</legend>
        {field('date', 'input', 'date')}
        {field('startTime', 'input', 'time')}
        {field('endTime', 'input', 'time')}
        <Field label={label('timeZone')} error={errors.timeZone}>
          <select value={values.timeZone} onChange={set('timeZone')}>
            <ZoneOptions current={values.timeZone} />
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('form.sections.where')}</legend>
        <Field label={label('mode')} error={errors.mode}>
          <select value={values.mode} onChange={set('mode')}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        </Field>
        {values.mode === 'onsite' && field('location', 'textarea', 'text', t('form.hints.location'))}
        {values.mode !== 'onsite' && field('meetingUrl', 'input', 'url')}
        {values.mode !== 'onsite' && field('accessCode')}
      </fieldset>
      <fieldset>
        <legend>{t('form.sections.contact')}</legend>
        <Field label={label('contactName')} error={errors.contactName} className="f-contactName">
          <input
            value={values.contactName}
            onChange={set('contactName')}
            onBlur={() => setValues((current) => withHonorificRead(current))}
          />
        </Field>
        <Field label={label('contactTitle')} error={errors.contactTitle} hint={t('form.hints.contactTitle')}>
          <select value={values.contactTitle} onChange={set('contactTitle')}>
            <option value="">{t('title.none')}</option>
            {CONTACT_TITLES.map((title) => (
              <option key={title} value={title}>
                {t(`title.${title}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={label('contactRole')} error={errors.contactRole}>
          <select value={values.contactRole} onChange={set('contactRole')}>
            <option value="">{t('form.none')}</option>
            {CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        {field('contactEmail', 'input', 'email')}
        {field('contactPhone', 'input', 'tel')}
      </fieldset>
      <fieldset className="wide">
        <legend>{t('form.sections.more')}</legend>
        {field('referenceNumber', 'input', 'text', t('form.hints.referenceNumber'))}
        {field('notes', 'textarea')}
      </fieldset>
      {settings && (
        <SchedulePreview
          values={values}
          editing={editing}
          interviews={others}
          travelTimes={travelTimes}
          settings={settings}
          now={now}
        />
      )}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  )
}
