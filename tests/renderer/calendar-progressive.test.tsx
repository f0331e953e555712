import { render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'
import { weekOf } from '../../src/shared/calendar/layout'
import { FIRST_SHARE, MAX_SHARE, OPENING_SHARE } from '../../src/shared/calendar/progressive'
import type { Interview } from '../../src/shared/model/interview'
import { useBlockKit } from '../../src/renderer/src/features/calendar/TimeGridBlock'
import { TimeGridView } from '../../src/renderer/src/features/calendar/TimeGridView'
import { i18n } from '../../src/renderer/src/i18n'
import { at } from '../helpers/interviews'
import { byDayOf, testViewContext } from './viewContext'

// The grid's renders, counted by the kit it asks for once per render.
vi.mock('../../src/renderer/src/features/calendar/TimeGridBlock', async (actual) => {
  const block = await actual<typeof import('../../src/renderer/src/features/calendar/TimeGridBlock')>()
  return { ...block, useBlockKit: vi.fn(block.useBlockKit) }
})

const PER_DAY = 86
const DAY_MS = 86_400_000

/**
 * A week with more interviews than any frame draws (7 × 86 quarter hours back to back, none overlapping, so
 * every one is a block of its own): Monday 00:00 in Jakarta is Sunday 17:00 UTC.
 */
function busyWeek(monday: string, perDay = PER_DAY): Interview[] {
  const start = Date.parse(`${monday}T00:00:00Z`) - 7 * 3_600_000
  return Array.from({ length: 7 * perDay }, (_, i) => {
    const day = Math.floor(i / perDay)
    const from = start + day * DAY_MS + (i % perDay) * 15 * 60_000
    return at(new Date(from).toISOString(), 15, { company: `Firm ${monday} ${i}` })
  })
}

function view(monday: string, interviews: Interview[]) {
  const { context } = testViewContext()
  return (
    <I18nextProvider i18n={i18n}>
      <TimeGridView
        context={{ ...context, date: monday }}
        days={weekOf(monday, 1)}
        byDay={byDayOf(interviews)}
        label={`week of ${monday}`}
        onKeyDown={vi.fn()}
      />
    </I18nextProvider>
  )
}

const blocks = () => document.querySelectorAll('.timegrid .block')
/** The block named so (its accessible name is its aria-label; role queries over 600 buttons are slow in jsdom). */
const named = (name: RegExp) =>
  [...document.querySelectorAll<HTMLElement>('.timegrid [role="button"].block')].find((b) =>
    name.test(b.getAttribute('aria-label') ?? ''),
  ) ?? null
const grid = () => screen.getByRole('grid')

describe('a busy week is drawn over a few frames', () => {
  // First in the file: the frame cost the grids learn is the window's, and the later tests teach it.
  it('draws the week it opens on in one go when it fits the opening share, however many a step would draw', () => {
    const week = busyWeek('2026-12-07', 20)
    expect(week.length).toBeGreaterThan(FIRST_SHARE)
    expect(week.length).toBeLessThanOrEqual(OPENING_SHARE)
    render(view('2026-12-07', week))
    expect(blocks()).toHaveLength(week.length)
    expect(grid()).not.toHaveAttribute('aria-busy')
  })

  it('draws the first days first, says it is busy meanwhile, then every interview as a named button', async () => {
    expect(7 * PER_DAY).toBeGreaterThan(MAX_SHARE)
    const week = busyWeek('2026-12-07')
    render(view('2026-12-07', week))
    // The opening share: Monday's morning first, the grid busy until the rest is in.
    const first = blocks().length
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(week.length)
    expect(grid()).toHaveAttribute('aria-busy', 'true')
    expect(named(/^00:00–00:15, Firm 2026-12-07 0,/)).toBeInTheDocument()
    expect(named(/Firm 2026-12-07 601,/)).toBeNull()

    await waitFor(() => expect(grid()).not.toHaveAttribute('aria-busy'), { timeout: 10_000 })
    expect(blocks()).toHaveLength(week.length)
    for (const i of [0, PER_DAY - 1, 3 * PER_DAY + 40, week.length - 1])
      expect(named(new RegExp(`, Firm 2026-12-07 ${i},`))).toBeInTheDocument()
  })

  it('starts again from one share when the week changes, and redraws a change within the week at once', async () => {
    const week = busyWeek('2026-12-07')
    const { rerender } = render(view('2026-12-07', week))
    await waitFor(() => expect(grid()).not.toHaveAttribute('aria-busy'), { timeout: 10_000 })

    // A status change in the drawn week: drawn in the same commit, never busy, nothing withdrawn.
    const changed = week.map((i, n) => (n === week.length - 1 ? { ...i, status: 'cancelled' as const } : i))
    rerender(view('2026-12-07', changed))
    expect(grid()).not.toHaveAttribute('aria-busy')
    expect(blocks()).toHaveLength(week.length)
    expect(named(new RegExp(`Firm 2026-12-07 ${week.length - 1},`))).toHaveClass('status-cancelled')

    // The next week: only a share at first (none of the last week's interviews left behind), then all.
    const next = busyWeek('2026-12-14')
    rerender(view('2026-12-14', next))
    expect(grid()).toHaveAttribute('aria-busy', 'true')
    expect(blocks().length).toBeLessThan(next.length)
    expect(named(/Firm 2026-12-07/)).toBeNull()
    await waitFor(() => expect(grid()).not.toHaveAttribute('aria-busy'), { timeout: 10_000 })
    expect(blocks()).toHaveLength(next.length)
  })

  it('a week left and come back to before its next frame starts again from one share, not all at once', async () => {
    const week = busyWeek('2026-12-07')
    const { rerender } = render(view('2026-12-07', week))
    await waitFor(() => expect(grid()).not.toHaveAttribute('aria-busy'), { timeout: 10_000 })
    rerender(view('2026-12-14', busyWeek('2026-12-14')))
    rerender(view('2026-12-07', week))
    expect(grid()).toHaveAttribute('aria-busy', 'true')
    expect(blocks().length).toBeLessThan(week.length)
    await waitFor(() => expect(grid()).not.toHaveAttribute('aria-busy'), { timeout: 10_000 })
    expect(blocks()).toHaveLength(week.length)
  })

  it("renders the grid once per step (a share is not set as state during the grid's render)", async () => {
    const { rerender } = render(view('2026-12-07', busyWeek('2026-12-07', 4)))
    const kits = vi.mocked(useBlockKit)
    kits.mockClear()
    rerender(view('2026-12-14', busyWeek('2026-12-14', 4)))
    expect(kits).toHaveBeenCalledTimes(1)
  })
})
