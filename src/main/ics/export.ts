import type { Interview } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { writeCalendar, type IcsEvent } from './writer'

/** Our own fields ride along as X- properties, so export → import gives back exactly the same interviews. */
export const X_PREFIX = 'X-INTERVIEW-DESK-'
export const OWN_UID = /^([0-9a-f-]{36})@interview-desk$/

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
  return {
    uid: uids.get(interview.id) ?? ownUid(interview),
    start: new Date(interview.startsAt),
    end: new Date(interview.endsAt),
    summary: `${interview.company} - ${interview.position}`,
    location: interview.location,
    url: interview.meetingUrl,
    description: interview.notes,
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
  }
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key: `${X_PREFIX}${key}`, value: String(value) }))
}
