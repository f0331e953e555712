import Holidays from 'date-holidays'
import type { HolidayCheck } from './officeHours'

/** One check per country, made once: loading a country's rules costs several milliseconds each time. */
const checks = new Map<string, HolidayCheck>()

/**
 * Public holidays of a country from the maintained `date-holidays` data (never a hand-kept list). Only
 * `public` days count: bank and observance days keep offices open. Collective-leave days are not in the data.
 */
export function publicHolidays(country: string): HolidayCheck {
  let check = checks.get(country)
  if (!check) {
    check = holidayCheck(country)
    checks.set(country, check)
  }
  return check
}

/** The check for one country: its rules loaded on the first question, each year's days worked out once. */
function holidayCheck(country: string): HolidayCheck {
  const years = new Map<number, Set<string>>()
  let calendar: Holidays | null | undefined
  return (day) => {
    if (calendar === undefined) {
      const loaded = new Holidays()
      const known = country in loaded.getCountries()
      if (known) loaded.init(country)
      calendar = known ? loaded : null
    }
    if (!calendar) return false
    const year = Number(day.slice(0, 4))
    let days = years.get(year)
    if (!days) {
      days = new Set(
        calendar
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      )
      years.set(year, days)
    }
    return days.has(day)
  }
}
