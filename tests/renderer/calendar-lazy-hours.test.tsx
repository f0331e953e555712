import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { weekOf } from '../../src/shared/calendar/layout'
import type { Interview } from '../../src/shared/model/interview'
import { HOUR_PX, LABEL_ROOM_PX, TimeGridView } from '../../src/renderer/src/features/calendar/TimeGridView'
import { i18n } from '../../src/renderer/src/i18n'
import { at } from '../helpers/interviews'
import { byDayOf, testViewContext } from './viewContext'

/**
 * jsdom lays nothing out, so the grid's scroll viewport is given a height (five hours) and a scroll position
 * it keeps, as a browser would.
 */
const VIEWPORT_PX = 5 * HOUR_PX
const scrolled = new WeakMap<Element, number>()
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('tg-scroll') ? VIEWPORT_PX : 0
  })
  Object.defineProperty(HTMLElement.prototype, 'scrollTop', {
    configurable: true,
    get(this: HTMLElement) {
      return scrolled.get(this) ?? 0
    },
    set(this: HTMLElement, value: number) {
      scrolled.set(this, value)
    },
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  delete (HTMLElement.prototype as { scrollTop?: number }).scrollTop
})

function renderWeek(interviews: Interview[], focusSlot?: number, onKeyDown = vi.fn()) {
  const { context, drag } = testViewContext()
  if (focusSlot !== undefined) {
    // The page asks the view to focus its slot once (as after a keyboard move).
    let asked = true
    context.slot = focusSlot
    context.takeFocusRequest = () => asked && !(asked = false)
  }
  const byDay = byDayOf(interviews)
  const view = render(
    <I18nextProvider i18n={i18n}>
      <TimeGridView
        context={context}
        days={weekOf('2026-12-07', 1)}
        byDay={byDay}
        label="7 – 13 Dec 2026"
        onKeyDown={onKeyDown}
      />
    </I18nextProvider>,
  )
  return { context, drag, scroller: view.container.querySelector<HTMLElement>('.tg-scroll')! }
}

// Monday 7 December 2026 in Jakarta (UTC+7): 06:00, 10:00 and 22:00.
const early = () => at('2026-12-06T23:00', 60, { company: 'Early Bird' })
const midday = () => at('2026-12-07T03:00', 60, { company: 'Midday' })
const late = () => at('2026-12-07T15:00', 60, { company: 'Late Shift', mode: 'video' })

describe('off-screen hours of the week view', () => {
  it('draws interviews far from the viewport as named buttons without text, in full once scrolled near', async () => {
    const { scroller } = renderWeek([early(), midday(), late()])
    // The commit leaves the scroll position alone (setting it there forces a layout in the commit's task): the
    // first frame sets it and reads the viewport, before it lays out and paints.
    expect(scroller.scrollTop).toBe(0)
    await act(() => new Promise(requestAnimationFrame))
    // Opens on the earliest interview, 06:00, its label whole above it: 04:00–13:00 is drawn in full (five
    // hours shown, two either side).
    expect(scroller.scrollTop).toBe(6 * HOUR_PX - LABEL_ROOM_PX)
    const earlyBlock = screen.getByRole('button', { name: /^06:00–07:00, Early Bird, Analyst, On site/ })
    const lateBlock = screen.getByRole('button', { name: /^22:00–23:00, Late Shift, Analyst, Video/ })
    expect(earlyBlock).toHaveTextContent('06:00 Early Bird')
    expect(screen.getByRole('button', { name: /^10:00–11:00, Midday/ })).toHaveTextContent('10:00 Midday')
    expect(lateBlock).toBeEmptyDOMElement()
    expect(lateBlock).toHaveAttribute('title', expect.stringMatching(/^22:00–23:00, Late Shift/))
    expect(lateBlock.style.top).toBe(`${((22 * 60) / 1440) * 100}%`)

    scroller.scrollTop = 19 * HOUR_PX
    fireEvent.scroll(scroller)
    expect(lateBlock).toHaveTextContent('22:00 Late Shift')
    expect(earlyBlock).toBeEmptyDOMElement()
    // The same buttons, filled in and emptied: nothing was replaced.
    expect(screen.getByRole('button', { name: /^22:00–23:00, Late Shift/ })).toBe(lateBlock)
  })

  it('a focused slot scrolls the grid at once, and the opening scroll leaves it there', async () => {
    const { scroller } = renderWeek([early(), midday()], 20 * 60)
    expect(scroller.scrollTop).toBe(19 * HOUR_PX)
    await act(() => new Promise(requestAnimationFrame))
    expect(scroller.scrollTop).toBe(19 * HOUR_PX)
    expect(screen.getByRole('gridcell', { name: /^Monday, 7 December 2026, 20:00/ })).toHaveFocus()
  })

  it("draws a block's two lines as its own text: the time, the company's own box, a line break, the position", async () => {
    renderWeek([midday(), at('2026-12-08T03:00', 30, { company: 'Brief' })])
    await act(() => new Promise(requestAnimationFrame))
    const tall = screen.getByRole('button', { name: /^10:00–11:00, Midday/ })
    // An element with the button role, not a <button> (whose content Chromium centres in a box of its own).
    expect(tall.tagName).toBe('DIV')
    expect(tall).toHaveAttribute('tabindex', '0')
    expect(tall).toHaveClass('block', 'status-confirmed', 'mode-onsite')
    expect(tall.textContent).toBe('10:00 Midday\nAnalyst')
    expect([...tall.children].map((child) => child.className)).toEqual(['ev-company'])
    // Half an hour has room for the first line only.
    const short = screen.getByRole('button', { name: /^10:00–10:30, Brief/ })
    expect(short.textContent).toBe('10:00 Brief')
  })

  it('Enter or Space on a focused block selects it, and the grid does not take that Enter to start an interview', async () => {
    const onKeyDown = vi.fn()
    const interviews = [midday()]
    const { context } = renderWeek(interviews, undefined, onKeyDown)
    const block = screen.getByRole('button', { name: /^10:00–11:00, Midday/ })
    block.focus()
    await userEvent.keyboard('{Enter}')
    expect(context.select).toHaveBeenCalledTimes(1)
    expect(context.select).toHaveBeenLastCalledWith(interviews[0])
    await userEvent.keyboard(' ')
    expect(context.select).toHaveBeenCalledTimes(2)
    expect(onKeyDown).not.toHaveBeenCalled()
    // Other keys on a block still reach the grid.
    await userEvent.keyboard('{ArrowDown}')
    expect(onKeyDown).toHaveBeenCalledTimes(1)
  })

  it('keeps every interview in the tab order, and a click on one drawn without text selects it', async () => {
    const interviews = [early(), midday(), late()]
    const { context } = renderWeek(interviews)
    const reached: string[] = []
    for (let i = 0; i < 20 && reached.length < 3; i += 1) {
      await userEvent.tab()
      const name = document.activeElement?.getAttribute('aria-label') ?? ''
      if (/Early Bird|Midday|Late Shift/.test(name)) reached.push(name.split(', ')[1]!)
    }
    expect(reached).toEqual(['Early Bird', 'Midday', 'Late Shift'])
    await userEvent.click(screen.getByRole('button', { name: /Late Shift/ }))
    expect(context.select).toHaveBeenCalledWith(interviews[2])
  })

  it('the grid’s one listener starts a move on a block, a resize on its lower edge, and creates on empty time', async () => {
    const interviews = [midday()]
    const { context, drag } = renderWeek(interviews)
    const block = screen.getByRole('button', { name: /Midday/ })
    vi.spyOn(block, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 480, 100, 48))
    fireEvent.pointerDown(block, { button: 0, clientX: 20, clientY: 490, pointerId: 1 })
    expect(drag.press).toHaveBeenLastCalledWith(expect.anything(), block, interviews[0], 'move', 600)
    fireEvent.pointerDown(block, { button: 0, clientX: 20, clientY: 526, pointerId: 1 })
    expect(drag.press).toHaveBeenLastCalledWith(expect.anything(), block, interviews[0], 'resize', 600)
    // The resize cursor shows over the lower edge only.
    fireEvent.pointerMove(block, { clientX: 20, clientY: 526, pointerId: 1 })
    expect(block.style.cursor).toBe('ns-resize')
    fireEvent.pointerMove(block, { clientX: 20, clientY: 500, pointerId: 1 })
    expect(block.style.cursor).toBe('')

    const tuesday = screen.getByRole('gridcell', { name: /^Tuesday, 8 December 2026/ })
    vi.spyOn(tuesday, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 100, 24 * HOUR_PX))
    await userEvent.pointer({
      keys: '[MouseLeft]',
      target: tuesday,
      coords: { clientX: 5, clientY: 14.6 * HOUR_PX },
    })
    expect(context.create).toHaveBeenCalledWith('2026-12-08', '14:30')
    expect(context.select).not.toHaveBeenCalled()
  })
})
