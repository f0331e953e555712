import { describe, expect, it } from 'vitest'
import { agendaPage, nextPage } from '../../src/renderer/src/features/calendar/AgendaView'
import { AGENDA_PAGE } from '../../src/renderer/src/features/calendar/useCalendarInterviews'
import type { Interview } from '../../src/shared/model/interview'

/** `sizes[i]` interviews on day i (only the count matters to the page). */
const daysOf = (sizes: number[]): [string, Interview[]][] =>
  sizes.map((size, index) => [`2027-01-${String(index + 1).padStart(2, '0')}`, new Array<Interview>(size)])

describe('the agenda draws a page of whole days', () => {
  it('draws everything when it fits', () => {
    const page = agendaPage(daysOf([3, 4, 5]), AGENDA_PAGE)
    expect(page.days).toHaveLength(3)
    expect(page.rest).toBe(0)
  })

  it('draws whole days until the limit is reached, and counts what is left', () => {
    const page = agendaPage(daysOf(new Array(40).fill(9)), AGENDA_PAGE)
    // Eleven days hold 99: the twelfth is drawn whole rather than cut.
    expect(page.days).toHaveLength(12)
    expect(page.shown).toBe(108)
    expect(page.rest).toBe(40 * 9 - 108)
    expect(agendaPage(daysOf(new Array(40).fill(10)), AGENDA_PAGE).shown).toBe(100)
  })

  it('draws the first day whole, however full', () => {
    const page = agendaPage(daysOf([150, 2]), AGENDA_PAGE)
    expect(page.days.map(([day]) => day)).toEqual(['2027-01-01'])
    expect(page.rest).toBe(2)
  })

  it('draws more with a larger limit', () => {
    expect(agendaPage(daysOf(new Array(40).fill(9)), 2 * AGENDA_PAGE).days).toHaveLength(23)
  })
})

describe('"show more" adds whole days, at least one, and says how many', () => {
  it('adds the next days up to a page, counted from what is fetched', () => {
    const days = daysOf(new Array(30).fill(10))
    const page = agendaPage(days, AGENDA_PAGE)
    const next = nextPage(days, page)
    expect(next).toEqual({ count: 100, limit: 200 })
    expect(agendaPage(days, next.limit).shown).toBe(200)
  })

  it('adds a day that holds more than a page whole, in one step', () => {
    // The day after the first page holds 150: a page more would not reach past it.
    const days = daysOf([60, 50, 150, 5])
    const page = agendaPage(days, AGENDA_PAGE)
    expect(page.shown).toBe(110)
    const next = nextPage(days, page)
    expect(next).toEqual({ count: 150, limit: 260 })
    const after = agendaPage(days, next.limit)
    expect(after.days).toHaveLength(3)
    expect(nextPage(days, after)).toEqual({ count: 5, limit: 265 })
  })

  it('past the fetched days, asks for a page and at least one more day', () => {
    const days = daysOf([250])
    const page = { ...agendaPage(days, AGENDA_PAGE), rest: 40 }
    const next = nextPage(days, page)
    expect(next).toEqual({ count: 40, limit: 290 })
    // Whatever the next day holds, that limit draws it once it is fetched.
    expect(agendaPage(daysOf([250, 170]), next.limit).days).toHaveLength(2)
  })
})
