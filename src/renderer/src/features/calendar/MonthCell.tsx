import { memo } from 'react'
import type { Locale } from 'date-fns'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { isAllDay } from '../../../../shared/calendar/layout'
import { eventName } from './EventLabel'
import { holdOf } from './holdItems'
import { dayNames, textsOf, worstSeverity } from './labels'
import { languageOf } from '../../i18n/clock'
// The chips' mode icons are the week blocks' images.
import './timeGrid.css'
// Their images, loaded before the first chip or block asks for them.
import './modeIcons'
import type { MonthTexts } from './monthTexts'

/** Interviews shown in a day cell before "+N more" (the day view shows them all). */
export const PER_CELL = 3

export interface MonthCellProps {
  day: string
  /** The cell's class names (other month, today, drop target). */
  classes: string
  focused: boolean
  today: boolean
  /** Interviews (and holds) of the day; the cell draws the first PER_CELL and counts the rest. */
  count: number
  shown: readonly Interview[]
  /** The alerts of each shown interview, in the same order. */
  alerts: readonly (readonly Alert[])[]
  /** The selected interview's id when it is among the shown ones. */
  selectedId: string | undefined
  zone: string
  locale: Locale
  texts: MonthTexts
}

/**
 * One day of the month. Each interview is a single button: its start time and company as one text, its mode
 * icon drawn by CSS from its classes. Clicks, drags, focus and tooltips are handled once by the grid, which
 * finds the interview by the cell's `data-day` and the chip's `data-i`: a chip's tooltip (its spoken name) and
 * its alert mark's (the alerts in words) are written when the pointer first comes over them, not for every
 * chip drawn. A cell is drawn again only when what it shows changed, so a status change redraws one cell, not
 * the month.
 */
export const MonthCell = memo(function MonthCell(props: MonthCellProps) {
  const { day, focused, count, shown, alerts, selectedId, zone, locale, texts } = props
  const tab = focused ? 0 : -1
  const names = dayNames(day, locale)
  return (
    <div
      role="gridcell"
      data-day={day}
      tabIndex={tab}
      aria-selected={focused}
      aria-current={props.today ? 'date' : undefined}
      aria-label={`${names.full}, ${texts.count(count)}`}
      className={props.classes}
    >
      <button type="button" className="day-number" tabIndex={-1} aria-label={texts.openDay(names.dayMonth)}>
        {Number(day.slice(8))}
      </button>
      {shown.map((item, index) => {
        const { start, short } = textsOf(item, zone, languageOf(locale))
        if (holdOf(item)) {
          const name = texts.holdName(item)
          return (
            <button
              key={index}
              type="button"
              data-i={index}
              tabIndex={tab}
              className="chip hold"
              aria-label={name}
            >
              {`${start} ${texts.hold(item.company)}`}
            </button>
          )
        }
        const itemAlerts = alerts[index]!
        const allDay = isAllDay(item, zone)
        const name = eventName(texts.words, item, zone, itemAlerts, allDay)
        const worst = worstSeverity(itemAlerts)
        return (
          // Keyed by place: the next month updates these chips in place.
          <button
            key={index}
            type="button"
            data-i={index}
            tabIndex={tab}
            className={`chip status-${item.status} mode-${item.mode}${worst ? ' marked' : ''}${item.id === selectedId ? ' selected' : ''}`}
            aria-label={name}
          >
            {allDay ? short : `${start} ${short}`}
            {worst && (
              <span className={`ev-mark mark-${worst}`} aria-hidden="true">
                {worst === 'info' ? 'i' : '!'}
              </span>
            )}
          </button>
        )
      })}
      {count > PER_CELL && (
        <button type="button" className="more" tabIndex={tab}>
          {texts.more(count - PER_CELL)}
        </button>
      )}
    </div>
  )
}, sameCell)

/** Both lists hold the same items (by reference); no alerts equals no alerts, however the empty list was made. */
function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i += 1) if (!same(a[i]!, b[i]!)) return false
  return true
}

const sameAlerts = (a: readonly Alert[], b: readonly Alert[]) => a === b || (a.length === 0 && b.length === 0)

function sameCell(a: MonthCellProps, b: MonthCellProps): boolean {
  return (
    a.day === b.day &&
    a.classes === b.classes &&
    a.focused === b.focused &&
    a.today === b.today &&
    a.count === b.count &&
    a.selectedId === b.selectedId &&
    a.zone === b.zone &&
    a.locale === b.locale &&
    a.texts === b.texts &&
    sameItems(a.shown, b.shown, Object.is) &&
    sameItems(a.alerts, b.alerts, sameAlerts)
  )
}
