import { useContext, useRef, useState, type FormEvent } from 'react'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import {
  CONTACT_ROLES,
  CONTACT_TITLES,
  MODES,
  STATUSES,
  type Interview,
  type TimeSlot,
} from '../../../../shared/model/interview'
import type { FieldIssue, Result } from '../../../../shared/result'
import { call } from '../../api/client'
import { useDiscardGuard } from '../../ui/Dialog'
import { DateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { TimeField } from '../../ui/TimeField'
import { ZoneOptions } from '../../ui/options'
import {
  checkForm,
  fieldOfPath,
  toUpdate,
  withHonorificRead,
  withStart,
  type FormField,
  type FormValues,
} from './formModel'
import { useIssueText } from './useFieldErrors'
import { SchedulePreview } from './SchedulePreview'
import { SettingsContext } from '../../app/SettingsContext'
import type { InvitationReading, InvitationSlot } from '../../../../shared/model/invitation'
import { fillFromChoice, fillFromInvitation, movedSlot, type FormSources } from './invitationValues'
import { PasteInvitation } from './PasteInvitation'
import { ReplyReminder } from './ReplyReminder'
import { useSchedule } from '../../app/ScheduleContext'

interface InterviewFormProps {
  initial: FormValues
  editing?: Interview | undefined
  /** The other interviews, for the live clash preview. */
  others?: readonly Interview[]
  onSaved: (interview: Interview) => void
  onCancel: () => void
  /** An invitation already read (a dropped file): the form opens filled from it. */
  invitation?: InvitationReading | undefined
}

const LABEL_KEY: Partial<Record<FormField, string>> = { startTime: 'startsAt', endTime: 'endsAt' }
/** Create or edit an interview; validated with the contract's own schema before it is sent. */
export function InterviewForm({
  initial,
  editing,
  others = [],
  onSaved,
  onCancel,
  invitation,
}: InterviewFormProps) {
  const { t } = useTranslation()
  const settings = useContext(SettingsContext)
  const { travelTimes } = useSchedule()
  const [now] = useState(() => Date.now())
  const issueText = useIssueText()
  const [filledFrom] = useState(() => (invitation ? fillFromInvitation(initial, invitation) : undefined))
  const [values, setValues] = useState<FormValues>(filledFrom?.values ?? initial)
  const [reading, setReading] = useState(invitation)
  // A reply the invitation asks for by a date: a task to reply by then is stored with the interview.
  const [remindReply, setRemindReply] = useState(true)
  // Fields filled from an invitation keep its snippet until the user edits them.
  const [sources, setSources] = useState<FormSources>(filledFrom?.sources ?? {})
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({})
  const [formError, setFormError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  useDiscardGuard(JSON.stringify(values) !== JSON.stringify(initial))

  const label = (field: FormField) => t(`form.fields.${LABEL_KEY[field] ?? field}`)
  const set = (field: FormField) => (event: { target: { value: string } }) => {
    const value = event.target.value
    setValues((current) =>
      field === 'startTime' ? withStart(current, value) : { ...current, [field]: value },
    )
    setErrors((current) => ({ ...current, [field]: undefined }))
    setSources((current) => ({ ...current, [field]: undefined }))
  }
  const fillFrom = (next: InvitationReading) => {
    const filled = fillFromInvitation(values, next)
    setValues(filled.values)
    setSources(filled.sources)
    setErrors({})
    setReading(next)
    setRemindReply(true)
  }
  /** One of the times the invitation offers: its date and times fill the form, the other fields stay. */
  const choose = (choice: InvitationSlot) => {
    const filled = fillFromChoice(values, choice)
    setValues(filled.values)
    setSources((current) => ({ ...current, ...filled.sources }))
    setErrors((current) => ({ ...current, date: undefined, startTime: undefined, endTime: undefined }))
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

  /** A matched interview was changed instead of a new one added. */
  const settle = (result: Result<Interview>) => {
    setSaving(false)
    if (result.ok) return onSaved(result.value)
    setFormError(errorText(result.error))
  }
  /** The invitation moves an interview already in the calendar: it gets the new time, nothing is added. */
  async function moveMatched(matched: Interview) {
    const slot = movedSlot(matched, reading)
    if (!slot) return
    setSaving(true)
    settle(await call('interviews/update', { id: matched.id, ...slot }))
  }
  /** The message answers the interview's pending reschedule request: recorded as the answer flow does. */
  async function recordAnswer(matched: Interview, slot: TimeSlot) {
    setSaving(true)
    settle(await call('reschedule/answer', { id: matched.id, answer: 'accepted', slot }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const checked = checkForm(values)
    if (!checked.ok) return showIssues(checked.issues)
    setSaving(true)
    const replyBy = reading?.replyBy?.at
    const asked = !editing && remindReply && replyBy && replyBy < checked.input.startsAt ? { replyBy } : {}
    const result = editing
      ? await call('interviews/update', toUpdate(editing.id, checked.input))
      : await call('interviews/create', { ...checked.input, ...asked })
    setSaving(false)
    if (result.ok) return onSaved(result.value)
    if (result.error.issues) return showIssues(result.error.issues)
    setFormError(errorText(result.error))
  }

  const sourceOf = (name: FormField) =>
    sources[name] !== undefined
      ? {
          label: t('invitations.markLabel'),
          title: t('invitations.fromInvitation', { snippet: sources[name] }),
        }
      : undefined
  const field = (name: FormField, control: 'input' | 'textarea' = 'input', type = 'text', hint?: string) => (
    <Field
      label={label(name)}
      error={errors[name]}
      hint={hint}
      className={`f-${name}`}
      source={sourceOf(name)}
    >
      {control === 'textarea' ? (
        <textarea value={values[name]} onChange={set(name)} rows={3} />
      ) : (
        <input type={type} value={values[name]} onChange={set(name)} />
      )}
    </Field>
  )
  /** A field chosen from a list, each option worded by `word`; `none` offers an empty choice first. */
  const choice = (
    name: FormField,
    options: readonly (string | number)[],
    word: (option: string) => string,
    { none, hint }: { none?: string; hint?: string } = {},
  ) => (
    <Field label={label(name)} error={errors[name]} hint={hint} source={sourceOf(name)}>
      <select value={values[name]} onChange={set(name)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {word(String(option))}
          </option>
        ))}
      </select>
    </Field>
  )

  return (
    <form ref={form} className="interview-form" onSubmit={submit} noValidate>
      {!editing && (
        <PasteInvitation
          onRead={fillFrom}
          reading={reading}
          filled={Object.values(sources).filter((value) => value !== undefined).length}
          interviews={others}
          onMove={(matched) => void moveMatched(matched)}
          onAnswer={(matched, slot) => void recordAnswer(matched, slot)}
          onChoose={choose}
        />
      )}
      <fieldset>
        <legend>{t('form.sections.interview')}</legend>
        {field('company')}
        {field('position')}
        {choice('status', STATUSES, (status) => t(`status.${status}`))}
        {choice('priority', [1, 2, 3, 4, 5], (n) => n, {
          none: t('form.none'),
          hint: t('form.hints.priority'),
        })}
      </fieldset>
      <fieldset>
        <legend>{t('form.sections.when')}</legend>
        <Field label={label('date')} error={errors.date} className="f-date" source={sourceOf('date')}>
          <DateField value={values.date} onChange={(value) => set('date')({ target: { value } })} />
        </Field>
        {(['startTime', 'endTime'] as const).map((name) => (
          <Field
            key={name}
            label={label(name)}
            error={errors[name]}
            className={`f-${name}`}
            source={sourceOf(name)}
          >
            <TimeField value={values[name]} onChange={(value) => set(name)({ target: { value } })} />
          </Field>
        ))}
        <Field label={label('timeZone')} error={errors.timeZone} source={sourceOf('timeZone')}>
          <select value={values.timeZone} onChange={set('timeZone')}>
            <ZoneOptions current={values.timeZone} />
          </select>
        </Field>
        {!editing && reading?.replyBy && (
          <ReplyReminder
            reading={{ ...reading, replyBy: reading.replyBy }}
            checked={remindReply}
            onChange={setRemindReply}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('form.sections.where')}</legend>
        {choice('mode', MODES, (mode) => t(`mode.${mode}`))}
        {values.mode === 'onsite' && field('location', 'textarea', 'text', t('form.hints.location'))}
        {values.mode === 'video' && field('meetingUrl', 'input', 'url')}
        {values.mode === 'video' && field('accessCode')}
      </fieldset>
      <fieldset>
        <legend>{t('form.sections.contact')}</legend>
        <Field
          label={label('contactName')}
          error={errors.contactName}
          className="f-contactName"
          source={sourceOf('contactName')}
        >
          <input
            value={values.contactName}
            onChange={set('contactName')}
            onBlur={() => setValues((current) => withHonorificRead(current))}
          />
        </Field>
        {choice('contactTitle', CONTACT_TITLES, (title) => t(`title.${title}`), {
          none: t('title.none'),
          hint: t('form.hints.contactTitle'),
        })}
        {choice('contactRole', CONTACT_ROLES, (role) => t(`role.${role}`), { none: t('form.none') })}
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
      {/* "Fix the marked fields" goes with the last mark. */}
      {formError && (formError !== t('form.fixErrors') || Object.values(errors).some(Boolean)) && (
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
