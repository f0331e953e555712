import type { Interview } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { describeInterview } from './exportText'
import { writeCalendar, type IcsEvent } from './writer'

/** Our own fields ride along as X- properties, so export → import gives back exactly the same interviews. */
export const X_PREFIX = 'X-INTERVIEW-DESK-'
export const OWN_UID = /^([0-9a-f-]{36})@interview-desk$/
/** Exports that carry LOCATION, MEETING-URL and NOTES as X- properties (earlier ones used the standard ones). */
export const EXPORT_VERSION = '2'

export function ownUid(interview: Interview): string {
  return `${interview.id}@interview-desk`
}

export function exportIcs(
  interviews: readonly Interview[],
  settings: Settings,
  uids: Map<string, string>,
  now: Date,
): string {
  return writeCalendar({
    name: 'Interview Desk',
    prodId: `-//Interview Desk//Interview Desk//${settings.language.toUpperCase()}`,
    stamp: now,
    events: interviews.map((interview) => eventOf(interview, settings, uids)),
  })
}

function eventOf(interview: Interview, settings: Settings, uids: Map<string, string>): IcsEvent {
  const title = `${interview.company} — ${interview.position}`
  const where = interview.mode === 'video' ? (interview.meetingUrl ?? interview.location) : interview.location
  return {
    uid: uids.get(interview.id) ?? ownUid(interview),
    start: new Date(interview.startsAt),
    end: new Date(interview.endsAt),
    summary: `${interview.company} - ${interview.position}`,
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
      description: title,
    })),
  }
}

function ownFields(interview: Interview): { key: string; value: string }[] {
  const fields: Record<string, string | number | undefined> = {
    VERSION: EXPORT_VERSION,
    COMPANY: interview.company,
    POSITION: interview.position,
    MODE: interview.mode,
    STATUS: interview.status,
    TIMEZONE: interview.timeZone,
    PRIORITY: interview.priority,
    REFERENCE: interview.referenceNumber,
    'ACCESS-CODE': interview.accessCode,
    'CONTACT-NAME': interview.contact.name,
    'CONTACT-ROLE': interview.contact.role,
    'CONTACT-EMAIL': interview.contact.email,
    'CONTACT-PHONE': interview.contact.phone,
    // The exact texts: DESCRIPTION and LOCATION are written for people and cannot be read back as fields.
    LOCATION: interview.location,
    'MEETING-URL': interview.meetingUrl,
    NOTES: interview.notes,
  }
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key: `${X_PREFIX}${key}`, value: String(value) }))
}
