import { nextOfficeMoment, noHolidays, type WorkingHours } from '../schedule/officeHours'

/**
 * When a chat may reach the recipient's phone: every day from 07.00 to 21.00 where they are. A WhatsApp from
 * a candidate at 04.30 wakes an HR officer; an email waits in the inbox and a call waits for office hours.
 */
export const CHAT_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5, 6, 7], start: '07:00', end: '21:00' }

/** `now` when a chat may be sent now; otherwise the next 07.00 in the recipient's zone. */
export function chatOpens(now: number, zone: string): number {
  return nextOfficeMoment(now, zone, CHAT_HOURS, noHolidays)
}
