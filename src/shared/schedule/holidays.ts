import Holidays from 'date-holidays'
import type { HolidayCheck } from './officeHours'

const byCountry = new Map<string, Map<number, Set<string>>>()

/**
 * Public holidays of a country from the maintained `date-holidays` data (never a hand-kept list). Only
 * `public` days count: bank and observance days keep offices open. Collective-leave days are not in the data.
 */
export function publicHolidays(country: string): HolidayCheck {
  let years = byCountry.get(country)
  if (!years) {
    years = new Map()
    byCountry.set(country, years)
  }
  const known = years
  const calendar = new Holidays()
  const supported = country in calendar.getCountries()
  if (supported) calendar.init(country)
  return (day) => {
    if (!supported) return false
    const year = Number(day.slice(0, 4))
    let days = known.get(year)
    if (!days) {
      days = new Set(
        calendar
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      )
      known.set(year, days)
    }
    return days.has(day)
  }
}
