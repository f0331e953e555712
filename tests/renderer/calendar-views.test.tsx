import type { Language } from '../../src/shared/model/settings'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'
import { monthWeeks, weekOf } from '../../src/shared/calendar/layout'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { MonthView } from '../../src/renderer/src/features/calendar/MonthView'
import { TimeGridView } from '../../src/renderer/src/features/calendar/TimeGridView'
import { i18n } from '../../src/renderer/src/i18n'
import { at } from '../helpers/interviews'
import { byDayOf, testViewContext } from './viewContext'

function setup(interviews: Interview[], alerts: Record<string, Alert[]> = {}, language: Language = 'en') {
  const { context } = testViewContext({ alerts, language })
  return { context, byDay: byDayOf(interviews) }
}

const wrap = (node: React.ReactNode) => render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>)

/** December 2026, Monday first. */
const renderMonth = ({ context, byDay }: ReturnType<typeof setup>, label = 'December 2026') =>
  wrap(
    <MonthView
      context={context}
      weeks={monthWeeks('2026-12-07', 1)}
      byDay={byDay}
      label={label}
      onKeyDown={vi.fn()}
    />,
  )

describe('month view', () => {
  it('is a grid of weeks; each day names its date and count; three chips, then "+N more"', async () => {
    const busy = [8, 9, 10, 11, 12].map((hour) =>
      at(`2026-12-07T0${hour - 7}:00`, 30, { company: `Company ${hour}` }),
    )
    const { context, byDay } = setup(busy)
    renderMonth({ context, byDay })
    const grid = screen.getByRole('grid', { name: 'December 2026' })
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 5)
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    const monday = within(grid).getByRole('gridcell', { name: 'Monday, 7 December 2026, 5 interviews' })
    expect(monday).toHaveAttribute('tabindex', '0')
    expect(monday).toHaveAttribute('aria-current', 'date')
    const chips = within(monday)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('chip'))
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual([
      '08:00–08:30, Company 8, Analyst, On site, Confirmed',
      '09:00–09:30, Company 9, Analyst, On site, Confirmed',
      '10:00–10:30, Company 10, Analyst, On site, Confirmed',
    ])
    await userEvent.click(within(monday).getByRole('button', { name: '+2 more' }))
    expect(context.openDay).toHaveBeenCalledWith('2026-12-07')
    await userEvent.click(chips[1]!)
    expect(context.select).toHaveBeenCalledWith(busy[1])
    // Only the focused day is in the tab order.
    expect(within(grid).getByRole('gridcell', { name: /Tuesday, 8 December 2026/ })).toHaveAttribute(
      'tabindex',
      '-1',
    )
  })

  it('in Indonesian the week starts on Monday with Indonesian day names', () => {
    const { context, byDay } = setup([], {}, 'id')
    renderMonth({ context, byDay }, 'Desember 2026')
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Sen')
    expect(screen.getByRole('gridcell', { name: 'Senin, 7 Desember 2026, 0 wawancara' })).toBeVisible()
  })

  it('clicking the empty part of a day starts a new interview on that day', async () => {
    const { context, byDay } = setup([])
    renderMonth({ context, byDay })
    await userEvent.click(screen.getByRole('gridcell', { name: /Wednesday, 9 December 2026/ }))
    expect(context.create).toHaveBeenCalledWith('2026-12-09')
  })
})

describe('week view', () => {
  it('draws overlapping interviews side by side, all-day ones in their row, alerts in the name', () => {
    const first = at('2026-12-07T03:00', 60, { company: 'First' }) // 10:00–11:00
    const second = at('2026-12-07T03:30', 60, { company: 'Second' }) // 10:30–11:30
    const after = at('2026-12-07T04:30', 60, { company: 'After' }) // 11:30: back-to-back with Second
    const allDay = at('2026-12-07T17:00', 24 * 60, { company: 'Job fair' }) // all of 8 December
    const clash: Alert = {
      id: 'a1',
      kind: 'overlap',
      severity: 'danger',
      interviewIds: [first.id, second.id],
      message: 'First and Second overlap',
    } as Alert
    const { context, byDay } = setup([first, second, after, allDay], {
      [first.id]: [clash],
      [second.id]: [clash],
    })
    wrap(
      <TimeGridView
        context={context}
        days={weekOf('2026-12-07', 1)}
        byDay={byDay}
        label="7 – 13 Dec 2026"
        onKeyDown={vi.fn()}
      />,
    )
    const block = (name: RegExp) => screen.getByRole('button', { name })
    expect(block(/^10:00–11:00, First, .*, Overlap/).style).toMatchObject({ left: '0%', right: '50%' })
    expect(block(/^10:30–11:30, Second/).style).toMatchObject({ left: '50%', right: '0%' })
    expect(block(/^11:30–12:30, After/).style).toMatchObject({ left: '0%', right: '0%' })
    expect(block(/^10:00–11:00, First/).style.top).toBe(`${(600 / 1440) * 100}%`)
    expect(block(/^10:00–11:00, First/).style.bottom).toBe(`${(780 / 1440) * 100}%`)
    const allDayRow = screen.getAllByRole('row')[1]!
    expect(within(allDayRow).getByRole('button', { name: /^All day, Job fair/ })).toBeVisible()
  })

  it('draws the current time across today only, and a short company name with the full one kept', () => {
    const pt = at('2026-12-08T03:00', 60, { company: 'PT Nusantara Data Raya Tbk' })
    const { context, byDay } = setup([pt])
    const { container } = wrap(
      <TimeGridView
        context={{ ...context, nowMinutes: 14 * 60 + 30 }}
        days={weekOf('2026-12-07', 1)}
        byDay={byDay}
        label="7 – 13 Dec 2026"
        onKeyDown={vi.fn()}
      />,
    )
    const lines = container.querySelectorAll<HTMLElement>('.tg-now')
    expect(lines).toHaveLength(1)
    expect(lines[0]!.closest('[data-day]')).toHaveAttribute('data-day', '2026-12-07')
    expect(lines[0]!.style.top).toBe(`${(870 / 1440) * 100}%`)
    const block = screen.getByRole('button', { name: /^10:00–11:00, PT Nusantara Data Raya Tbk,/ })
    expect(within(block).getByText('Nusantara Data Raya')).toHaveAttribute(
      'title',
      'PT Nusantara Data Raya Tbk',
    )
  })
})

describe('a crowded hour in the week view', () => {
  /** Five interviews at once on Monday 7 December (10:00 Jakarta and on). */
  const crowd = () =>
    ['A', 'B', 'C', 'D', 'E'].map((company, i) =>
      at(`2026-12-07T03:${String(i * 10).padStart(2, '0')}`, 60, { company: `Crowd ${company}` }),
    )
  const renderWeek = (setupResult: ReturnType<typeof setup>) =>
    wrap(
      <TimeGridView
        context={setupResult.context}
        days={weekOf('2026-12-07', 1)}
        byDay={setupResult.byDay}
        label="7 – 13 Dec 2026"
        onKeyDown={vi.fn()}
      />,
    )

  it('shows two side by side and "+3" for the rest, which lists them; choosing one selects it', async () => {
    const interviews = crowd()
    const setupResult = setup(interviews)
    renderWeek(setupResult)
    // A third of the column wide: its right edge two thirds from the column's.
    const first = screen.getByRole('button', { name: /^10:00–11:00, Crowd A,/ }).style
    expect(parseFloat(first.right) - parseFloat(first.left)).toBeCloseTo(200 / 3)
    expect(screen.getByRole('button', { name: /^10:10–11:10, Crowd B,/ })).toBeVisible()
    expect(screen.queryByRole('button', { name: /Crowd C/ })).toBeNull()
    const more = screen.getByRole('button', { name: '3 more interviews between 10:20 and 11:40' })
    expect(more).toHaveTextContent('+3')
    expect(more).toHaveAttribute('aria-expanded', 'false')

    await userEvent.click(more)
    const list = screen.getByRole('group', { name: /10:20 to 11:40/ })
    const hidden = within(list).getAllByRole('button')
    expect(hidden.map((button) => button.getAttribute('aria-label'))).toEqual([
      '10:20–11:20, Crowd C, Analyst, On site, Confirmed',
      '10:30–11:30, Crowd D, Analyst, On site, Confirmed',
      '10:40–11:40, Crowd E, Analyst, On site, Confirmed',
    ])
    expect(hidden[0]).toHaveFocus()
    await userEvent.click(hidden[1]!)
    expect(setupResult.context.select).toHaveBeenCalledWith(interviews[3])
    expect(screen.queryByRole('group', { name: /10:20 to 11:40/ })).toBeNull()
    expect(more).toHaveFocus()
  })

  it('"+3" spans its interviews to the one that ends last, wherever it is in the run', () => {
    const interviews = crowd()
    // Crowd D, in the middle of the hidden ones, now lasts two hours: past the ends of C and E.
    interviews[3] = at('2026-12-07T03:30', 120, { company: 'Crowd D' })
    renderWeek(setup(interviews))
    expect(
      screen.getByRole('button', { name: '3 more interviews between 10:20 and 12:30' }),
    ).toHaveTextContent('+3')
  })

  it('the keyboard opens the list, moves through it, and Escape closes it back onto "+3"', async () => {
    const setupResult = setup(crowd(), {}, 'id')
    renderWeek(setupResult)
    // In Indonesian the times are written as Indonesian writes them: "pukul 10.20".
    const more = screen.getByRole('button', { name: '3 wawancara lagi antara pukul 10.20 dan 11.40' })
    more.focus()
    await userEvent.keyboard('{Enter}')
    expect(more).toHaveAttribute('aria-expanded', 'true')
    const list = screen.getByRole('group', { name: /10\.20 sampai 11\.40/ })
    expect(within(list).getAllByRole('button')[0]).toHaveFocus()
    await userEvent.tab()
    expect(within(list).getAllByRole('button')[1]).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('group')).toBeNull()
    expect(more).toHaveFocus()
  })
})
