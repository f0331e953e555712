import type { Interview } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { describeInterview, type ExportedInterview } from './exportText'
import { exportedOf, type ExportRow } from './exportRows'
import { CALENDAR_END, calendarHead, eventText, stampOf, type IcsAlarm, type IcsEvent } from './writer'

/** Our own fields ride along as X- properties, so export → import gives back exactly the same interviews. */
export const X_PREFIX = 'X-INTERVIEW-DESK-'
export const OWN_UID = /^([0-9a-f-]{36})@interview-desk$/
/** Exports that carry LOCATION, MEETING-URL and NOTES as X- properties (earlier ones used the standard ones). */
export const EXPORT_VERSION = '2'

export function ownUid(interview: Pick<ExportedInterview, 'id'>): string {
  return `${interview.id}@interview-desk`
}

const calendarOf = (settings: Settings) => ({
  name: 'Interview Desk',
  prodId: `-//Interview Desk//Interview Desk//${settings.language.toUpperCase()}`,
})

/** The property names of our own fields, made once. */
const X = Object.fromEntries(
  [
    'VERSION',
    'COMPANY',
    'POSITION',
    'MODE',
    'STATUS',
    'TIMEZONE',
    'PRIORITY',
    'REFERENCE',
    'ACCESS-CODE',
    'CONTACT-NAME',
    'CONTACT-TITLE',
    'CONTACT-ROLE',
    'CONTACT-EMAIL',
    'CONTACT-PHONE',
    'LOCATION',
    'MEETING-URL',
    'NOTES',
  ].map((name) => [name, `${X_PREFIX}${name}`]),
) as Record<string, string>

/** What every event of one export shares: the stamp, the reminders, the language. */
interface ExportContext {
  settings: Settings
  stamp: string
  alarms: readonly IcsAlarm[]
}

function contextOf(settings: Settings, now: Date): ExportContext {
  // A reminder without a description says the event's summary (see eventText).
  const alarms = settings.reminderOffsetsMinutes.map((minutesBefore) => ({ minutesBefore }))
  return { settings, stamp: stampOf(now), alarms }
}

/** The chosen interviews as one .ics text, in the order given. */
export function exportIcs(
  interviews: readonly Interview[],
  settings: Settings,
  uids: Map<string, string>,
  now: Date,
): string {
  const context = contextOf(settings, now)
  const parts = [calendarHead(calendarOf(settings))]
  for (const interview of interviews) {
    const exported = {
      ...interview,
      startMs: Date.parse(interview.startsAt),
      endMs: Date.parse(interview.endsAt),
      updatedMs: Date.parse(interview.updatedAt),
    }
    parts.push(eventText(eventOf(exported, uids.get(interview.id), context), context.stamp))
  }
  parts.push(CALENDAR_END)
  return parts.join('')
}

/** How many events are joined into one part, and written between two progress reports. */
export const EXPORT_CHUNK = 500

/**
 * The same text from the export's own rows (exportRows.ts), read as they are written. `progress` hears how
 * many are written every EXPORT_CHUNK events; each chunk's events are joined at once, so the many small
 * strings an event is made of live briefly. Returns the text and how many events it holds.
 */
export function exportRowsIcs(
  rows: Iterable<ExportRow>,
  settings: Settings,
  now: Date,
  progress: (done: number) => void,
): { text: string; count: number } {
  const context = contextOf(settings, now)
  const parts = [calendarHead(calendarOf(settings))]
  let chunk: string[] = []
  let count = 0
  for (const row of rows) {
    const { interview, icsUid } = exportedOf(row)
    chunk.push(eventText(eventOf(interview, icsUid, context), context.stamp))
    count += 1
    if (chunk.length === EXPORT_CHUNK) {
      parts.push(chunk.join(''))
      chunk = []
      progress(count)
    }
  }
  parts.push(chunk.join(''), CALENDAR_END)
  return { text: parts.join(''), count }
}

/** 2024-01-01T00:00:00Z: revisions count seconds from here, so they stay a 32-bit number until 2092. */
const REVISION_EPOCH_MS = Date.UTC(2024, 0, 1)

/**
 * The event's SEQUENCE: the second of its last change. A calendar that imported an earlier export keeps
 * its copy unless the new one has a higher SEQUENCE, so a moved or cancelled interview must raise it; every
 * change does, and an unchanged interview exports the same number each time.
 */
export function revision(updatedMs: number): number {
  return Math.max(0, Math.floor((updatedMs - REVISION_EPOCH_MS) / 1000))
}

function eventOf(interview: ExportedInterview, icsUid: string | undefined, context: ExportContext): IcsEvent {
  // The reminders say what the event is called, with the same plain hyphen: a single non-ASCII character
  // per event (an em dash) made V8 hold the whole text at two bytes a character, 120 MB at 50 000 events.
  const summary = `${interview.company} - ${interview.position}`
  const where = interview.mode === 'video' ? (interview.meetingUrl ?? interview.location) : interview.location
  return {
    uid: icsUid ?? ownUid(interview),
    sequence: revision(interview.updatedMs),
    start: interview.startMs,
    end: interview.endMs,
    summary,
    // Calendars show LOCATION: the link for a video interview, the address for one on site.
    location: where,
    url: interview.meetingUrl,
    description: describeInterview(interview, context.settings.language),
    cancelled: interview.status === 'cancelled' || interview.status === 'declined',
    organizer: interview.contact.email
      ? { name: interview.contact.name ?? interview.contact.email, email: interview.contact.email }
      : undefined,
    x: ownFields(interview),
    alarms: context.alarms,
  }
}

function ownFields(interview: ExportedInterview): { key: string; value: string }[] {
  const { contact } = interview
  const x = [
    { key: X.VERSION!, value: EXPORT_VERSION },
    { key: X.COMPANY!, value: interview.company },
    { key: X.POSITION!, value: interview.position },
    { key: X.MODE!, value: interview.mode },
    { key: X.STATUS!, value: interview.status },
    { key: X.TIMEZONE!, value: interview.timeZone },
  ]
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined) x.push({ key, value: String(value) })
  }
  add(X.PRIORITY!, interview.priority)
  add(X.REFERENCE!, interview.referenceNumber)
  add(X['ACCESS-CODE']!, interview.accessCode)
  add(X['CONTACT-NAME']!, contact.name)
  add(X['CONTACT-TITLE']!, contact.title)
  add(X['CONTACT-ROLE']!, contact.role)
  add(X['CONTACT-EMAIL']!, contact.email)
  add(X['CONTACT-PHONE']!, contact.phone)
  // The exact texts: DESCRIPTION and LOCATION are written for people and cannot be read back as fields.
  add(X.LOCATION!, interview.location)
  add(X['MEETING-URL']!, interview.meetingUrl)
  add(X.NOTES!, interview.notes)
  return x
}
