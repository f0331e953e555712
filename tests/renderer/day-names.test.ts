import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { dayNames } from '../../src/renderer/src/features/calendar/labels'
import { dateLocale } from '../../src/renderer/src/i18n'

describe("the month view's day names", () => {
  it.each(['en', 'id'])('say what date-fns format says for every day of two years (%s)', (language) => {
    const locale = dateLocale(language)
    for (let i = 0; i < 731; i += 1) {
      const date = addDays(new Date(2026, 0, 1, 12), i)
      const day = format(date, 'yyyy-MM-dd')
      expect(dayNames(day, locale)).toEqual({
        full: format(date, 'EEEE, d MMMM yyyy', { locale }),
        dayMonth: format(date, 'd MMMM', { locale }),
        weekday: format(date, 'EEEE', { locale }),
        weekdayShort: format(date, 'EEE', { locale }),
      })
    }
  })

  it('are in the language asked for', () => {
    expect(dayNames('2027-03-10', dateLocale('en')).full).toBe('Wednesday, 10 March 2027')
    expect(dayNames('2027-03-10', dateLocale('id')).full).toBe('Rabu, 10 Maret 2027')
  })
})
