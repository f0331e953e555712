import type { Interview } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { describeInterview } from './exportText'
import { CALENDAR_END, calendarHead, writeCalendar, writeEvents, type IcsEvent } from './writer'

/** Our own fields ride along as X- properties, so export → import gives back exactly the same interviews. */
export const X_PREFIX = 'X-INTERVIEW-DESK-'
export const OWN_UID = /^([0-9a-f-]{36})@interview-desk$/
/** Exports that carry LOCATION, MEETING-URL and NOTES as X- properties (earlier ones used the standard ones). */
export const EXPORT_VERSION = '2'

export function ownUid(interview: Interview): string {
  return `${interview.id}@interview-desk`
}

const calendarOf = (settings: Settings) => ({
  name: 'Interview Desk',
  prodId: `-//Interview Desk//Interview Desk//${settings.language.toUpperCase()}`,
})

export function exportIcs(
  interviews: readonly Interview[],
  settings: Settings,
  uids: Map<string, string>,
  now: Date,
): string {
  return writeCalendar({
    ...calendarOf(settings),
    stamp: now,
    events: interviews.map((interview) => eventOf(interview, settings, uids)),
  })
}

/** Events written between two yields to the event loop: a few milliseconds of work. */
export const EXPORT_CHUNK = 500

/**
 * The same text, written a chunk at a time with a yield to the event loop between chunks, so the app
 * answers other requests while a large calendar is written. `progress` hears how many are written.
 */
export async function exportIcsInChunks<T>(
  items: readonly T[],
  toInterview: (item: T) => Interview,
  settings: Settings,
  uids: Map<string, string>,
  now: Date,
  progress: (done: number, total: number) => void,
): Promise<string> {
  // Each chunk's lines are joined at once: a few hundred strings alive at a time, not 200 000.
  const parts = [calendarHead(calendarOf(settings)).join('\r\n')]
  progress(0, items.length)
  for (let start = 0; start < items.length; start += EXPORT_CHUNK) {
    const chunk = items.slice(start, start + EXPORT_CHUNK)
    const lines: string[] = []
    writeEvents(
      chunk.map((item) => eventOf(toInterview(item), settings, uids)),
      now,
      lines,
    )
    parts.push(lines.join('\r\n'))
    progress(start + chunk.length, items.length)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  parts.push(CALENDAR_END.join('\r\n'))
  return parts.join('\r\n')
}

function eventOf(interview: Interview, settings: Settings, uids: Map<string, string>): IcsEvent {
  // The reminders say what the event is called, with the same plain hyphen: a single non-ASCII character
  // per event (an em dash) made V8 hold the whole text at two bytes a character, 120 MB at 50 000 events.
  const summary = `${interview.company} - ${interview.position}`
  const where = interview.mode === 'video' ? (interview.meetingUrl ?? interview.location) : interview.location
  return {
    uid: uids.get(interview.id) ?? ownUid(interview),
    start: new Date(interview.startsAt),
    end: new Date(interview.endsAt),
    summary,
    // Calendars show LOCATION: the link for a video interview, the address for one on site.
    location: where,
    url: interview.meetingUrl,
    description: describeInterview(interview, settings.language),
    cancelled: interview.status === 'cancelled' || interview.status === 'declined',
    organizer: interview.contact.email
      ? { name: interview.contact.name ?? interview.contact.email, email: interview.contact.email }
      : undefined,
    x: ownFields(interview),
    alarms: settings.reminderOffsetsMinutes.map((minutes) => ({
      minutesBefore: minutes,
      description: summary,
    })),
  }
}

function ownFields(interview: Interview): { key: string; value: string }[] {
  const { contact } = interview
  const fields: [string, string | number | undefined][] = [
    ['VERSION', EXPORT_VERSION],
    ['COMPANY', interview.company],
    ['POSITION', interview.position],
    ['MODE', interview.mode],
    ['STATUS', interview.status],
    ['TIMEZONE', interview.timeZone],
    ['PRIORITY', interview.priority],
    ['REFERENCE', interview.referenceNumber],
    ['ACCESS-CODE', interview.accessCode],
    ['CONTACT-NAME', contact.name],
    ['CONTACT-ROLE', contact.role],
    ['CONTACT-EMAIL', contact.email],
    ['CONTACT-PHONE', contact.phone],
    // The exact texts: DESCRIPTION and LOCATION are written for people and cannot be read back as fields.
    ['LOCATION', interview.location],
    ['MEETING-URL', interview.meetingUrl],
    ['NOTES', interview.notes],
  ]
  const x: { key: string; value: string }[] = []
  for (const [key, value] of fields) {
    if (value !== undefined) x.push({ key: `${X_PREFIX}${key}`, value: String(value) })
  }
  return x
}
