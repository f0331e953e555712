import type { InvitationReading } from '../../shared/model/invitation'
import { publicHolidays } from '../../shared/schedule/holidays'
import { wallClock } from '../../shared/time'

/**
 * The invitation's day, read on the interview's own clock (or the user's), when it is a public holiday in
 * `country`: offices are closed then, and a date read from an invitation is worth checking with the company.
 */
export function holidayOf(
  reading: Pick<InvitationReading, 'interview' | 'day'>,
  userZone: string,
  country: string,
): InvitationReading['holiday'] {
  const { startsAt, timeZone } = reading.interview
  const date = startsAt ? wallClock(startsAt, timeZone ?? userZone).date : reading.day?.date
  return date && publicHolidays(country)(date) ? { date } : undefined
}

/** Loads the holiday rules of the country most users are in, so that their first invitation does not wait. */
export function preloadHolidays(): void {
  publicHolidays('ID')(new Date().toISOString().slice(0, 10))
}
