import { TZDate } from '@date-fns/tz'
import { addDays, endOfDay } from 'date-fns'
import type { Settings } from '../model/settings'

/** The same time of day `count` working days later (the user's working days, in the user's zone). */
export function addWorkingDays(
  from: number,
  count: number,
  settings: Pick<Settings, 'timeZone' | 'workingHours'>,
): number {
  let day = new TZDate(from, settings.timeZone)
  for (let left = count; left > 0;) {
    day = addDays(day, 1)
    const isoWeekday = day.getDay() === 0 ? 7 : day.getDay()
    if (settings.workingHours.days.length === 0 || settings.workingHours.days.includes(isoWeekday)) left -= 1
  }
  return day.getTime()
}

/** The last moment of the calendar day of `at` in a zone. */
export function endOfDayIn(at: number, zone: string): number {
  return endOfDay(new TZDate(at, zone)).getTime()
}
