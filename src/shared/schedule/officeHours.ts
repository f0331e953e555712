import type { Settings } from '../model/settings'
import { dayKey, wallClock, zonedInstant } from '../time'

/** True when a calendar day (yyyy-MM-dd) is a public holiday; the caller decides which country's. */
export type HolidayCheck = (day: string) => boolean
export const noHolidays: HolidayCheck = () => false

export type WorkingHours = Settings['workingHours']

const DAY_MS = 86_400_000

export const clockMinutes = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number]
  return hours * 60 + minutes
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a yyyy-MM-dd day. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** The next calendar day, as yyyy-MM-dd. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
}

export function isOfficeDay(day: string, hours: WorkingHours, isHoliday: HolidayCheck): boolean {
  return hours.days.includes(isoWeekday(day)) && !isHoliday(day)
}

/** The office's opening and closing instants on a day, in a zone. */
export function officeWindow(
  day: string,
  zone: string,
  hours: WorkingHours,
): { open: number; close: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const at = (clock: string) => {
    const minutes = clockMinutes(clock)
    return zonedInstant(y, m, d, Math.floor(minutes / 60), minutes % 60, 0, zone)
  }
  return { open: at(hours.start), close: at(hours.end) }
}

/** Whether a whole span lies inside one office day's opening hours (in the company's zone). */
export function withinOfficeHours(
  start: number,
  end: number,
  zone: string,
  hours: WorkingHours,
  isHoliday: HolidayCheck,
): boolean {
  const day = dayKey(start, zone)
  if (!isOfficeDay(day, hours, isHoliday)) return false
  const { open, close } = officeWindow(day, zone, hours)
  return start >= open && end <= close
}

/**
 * When a call can reach the office: `at` itself inside office hours, else the next opening (DOMAIN.md: a
 * call belongs in the company's office hours). Looks a month ahead at most.
 */
export function nextOfficeMoment(
  at: number,
  zone: string,
  hours: WorkingHours,
  isHoliday: HolidayCheck,
): number {
  let day = dayKey(at, zone)
  for (let i = 0; i < 31; i += 1, day = nextDay(day)) {
    if (!isOfficeDay(day, hours, isHoliday)) continue
    const { open, close } = officeWindow(day, zone, hours)
    if (at < close) return Math.max(at, open)
  }
  return at
}

/** Minutes since midnight of an instant's wall clock in a zone. */
export function minuteOfDay(at: number, zone: string): number {
  return clockMinutes(wallClock(at, zone).time)
}
