import type { Interview, TimeSlot } from '../../../../shared/model/interview'
import type { InvitationField, InvitationReading, InvitationSlot } from '../../../../shared/model/invitation'
import { wallClock } from '../../../../shared/time'
import type { FormField, FormValues } from './formModel'

/** Where each field of an invitation reading lands in the form. */
const FORM_FIELD: Partial<Record<InvitationField, FormField>> = {
  company: 'company',
  position: 'position',
  timeZone: 'timeZone',
  mode: 'mode',
  location: 'location',
  meetingUrl: 'meetingUrl',
  accessCode: 'accessCode',
  referenceNumber: 'referenceNumber',
  'contact.name': 'contactName',
  'contact.title': 'contactTitle',
  'contact.role': 'contactRole',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
}

export type FormSources = Partial<Record<FormField, string>>

/**
 * The form after reading an invitation: only what the invitation states replaces what is there, and each
 * replaced field remembers the snippet it came from (shown on hover). Times are shown in the interview's zone.
 */
export function fillFromInvitation(
  current: FormValues,
  reading: InvitationReading,
): { values: FormValues; sources: FormSources } {
  const values: FormValues = { ...current }
  const sources: FormSources = {}
  const { interview } = reading
  for (const [from, to] of Object.entries(FORM_FIELD) as [InvitationField, FormField][]) {
    const value = from.startsWith('contact.')
      ? interview.contact?.[from.slice(8) as keyof NonNullable<typeof interview.contact>]
      : interview[from as Exclude<InvitationField, `contact.${string}`>]
    if (!value) continue
    ;(values as unknown as Record<string, string>)[to] = value
    sources[to] = reading.sources[from] ?? value
  }
  const zone = interview.timeZone ?? values.timeZone
  if (interview.startsAt) {
    const start = wallClock(interview.startsAt, zone)
    values.date = start.date
    values.startTime = start.time
    sources.date = sources.startTime = reading.sources.startsAt ?? ''
    // An end is never guessed: without one in the invitation the user is asked for it.
    values.endTime = interview.endsAt ? wallClock(interview.endsAt, zone).time : ''
    if (interview.endsAt) sources.endTime = reading.sources.endsAt ?? ''
  } else if (reading.choices) {
    // Several times offered: date and times are left blank until one is chosen (the summary offers them).
    values.date = ''
    values.startTime = ''
    values.endTime = ''
  } else if (reading.day) {
    // The day without its hour: the date is filled, the times are left for the user (the summary says so).
    values.date = reading.day.date
    sources.date = reading.day.source
    values.startTime = ''
    values.endTime = ''
  }
  return { values, sources }
}

/**
 * The form with one of the times an invitation offers to choose from: its date and times (in the form's zone),
 * marked with the words they were read from; the other fields stay as they are.
 */
export function fillFromChoice(
  current: FormValues,
  { startsAt, endsAt, source }: InvitationSlot,
): { values: FormValues; sources: FormSources } {
  const interview = endsAt ? { startsAt, endsAt } : { startsAt }
  return fillFromInvitation(current, {
    interview,
    sources: { startsAt: source, endsAt: source },
    missing: [],
    notices: [],
  })
}

/**
 * Where an invitation moves an interview already in the calendar: to its stated start, ending at its stated
 * end or after the interview's own length.
 */
export function movedSlot(matched: Interview, reading: InvitationReading | undefined): TimeSlot | undefined {
  const startsAt = reading?.interview.startsAt
  if (!startsAt) return undefined
  const length = Date.parse(matched.endsAt) - Date.parse(matched.startsAt)
  return {
    startsAt,
    endsAt: reading.interview.endsAt ?? new Date(Date.parse(startsAt) + length).toISOString(),
  }
}
