import { memo, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Locale } from 'date-fns'
import type { Interview } from '../../../../shared/model/interview'
import { holdOf } from './holdItems'
import { dayNames } from './labels'
import { MonthCell, PER_CELL } from './MonthCell'
import { monthTexts, type MonthTexts } from './monthTexts'
import type { ViewContext } from './viewContext'

interface MonthViewProps {
  context: ViewContext
  weeks: string[][]
  byDay: ReadonlyMap<string, Interview[]>
  label: string
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void
}

type DragHandlers = ReturnType<ViewContext['drag']['handlers']>

/** A month as a grid of days; interviews as coloured chips, dragged to another day to move them. */
export function MonthView({ context, weeks, byDay, label, onKeyDown }: MonthViewProps) {
  const grid = useRef<HTMLDivElement>(null)
  /** The drag handlers of the chip pressed last, which its moves and release go to. */
  const pressed = useRef<DragHandlers>(undefined)
  const { date, today, locale, drag, zone, selectedId } = context
  const month = date.slice(0, 7)
  const texts = useMonthTexts(zone)

  useEffect(() => {
    if (context.takeFocusRequest())
      grid.current?.querySelector<HTMLElement>(`[role="gridcell"][data-day="${date}"]`)?.focus()
  })

  /** The cell, and the interview when the target is one of its chips. */
  const placeOf = (target: EventTarget) => {
    const element = target as HTMLElement
    const cell = element.closest?.<HTMLElement>('[role="gridcell"]')
    const day = cell?.dataset.day
    if (!cell || !day) return undefined
    const chip = element.closest<HTMLElement>('[data-i]')
    const item = chip ? byDay.get(day)?.[Number(chip.dataset.i)] : undefined
    return { cell, day, chip, item }
  }

  // One listener per kind on the grid for every cell and chip (event delegation).
  const onClick = (event: React.MouseEvent<HTMLElement>) => {
    const place = placeOf(event.target)
    if (!place) return
    if (place.item) {
      if (holdOf(place.item) || !drag.wasDrag()) context.select(place.item)
    } else if (event.target === place.cell) context.create(place.day)
    else if ((event.target as HTMLElement).closest('.day-number, .more')) context.openDay(place.day)
  }
  const onPointerDown = (event: React.PointerEvent<HTMLElement>) => {
    const place = placeOf(event.target)
    if (!place?.item || !place.chip || holdOf(place.item)) return
    pressed.current = drag.handlers(place.item, 'move')
    pressed.current.onPointerDown(event)
    // The pointer stays with the chip (not the grid the handler was called from), so a press that does not
    // travel is still the chip's click.
    if (event.button === 0) place.chip.setPointerCapture?.(event.pointerId)
  }
  /** Tooltips, written as the pointer comes over a chip or its alert mark (browsers show them after a pause). */
  const onPointerOver = (event: React.PointerEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    const place = placeOf(target)
    if (!place?.item || !place.chip) return
    const tip = target.classList.contains('ev-mark')
      ? texts.alertWords(context.alertsOf(place.item.id))
      : place.chip.getAttribute('aria-label')
    if (tip && target.title !== tip) target.title = tip
  }
  const onPointerUp = (event: React.PointerEvent<HTMLElement>) => {
    pressed.current?.onPointerUp(event)
    pressed.current = undefined
  }

  return (
    <div
      ref={grid}
      role="grid"
      className="month"
      aria-label={label}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(event) => {
        const day = (event.target as HTMLElement).dataset.day
        if (day && event.target.getAttribute('role') === 'gridcell') context.focusDay(day)
      }}
      onPointerDown={onPointerDown}
      onPointerOver={onPointerOver}
      onPointerMove={(event) => pressed.current?.onPointerMove(event)}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        pressed.current?.onPointerCancel()
        pressed.current = undefined
      }}
    >
      <MonthHead week={weeks[0]!} locale={locale} />
      {weeks.map((week, row) => (
        // Rows and cells keyed by place: the next month reuses them.
        <div key={row} role="row" className="month-row">
          {week.map((day, column) => {
            const list = byDay.get(day) ?? NONE
            const shown = list.length > PER_CELL ? list.slice(0, PER_CELL) : list
            let classes = 'month-cell'
            if (day.slice(0, 7) !== month) classes += ' other-month'
            if (day === today) classes += ' today'
            if (drag.preview?.point.day === day) classes += ' drop-target'
            return (
              <MonthCell
                key={column}
                day={day}
                classes={classes}
                focused={day === date}
                today={day === today}
                count={list.length}
                shown={shown}
                alerts={shown.map((item) => context.alertsOf(item.id))}
                selectedId={shown.some((item) => item.id === selectedId) ? selectedId : undefined}
                zone={zone}
                locale={locale}
                texts={texts}
              />
            )
          })}
        </div>
      ))}
    </div>
  )
}

const NONE: Interview[] = []

/** The weekday names; drawn again only when the week's first day or the language changes. */
const MonthHead = memo(function MonthHead({ week, locale }: { week: string[]; locale: Locale }) {
  return (
    <div role="row" className="month-head">
      {week.map((day) => {
        const names = dayNames(day, locale)
        return (
          <div key={day} role="columnheader" className="weekday">
            <abbr title={names.weekday}>{names.weekdayShort}</abbr>
          </div>
        )
      })}
    </div>
  )
}, sameWeekday)

function sameWeekday(a: { week: string[]; locale: Locale }, b: { week: string[]; locale: Locale }) {
  return a.locale === b.locale && new Date(a.week[0]!).getUTCDay() === new Date(b.week[0]!).getUTCDay()
}

/** The month's texts in the language shown (made once per language, see `monthTexts`) and the zone. */
function useMonthTexts(zone: string): MonthTexts {
  const { i18n } = useTranslation()
  const { language } = i18n
  return useMemo(() => monthTexts(i18n, language, zone), [i18n, language, zone])
}
