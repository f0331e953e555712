import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { monthWeeks } from '../../src/shared/calendar/layout'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { withHolds } from '../../src/renderer/src/features/calendar/holdItems'
import { MonthView } from '../../src/renderer/src/features/calendar/MonthView'
import { textsOf } from '../../src/renderer/src/features/calendar/labels'
import type { ViewContext } from '../../src/renderer/src/features/calendar/viewContext'
import { i18n } from '../../src/renderer/src/i18n'
import { at } from '../helpers/interviews'
import { byDayOf, testViewContext } from './viewContext'

// The real texts, counted: a cell that is drawn again asks for its chips' texts again.
vi.mock('../../src/renderer/src/features/calendar/labels', async (actual) => {
  const labels = await actual<typeof import('../../src/renderer/src/features/calendar/labels')>()
  return { ...labels, textsOf: vi.fn(labels.textsOf) }
})

function setup(alerts: Record<string, Alert[]> = {}) {
  const { context, pointer } = testViewContext({ alerts })
  return { context, drag: pointer }
}

const month = (context: ViewContext, interviews: Interview[]) => (
  <I18nextProvider i18n={i18n}>
    <MonthView
      context={context}
      weeks={monthWeeks('2026-12-07', 1)}
      byDay={byDayOf(interviews)}
      label="December 2026"
      onKeyDown={vi.fn()}
    />
  </I18nextProvider>
)

const cell = (name: RegExp) => screen.getByRole('gridcell', { name })

// In braces: a function returned from beforeEach is run as its cleanup, and mockClear returns the mock.
beforeEach(() => {
  vi.mocked(textsOf).mockClear()
})
/** The interviews whose chips were drawn since the last clear. */
const drawn = () => new Set(vi.mocked(textsOf).mock.calls.map(([interview]) => interview))

describe('month view chips', () => {
  it('a chip is one button: the start time and the short company as its text, an alert as a mark', () => {
    const plain = at('2026-12-07T03:00', 60, { company: 'PT Nusantara Data Raya Tbk', mode: 'video' })
    const flagged = at('2026-12-08T03:00', 60, { company: 'Flagged', status: 'cancelled' })
    const clash = {
      id: 'a1',
      kind: 'overlap',
      severity: 'danger',
      interviewIds: [flagged.id],
      message: 'clash',
      code: 'overlap',
      params: {
        first: 'Flagged',
        second: 'Kopi Kita',
        firstStartsAt: flagged.startsAt,
        firstEndsAt: flagged.endsAt,
        secondStartsAt: flagged.startsAt,
        secondEndsAt: flagged.endsAt,
      },
    } as Alert
    const { context } = setup({ [flagged.id]: [clash] })
    render(month(context, [plain, flagged]))

    const first = within(cell(/^Monday, 7 December/)).getByRole('button', { name: /^10:00–11:00/ })
    expect(first).toHaveTextContent(/^10:00 Nusantara Data Raya$/)
    expect(first.children).toHaveLength(0)
    expect(first).toHaveClass('chip', 'status-confirmed', 'mode-video')
    // Tooltips are written when the pointer comes over a chip, not for every chip drawn.
    expect(first).not.toHaveAttribute('title')
    fireEvent.pointerOver(first)
    expect(first).toHaveAttribute('title', first.getAttribute('aria-label'))

    const second = within(cell(/^Tuesday, 8 December/)).getByRole('button', { name: /, Overlap$/ })
    expect(second).toHaveClass('status-cancelled', 'mode-onsite')
    const mark = second.querySelector<HTMLElement>('.ev-mark.mark-danger')!
    expect(mark).toHaveTextContent('!')
    expect(mark).not.toHaveAttribute('title')
    fireEvent.pointerOver(mark)
    expect(mark.title).toMatch(/^Flagged \(.+\) and Kopi Kita \(.+\) overlap on /)
    expect(second).not.toHaveAttribute('title')
  })

  it('a time proposed in a pending request is a hold chip: its start time and "Proposed: company"', () => {
    const asking = at('2026-12-07T03:00', 60, {
      company: 'Kopi Kita',
      reschedule: {
        proposed: [{ startsAt: '2026-12-08T07:30:00.000Z', endsAt: '2026-12-08T08:30:00.000Z' }],
        requestedAt: '2026-12-04T00:00:00.000Z',
      },
    })
    const { context } = setup()
    render(month(context, withHolds([asking])))
    const tuesday = within(cell(/^Tuesday, 8 December/)).getAllByRole('button')
    const hold = tuesday.find((button) => button.classList.contains('hold'))!
    expect(hold).toHaveTextContent(/^14:30 Proposed: Kopi Kita$/)
    expect(hold.children).toHaveLength(0)
  })

  it('one listener on the grid: a chip selects, the day number and "+N more" open the day, a bare cell creates', async () => {
    const busy = [0, 1, 2, 3].map((hour) => at(`2026-12-09T0${hour}:00`, 30))
    const { context } = setup()
    render(month(context, busy))
    const wednesday = cell(/^Wednesday, 9 December 2026, 4 interviews/)

    await userEvent.click(within(wednesday).getAllByRole('button', { name: /Confirmed$/ })[2]!)
    expect(context.select).toHaveBeenCalledWith(busy[2])
    await userEvent.click(within(wednesday).getByRole('button', { name: 'Show 9 December' }))
    await userEvent.click(within(wednesday).getByRole('button', { name: '+1 more' }))
    expect(context.openDay).toHaveBeenCalledTimes(2)
    expect(context.openDay).toHaveBeenLastCalledWith('2026-12-09')
    expect(context.create).not.toHaveBeenCalled()
    await userEvent.click(wednesday)
    expect(context.create).toHaveBeenCalledWith('2026-12-09')
  })

  it('focusing a day makes it the calendar date; focusing a chip in it does not', () => {
    const interview = at('2026-12-10T03:00')
    const { context } = setup()
    render(month(context, [interview]))
    const thursday = cell(/^Thursday, 10 December/)
    fireEvent.focus(thursday)
    expect(context.focusDay).toHaveBeenCalledWith('2026-12-10')
    fireEvent.focus(within(thursday).getByRole('button', { name: /^10:00/ }))
    expect(context.focusDay).toHaveBeenCalledTimes(1)
  })

  it("a press on a chip starts that interview's drag; its moves and release go to the same drag", () => {
    const interview = at('2026-12-10T03:00')
    const { context, drag } = setup()
    render(month(context, [interview]))
    const chip = screen.getByRole('button', { name: /^10:00/ })
    fireEvent.pointerMove(chip)
    expect(drag.onPointerMove).not.toHaveBeenCalled()
    fireEvent.pointerDown(chip, { button: 0 })
    expect(context.drag.handlers).toHaveBeenCalledWith(interview, 'move')
    fireEvent.pointerMove(cell(/^Friday, 11 December/))
    fireEvent.pointerUp(cell(/^Friday, 11 December/))
    expect(drag.onPointerDown).toHaveBeenCalledTimes(1)
    expect(drag.onPointerMove).toHaveBeenCalledTimes(1)
    expect(drag.onPointerUp).toHaveBeenCalledTimes(1)
    // Released: later moves are no one's.
    fireEvent.pointerMove(chip)
    expect(drag.onPointerMove).toHaveBeenCalledTimes(1)
  })
})

describe('month view redraws', () => {
  it('a status change draws again only the day of the changed interview', () => {
    const interviews = [7, 8, 9, 10, 14, 15, 16].map((day) =>
      at(`2026-12-${String(day).padStart(2, '0')}T03:00`),
    )
    const { context } = setup()
    const { rerender } = render(month(context, interviews))
    expect(drawn()).toEqual(new Set(interviews))

    vi.mocked(textsOf).mockClear()
    const changed = { ...interviews[3]!, status: 'completed' as const }
    const next = interviews.map((interview) => (interview.id === changed.id ? changed : interview))
    rerender(month(context, next))
    expect(drawn()).toEqual(new Set([changed]))
    expect(within(cell(/^Thursday, 10 December/)).getByRole('button', { name: /Completed$/ })).toHaveClass(
      'status-completed',
    )

    vi.mocked(textsOf).mockClear()
    rerender(month({ ...context, selectedId: interviews[0]!.id }, next))
    expect(drawn()).toEqual(new Set([interviews[0]]))
    expect(screen.getAllByRole('button', { name: /Confirmed$/ })[0]).toHaveClass('selected')
  })
})
