import type { InvitationReading } from '../../shared/model/invitation'
import { publicHolidays } from '../../shared/schedule/holidays'
import { countryOfZone } from '../../shared/schedule/zoneCountries'
import { wallClock } from '../../shared/time'

/**
 * The invitation's day, read on the interview's own clock (or the user's), when it is a public holiday where
 * the interview is. An invitation on another clock than the user's ("SGT", a Kuala Lumpur address for a user
 * in Jakarta) is checked against that zone's country; one on the user's own clock, or a zone of several
 * countries, against the user's holiday country (Settings). Offices are closed then, and a date read from an
 * invitation is worth checking with the company.
 */
export function holidayOf(
  reading: Pick<InvitationReading, 'interview' | 'day'>,
  userZone: string,
  userCountry: string,
): InvitationReading['holiday'] {
  const { startsAt, timeZone = userZone } = reading.interview
  const date = startsAt ? wallClock(startsAt, timeZone).date : reading.day?.date
  const country = (timeZone !== userZone && countryOfZone(timeZone)) || userCountry
  return date && publicHolidays(country)(date) ? { date, country } : undefined
}

/** Loads the holiday rules of the country most users are in, so that their first invitation does not wait. */
export function preloadHolidays(): void {
  publicHolidays('ID')(new Date().toISOString().slice(0, 10))
}
