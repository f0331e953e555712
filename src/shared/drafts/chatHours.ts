import { minuteOfDay, nextDay } from '../schedule/officeHours'
import { dayKey, zonedInstant } from '../time'

/**
 * When a chat may reach the recipient's phone: from 07.00 to 21.00 where they are. A WhatsApp from a
 * candidate at 04.30 wakes an HR officer; an email waits in the inbox and a call waits for office hours.
 */
export const CHAT_HOURS = { start: 7 * 60, end: 21 * 60 }

/** `now` when a chat may be sent now; otherwise the next 07.00 in the recipient's zone. */
export function chatOpens(now: number, zone: string): number {
  const minute = minuteOfDay(now, zone)
  if (minute >= CHAT_HOURS.start && minute < CHAT_HOURS.end) return now
  const today = dayKey(now, zone)
  const day = minute < CHAT_HOURS.start ? today : nextDay(today)
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return zonedInstant(y, m, d, CHAT_HOURS.start / 60, 0, 0, zone)
}
