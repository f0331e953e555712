import { screen } from '@testing-library/react'
import { enGB } from 'date-fns/locale/en-GB'
import { describe, expect, it } from 'vitest'
import { withHolds } from '../../src/renderer/src/features/calendar/holdItems'
import type { ViewContext } from '../../src/renderer/src/features/calendar/viewContext'
import { i18n } from '../../src/renderer/src/i18n'
import type { Interview } from '../../src/shared/model/interview'
import { at } from '../helpers/interviews'
import { renderAgenda } from './renderAgenda'

const context = {
  zone: 'Asia/Jakarta',
  locale: enGB,
  today: '2026-12-07',
  date: '2026-12-07',
  alertsOf: () => [],
  selectedId: undefined,
} as unknown as ViewContext

/** The agenda's day headings for interviews grouped by their start day in Jakarta. */
function headings(items: Interview[]) {
  void i18n.changeLanguage('en')
  const byDay = new Map<string, Interview[]>()
  for (const item of withHolds(items)) {
    const day = new Date(Date.parse(item.startsAt) + 7 * 3_600_000).toISOString().slice(0, 10)
    byDay.set(day, [...(byDay.get(day) ?? []), item])
  }
  renderAgenda(
    context,
    [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)),
    { now: '2026-12-04T00:00:00Z' },
  )
  return screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
}

describe('an agenda day’s count', () => {
  it('counts the interviews that will take place, and times proposed apart from them', () => {
    const asking = at('2026-12-07T03:00', 60, {
      company: 'Kopi Kita',
      reschedule: {
        proposed: [{ startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' }],
        requestedAt: '2026-12-04T00:00:00.000Z',
      },
    })
    const cancelled = at('2026-12-09T03:00', 60, { company: 'Bank Sentosa', status: 'cancelled' })
    const confirmed = at('2026-12-09T07:00', 60, { company: 'Arunika', status: 'confirmed' })
    expect(headings([asking, cancelled, confirmed])).toEqual([
      'Today · Monday, 7 December 2026 1 interview',
      'Tomorrow · Tuesday, 8 December 2026 1 proposed time',
      'Wednesday, 9 December 2026 1 interview',
    ])
  })

  it('says on the card that a reschedule request is waiting for an answer, beside the agreed status', () => {
    const asking = at('2026-12-07T03:00', 60, {
      company: 'Kopi Kita',
      status: 'confirmed',
      reschedule: {
        proposed: [{ startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' }],
        requestedAt: '2026-12-04T00:00:00.000Z',
      },
    })
    headings([asking, at('2026-12-07T07:00', 60, { company: 'Arunika', status: 'confirmed' })])
    const notes = screen.getAllByText('Reschedule requested — waiting for their answer')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.closest('li')).toHaveTextContent('Kopi Kita')
  })
})
