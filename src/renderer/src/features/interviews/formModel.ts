import { clockAt } from '../../../../shared/calendar/layout'
import { addDays } from 'date-fns'
import { tz } from '@date-fns/tz'
import type { ChannelInput } from '../../../../shared/contract'
import {
  interviewInputSchema,
  type Interview,
  type Mode,
  type Status,
} from '../../../../shared/model/interview'
import { readHonorific } from '../../../../shared/model/honorific'
import type { FieldIssue } from '../../../../shared/result'
import { dayKey, instantFromWallClock, wallClock } from '../../../../shared/time'
import { fieldIssue, toFieldIssues } from '../../../../shared/validation'

/** What the form edits: every value a string, as inputs hold them. */
export interface FormValues {
  company: string
  position: string
  status: Status
  priority: string
  date: string
  startTime: string
  endTime: string
  timeZone: string
  mode: Mode
  location: string
  meetingUrl: string
  accessCode: string
  contactName: string
  contactTitle: string
  contactRole: string
  contactEmail: string
  contactPhone: string
  referenceNumber: string
  notes: string
}

export type FormField = keyof FormValues

/** Contract paths → the form field that shows their message. */
const FIELD_OF_PATH: Record<string, FormField> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  'contact.name': 'contactName',
  'contact.title': 'contactTitle',
  'contact.role': 'contactRole',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
}

export function fieldOfPath(path: string): FormField | undefined {
  return FIELD_OF_PATH[path] ?? (path in blankValues() ? (path as FormField) : undefined)
}

function blankValues(): FormValues {
  return {
    company: '',
    position: '',
    status: 'invited',
    priority: '',
    date: '',
    startTime: '10:00',
    endTime: '11:00',
    timeZone: 'Asia/Jakarta',
    mode: 'onsite',
    location: '',
    meetingUrl: '',
    accessCode: '',
    contactName: '',
    contactTitle: '',
    contactRole: '',
    contactEmail: '',
    contactPhone: '',
    referenceNumber: '',
    notes: '',
  }
}

/** A new interview: tomorrow 10:00–11:00 in the user's zone, unless a start is given. */
export function newFormValues(zone: string, now: Date, start?: { date: string; time: string }): FormValues {
  const date = start?.date ?? dayKey(addDays(now, 1, { in: tz(zone) }).getTime(), zone)
  const startTime = start?.time ?? '10:00'
  return { ...blankValues(), timeZone: zone, date, startTime, endTime: anHourLater(startTime) }
}

const minutesOf = (time: string): number | undefined => {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined
}

/**
 * A new start keeps the interview's length, as calendars do: 10:00–11:30 moved to 14:00 ends at 15:30
 * (at 23:59 at the latest, as interviews stay on one day). An end not after the old start is left alone.
 */
export function withStart(values: FormValues, startTime: string): FormValues {
  const before = minutesOf(values.startTime)
  const end = minutesOf(values.endTime)
  const after = minutesOf(startTime)
  if (before === undefined || end === undefined || after === undefined || end <= before)
    return { ...values, startTime }
  return { ...values, startTime, endTime: clockAt(after + end - before, 1) }
}

/** The default end: an hour after the start, kept on the same day. */
function anHourLater(time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  // One-minute steps: clockAt keeps it at 23:59 at the latest.
  return clockAt(hours * 60 + minutes + 60, 1)
}

export function formValuesOf(interview: Interview): FormValues {
  const start = wallClock(interview.startsAt, interview.timeZone)
  const end = wallClock(interview.endsAt, interview.timeZone)
  return {
    company: interview.company,
    position: interview.position,
    status: interview.status,
    priority: interview.priority?.toString() ?? '',
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    timeZone: interview.timeZone,
    mode: interview.mode,
    location: interview.location ?? '',
    meetingUrl: interview.meetingUrl ?? '',
    accessCode: interview.accessCode ?? '',
    contactName: interview.contact.name ?? '',
    contactTitle: interview.contact.title ?? '',
    contactRole: interview.contact.role ?? '',
    contactEmail: interview.contact.email ?? '',
    contactPhone: interview.contact.phone ?? '',
    referenceNumber: interview.referenceNumber ?? '',
    notes: interview.notes ?? '',
  }
}

type Input = ChannelInput<'interviews/create'>
export type FormCheck = { ok: true; input: Input } | { ok: false; issues: FieldIssue[] }

/**
 * Form → contract input, checked with the very schema main uses, so the form shows the same messages
 * the app would return. End on the same date as the start (interviews are not overnight).
 */
export function checkForm(values: FormValues): FormCheck {
  const startsAt = instantFromWallClock(values.date, values.startTime, values.timeZone)
  const endsAt = instantFromWallClock(values.date, values.endTime, values.timeZone)
  const optional = (value: string) => (value.trim() === '' ? undefined : value)
  // A name typed with its honorific ("Bu Maya") is stored as a title and the bare name.
  const named = withHonorificRead(values)
  const contact = {
    name: optional(named.contactName),
    title: optional(named.contactTitle),
    role: optional(values.contactRole),
    email: optional(values.contactEmail),
    phone: optional(values.contactPhone),
  }
  const raw = {
    company: values.company,
    position: values.position,
    contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined)),
    mode: values.mode,
    // Only what the chosen format shows is kept: an old address does not linger on a video call, nor a
    // meeting link on a phone call.
    location: values.mode === 'onsite' ? optional(values.location) : undefined,
    meetingUrl: values.mode === 'video' ? optional(values.meetingUrl) : undefined,
    accessCode: values.mode === 'video' ? optional(values.accessCode) : undefined,
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    timeZone: values.timeZone,
    status: values.status,
    referenceNumber: optional(values.referenceNumber),
    priority: values.priority === '' ? undefined : Number(values.priority),
    notes: optional(values.notes),
  }
  // An empty time is asked for by name (an invitation that says "s.d. selesai" leaves the end empty), not
  // reported as the instant the contract could not be given.
  const emptyTimes = (['startsAt', 'endsAt'] as const).filter(
    (path) => values[FIELD_OF_PATH[path]!].trim() === '',
  )
  const dateIssues = [
    ...(values.date === '' ? [fieldIssue(['date'], 'required')] : []),
    ...(startsAt === undefined && values.date !== '' && !emptyTimes.includes('startsAt')
      ? [fieldIssue(['date'], 'invalid_date')]
      : []),
    ...emptyTimes.map((path) => fieldIssue([path], 'required')),
  ]
  const parsed = interviewInputSchema.safeParse(raw)
  const schemaIssues = parsed.success ? [] : toFieldIssues(parsed.error)
  // A bad date or an empty time already explains the missing instants; don't repeat it on start and end.
  const issues = [
    ...dateIssues,
    ...schemaIssues.filter(
      (i) =>
        !(dateIssues.length && i.code === 'invalid_instant') &&
        !(emptyTimes.length && i.code === 'end_before_start') &&
        !emptyTimes.some((path) => i.path === path),
    ),
  ]
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, input: definedOnly(raw) as Input }
}

/**
 * Moves an honorific typed in the name into the title ("Pak Hendra" → Bapak + "Hendra"). A title the user
 * chose is kept; the honorific is still taken off the name so that no message doubles it.
 */
export function withHonorificRead(values: FormValues): FormValues {
  const read = readHonorific(values.contactName)
  if (read.name === values.contactName.trim() && !read.title) return values
  return { ...values, contactName: read.name, contactTitle: values.contactTitle || read.title || '' }
}

/** For an edit: every optional field the form left blank is cleared with `null`. */
export function toUpdate(id: string, input: Input): ChannelInput<'interviews/update'> {
  const clearable = ['location', 'meetingUrl', 'accessCode', 'referenceNumber', 'priority', 'notes'] as const
  const cleared = Object.fromEntries(
    clearable.filter((key) => input[key] === undefined).map((key) => [key, null]),
  )
  return { id, ...input, ...cleared }
}

function definedOnly(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined))
}
