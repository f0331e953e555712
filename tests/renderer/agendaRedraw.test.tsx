import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { at } from '../helpers/interviews'
import { testViewContext } from './viewContext'

/** Each item draws one status picker: counting its drawings per interview counts the item's. */
const drawn = new Map<string, number>()
vi.mock('../../src/renderer/src/features/interviews/StatusSelect', () => ({
  StatusSelect: ({ interview }: { interview: Interview }) => {
    drawn.set(interview.id, (drawn.get(interview.id) ?? 0) + 1)
    return null
  },
}))
const { AgendaView } = await import('../../src/renderer/src/features/calendar/AgendaView')
const { i18n } = await import('../../src/renderer/src/i18n')

/** Ten interviews on each of 7, 8 and 9 December, grouped by day. */
const interviews = Array.from({ length: 30 }, (_, n) =>
  at(
    `2026-12-${String(7 + Math.floor(n / 10)).padStart(2, '0')}T${String(1 + (n % 10)).padStart(2, '0')}:00`,
  ),
)
const days = [7, 8, 9].map(
  (day, d) => [`2026-12-0${day}`, interviews.slice(d * 10, d * 10 + 10)] as [string, Interview[]],
)

/** The agenda as the calendar draws it: every drawing with a new context and new callbacks. */
function agenda(alerts: Record<string, Alert[]> = {}, onEdit = vi.fn(), selectedId?: string) {
  const { context } = testViewContext({ alerts })
  context.selectedId = selectedId
  return (
    <I18nextProvider i18n={i18n}>
      <AgendaView
        context={context}
        days={days}
        page={{ limit: 100, beyond: 0, showUpTo: () => undefined, pending: false }}
        now={Date.parse('2026-12-07T00:00:00Z')}
        onMessage={vi.fn()}
        onSelect={vi.fn()}
        onEdit={onEdit}
        onDelete={vi.fn()}
        onStatus={vi.fn()}
      />
    </I18nextProvider>
  )
}

describe('the agenda redraws what changed, not its whole page', () => {
  it('alerts that arrive redraw the items they name; the actions call the latest callbacks', async () => {
    const view = render(agenda())
    // The opening share, then the rest of the page: the items drawn first are not drawn again for it.
    await waitFor(() => expect(drawn.size).toBe(30))
    expect([...drawn.values()]).toEqual(Array<number>(30).fill(1))
    const clash = {
      id: 'a1',
      kind: 'overlap',
      severity: 'danger',
      interviewIds: [interviews[3]!.id, interviews[4]!.id],
      message: 'overlap',
    } as Alert
    const onEdit = vi.fn()
    view.rerender(agenda({ [interviews[3]!.id]: [clash], [interviews[4]!.id]: [clash] }, onEdit))
    const redrawn = interviews.filter((interview) => drawn.get(interview.id) === 2)
    expect(redrawn.map((interview) => interview.id)).toEqual([interviews[3]!.id, interviews[4]!.id])
    expect(interviews.every((interview) => (drawn.get(interview.id) ?? 0) <= 2)).toBe(true)
    // An item that was not redrawn still acts through the callbacks of the latest drawing.
    fireEvent.click(screen.getByRole('button', { name: `Edit: ${interviews[20]!.company}` }))
    expect(onEdit).toHaveBeenCalledWith(interviews[20])
  })

  it('a new selection redraws the items it moves between; a new language redraws every item', async () => {
    drawn.clear()
    const view = render(agenda())
    await waitFor(() => expect(drawn.size).toBe(30))
    view.rerender(agenda({}, vi.fn(), interviews[5]!.id))
    view.rerender(agenda({}, vi.fn(), interviews[6]!.id))
    const redrawn = (times: number) => interviews.filter((interview) => drawn.get(interview.id) === times)
    // The 6th chosen, then the 7th: the 6th drawn three times (chosen, left), the 7th twice, the rest once.
    expect(redrawn(3).map((interview) => interview.id)).toEqual([interviews[5]!.id])
    expect(redrawn(2).map((interview) => interview.id)).toEqual([interviews[6]!.id])
    expect(redrawn(1)).toHaveLength(28)
    // Each item follows the language itself (useLanguageT), whatever the agenda's props.
    await act(() => i18n.changeLanguage('id'))
    expect(screen.getByRole('button', { name: `Ubah: ${interviews[20]!.company}` })).toBeTruthy()
    await act(() => i18n.changeLanguage('en'))
  })
})
