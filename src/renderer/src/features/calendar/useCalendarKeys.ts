import { useEffect, type KeyboardEvent } from 'react'
import {
  moveFocus,
  step,
  weekOf,
  type CalendarView,
  type WeekStart,
} from '../../../../shared/calendar/layout'

const VIEW_KEYS: Record<string, CalendarView> = { m: 'month', w: 'week', d: 'day', a: 'agenda' }
/** The time grids move their focus by half hours. */
export const SLOT_MINUTES = 30

interface CalendarKeys {
  view: CalendarView
  date: string
  weekStartsOn: WeekStart
  /** Moves the focus (and the calendar) to a day; the view then focuses its cell. */
  goTo: (day: string) => void
  changeView: (view: CalendarView) => void
  openDay: (day: string) => void
  /** Up/down in the week and day views. */
  moveSlot: (minutes: number) => void
  /** A new interview at the focused day (and slot, in the time grids). */
  createHere: () => void
  today: string
}

/**
 * The calendar's keyboard: `m`/`w`/`d`/`a`, `t` and `n` anywhere on the page (not while typing or in a
 * dialog); inside a grid, arrows move the focus, Enter opens the day or starts an interview in the focused
 * slot, Page Up/Down change the period, Home/End go to the week's ends. Returns the grids' key handler.
 */
export function useCalendarKeys(keys: CalendarKeys): (event: KeyboardEvent<HTMLElement>) => void {
  const { view, date, weekStartsOn, goTo, changeView, openDay, moveSlot, createHere, today } = keys

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return
      if (document.querySelector('[aria-modal="true"]')) return
      const nextView = VIEW_KEYS[event.key]
      if (nextView) changeView(nextView)
      else if (event.key === 't') goTo(today)
      else if (event.key === 'n') createHere()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [changeView, createHere, goTo, today])

  return (event) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'gridcell') return
    const timeGrid = view === 'week' || view === 'day'
    if (timeGrid && (event.key === 'ArrowUp' || event.key === 'ArrowDown'))
      moveSlot(event.key === 'ArrowUp' ? -SLOT_MINUTES : SLOT_MINUTES)
    else if (event.key === 'Enter') {
      if (timeGrid) createHere()
      else openDay(date)
    } else if (event.key === 'PageUp' || event.key === 'PageDown')
      goTo(step(view, date, event.key === 'PageUp' ? -1 : 1))
    else if (event.key === 'Home' || event.key === 'End') {
      const week = weekOf(date, weekStartsOn)
      goTo(event.key === 'Home' ? week[0]! : week[6]!)
    } else {
      const next = moveFocus(view, date, event.key)
      if (!next) return
      goTo(next)
    }
    event.preventDefault()
  }
}
