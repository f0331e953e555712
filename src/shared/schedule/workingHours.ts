import { tz } from '@date-fns/tz'
import { getISODay } from 'date-fns'
import type { Settings } from '../model/settings'
import { dayKey, wallClock } from '../time'

/**
 * Whether an interview falls (partly) outside the user's working hours, on the wall clock of their display
 * zone: on a day they do not work, starting before their day starts, or ending after it ends. Worth a note,
 * not a warning: people do take evening calls, but should notice they are doing so.
 */
export function outsideWorkingHours(
  startsAt: string,
  endsAt: string,
  settings: Pick<Settings, 'timeZone' | 'workingHours'>,
): boolean {
  const { timeZone: zone, workingHours } = settings
  const weekday = getISODay(new Date(Date.parse(startsAt)), { in: tz(zone) })
  if (!workingHours.days.includes(weekday)) return true
  const start = wallClock(startsAt, zone).time
  // An end at midnight or on another day runs past any working day.
  const end = dayKey(endsAt, zone) === dayKey(startsAt, zone) ? wallClock(endsAt, zone).time : '24:00'
  return start < workingHours.start || end > workingHours.end
}
