import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AGENDA_OPENING } from '../../src/renderer/src/features/calendar/AgendaView'
import { AGENDA_PAGE } from '../../src/renderer/src/features/calendar/useCalendarInterviews'
import { i18n } from '../../src/renderer/src/i18n'
import type { Interview } from '../../src/shared/model/interview'
import { at } from '../helpers/interviews'
import { renderAgenda } from './renderAgenda'
import { testViewContext } from './viewContext'

const { context } = testViewContext()

/** `perDay` interviews on each of `dayCount` days from 7 December, grouped as the calendar groups them. */
function days(dayCount: number, perDay: number): [string, Interview[]][] {
  return Array.from({ length: dayCount }, (_, d) => {
    const day = `2026-12-${String(7 + d).padStart(2, '0')}`
    const list = Array.from({ length: perDay }, (_, n) =>
      at(`${day}T${String(8 + n).padStart(2, '0')}:00`, 30, { company: `Company ${d}-${n}` }),
    )
    return [day, list] as [string, Interview[]]
  })
}

function draw(list: [string, Interview[]][], beyond = 0, pending = false) {
  renderAgenda(context, list, { now: '2026-12-07T00:00:00Z', beyond, pending })
}

const items = () => document.querySelectorAll('.agenda-item').length
const busy = () => document.querySelector('.agenda')?.getAttribute('aria-busy')

describe('the agenda opens on its first days, then draws the rest of its page', () => {
  it('its first frame holds whole days up to the opening share, and the list says it is busy meanwhile', async () => {
    draw(days(12, 10), 40)
    expect(items()).toBe(AGENDA_OPENING)
    expect(busy()).toBe('true')
    // "Show more" would count from the opening share: it waits for the page.
    expect(screen.queryByRole('button', { name: /Show the next/ })).toBeNull()
    await waitFor(() => expect(items()).toBe(AGENDA_PAGE))
    expect(busy()).toBeNull()
    expect(
      screen.getByRole('button', { name: 'Show the next 20 interviews (60 still to come)' }),
    ).toBeTruthy()
  })

  it('no day yet from a window still on its way reads as loading, not as nothing to come', () => {
    draw([], 0, true)
    expect(screen.getByText(i18n.t('app.loading'))).toBeTruthy()
    expect(screen.queryByText(i18n.t('calendar.nothingFrom'))).toBeNull()
  })

  it('a short agenda is drawn whole at once, and is not busy', () => {
    draw(days(3, 5))
    expect(items()).toBe(15)
    expect(busy()).toBeNull()
  })
})
