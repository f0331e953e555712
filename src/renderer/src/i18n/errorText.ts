import type { AppError, FieldIssue } from '../../../shared/result'
import { i18n } from './index'

/** A contract path (`contact.email`, `noticeHours.late`) → the UI's label for that field. */
const FIELD_LABELS: Record<string, string> = {
  company: 'form.fields.company',
  position: 'form.fields.position',
  status: 'form.fields.status',
  priority: 'form.fields.priority',
  startsAt: 'form.fields.startsAt',
  endsAt: 'form.fields.endsAt',
  timeZone: 'form.fields.timeZone',
  mode: 'form.fields.mode',
  location: 'form.fields.location',
  meetingUrl: 'form.fields.meetingUrl',
  accessCode: 'form.fields.accessCode',
  contact: 'form.fields.contact',
  'contact.name': 'form.fields.contactName',
  'contact.role': 'form.fields.contactRole',
  'contact.title': 'form.fields.contactTitle',
  'contact.email': 'form.fields.contactEmail',
  'contact.phone': 'form.fields.contactPhone',
  referenceNumber: 'form.fields.referenceNumber',
  notes: 'form.fields.notes',
  userName: 'settings.userName',
  userEmail: 'settings.userEmail',
  userPhone: 'settings.userPhone',
  signature: 'settings.signature',
  language: 'settings.language',
  theme: 'settings.theme',
  'noticeHours.short': 'settings.noticeShort',
  'noticeHours.late': 'settings.noticeLate',
  travelBufferMinutes: 'settings.travelBuffer',
  prepBufferMinutes: 'settings.prepBuffer',
  'workingHours.days': 'settings.workingDays',
  'workingHours.start': 'settings.workStart',
  'workingHours.end': 'settings.workEnd',
  reminderOffsetsMinutes: 'settings.reminders',
  sameDayWarningCount: 'settings.sameDayWarning',
  text: 'errors.fields.text',
  base64: 'errors.fields.file',
  file: 'errors.fields.file',
  body: 'drafts.body',
  subject: 'drafts.subject',
  remindAt: 'followups.remindField',
}

/** The label of a field named by its path; array indexes (`alternatives.0.startsAt`) are looked past. */
export function fieldLabel(path: string): string {
  const key = FIELD_LABELS[path] ?? FIELD_LABELS[path.replace(/\.\d+(?=\.|$)/g, '')] ?? editedFieldLabel(path)
  return key ? i18n.t(key) : i18n.t('errors.fields.unknown')
}

/**
 * `edits.<event key>.<field>` (an edit in the .ics import preview): the field's own label. Event keys are
 * calendar UIDs, which may hold dots, so the field is found from the end of the path.
 */
function editedFieldLabel(path: string): string | undefined {
  if (!path.startsWith('edits.')) return undefined
  const field = Object.keys(FIELD_LABELS)
    .filter((name) => path.endsWith(`.${name}`))
    .sort((a, b) => b.length - a.length)[0]
  return field && FIELD_LABELS[field]
}

/** "<field> <what is wrong>" in the UI language. */
export function issueText(issue: FieldIssue, label = fieldLabel(issue.path)): string {
  const problem = i18n.t(`validation.${issue.code}`, {
    ...issue.params,
    defaultValue: i18n.t('validation.invalid'),
  })
  return `${label} ${problem}`
}

/**
 * A failure from the main process, for people: translated by its code (the English `message` is for logs
 * and tools, never shown); a validation failure names its first field.
 */
export function errorText(error: Pick<AppError, 'code' | 'issues'>): string {
  const [first, ...more] = error.issues ?? []
  if (error.code === 'VALIDATION' && first) {
    const text = issueText(first)
    return more.length > 0 ? i18n.t('errors.andMore', { text, count: more.length }) : text
  }
  return i18n.t(`errors.code.${error.code}`, { defaultValue: i18n.t('errors.code.INTERNAL') })
}
