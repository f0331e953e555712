import { describe, expect, it } from 'vitest'
import { agendaPage } from '../../src/renderer/src/features/calendar/AgendaView'
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

  it('stops before the day that would pass the limit, and counts what is left', () => {
    const page = agendaPage(daysOf(new Array(40).fill(9)), AGENDA_PAGE)
    expect(page.days).toHaveLength(11)
    expect(page.rest).toBe(40 * 9 - 99)
  })

  it('always draws the first day, however full', () => {
    const page = agendaPage(daysOf([150, 2]), AGENDA_PAGE)
    expect(page.days.map(([day]) => day)).toEqual(['2027-01-01'])
    expect(page.rest).toBe(2)
  })

  it('draws more with a larger limit', () => {
    expect(agendaPage(daysOf(new Array(40).fill(9)), 2 * AGENDA_PAGE).days).toHaveLength(22)
  })
})
