import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import { clockAt, isAllDay, layoutDay } from '../../../../shared/calendar/layout'
import { clockText, languageOf } from '../../i18n/clock'
import { capColumns } from '../../../../shared/calendar/overflow'
import { shareLimit } from '../../../../shared/calendar/progressive'
import { EventLabel, eventName } from './EventLabel'
import { holdOf } from './holdItems'
import { HoldLabel } from './HoldLabel'
import { dayNames } from './labels'
import { useOverflowTexts } from './OverflowButton'
import { useBlockKit } from './TimeGridBlock'
import { TimeGridColumn } from './TimeGridColumn'
import { useDrawLimit } from './useDrawLimit'
import { useGridEvents } from './useGridEvents'
import { useNearHours } from './useNearHours'
import type { ViewContext } from './viewContext'

/** Height of one hour in pixels; the day is 24 of them and scrolls. */
export const HOUR_PX = 48
/**
 * Interviews side by side before the rest go behind "+N": three fit a week's narrow day columns readably,
 * the day view has room for six.
 */
export const WEEK_COLUMNS = 3
/** Pixels shown above the hour the grid opens on: its label stands half above its line. */
export const LABEL_ROOM_PX = HOUR_PX / 4
export const DAY_COLUMNS = 6

interface TimeGridProps {
  context: ViewContext
  days: string[]
  byDay: ReadonlyMap<string, Interview[]>
  label: string
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void
}

/** Week and day views: an all-day row, then 24 hours with interviews placed side by side where they overlap. */
export function TimeGridView({ context, days, byDay, label, onKeyDown }: TimeGridProps) {
  const { t } = useTranslation()
  const kit = useBlockKit()
  const { words, holdName } = kit
  const overflowTexts = useOverflowTexts()
  const { zone, locale, date, today } = context
  const grid = useRef<HTMLDivElement>(null)
  const scroller = useRef<HTMLDivElement>(null)

  const cap = days.length === 1 ? DAY_COLUMNS : WEEK_COLUMNS
  // The page hands a new array of the same days on every render; the days themselves are what count.
  const dayList = days.join()
  const columns = useMemo(
    () =>
      dayList.split(',').map((day) => {
        const allDay: Interview[] = []
        const timed: Interview[] = []
        for (const interview of byDay.get(day) ?? [])
          (isAllDay(interview, zone) ? allDay : timed).push(interview)
        const placed = layoutDay(timed, day, zone)
        return { day, allDay, placed, ...capColumns(placed, cap) }
      }),
    [dayList, byDay, zone, cap],
  )
  // A busy period is drawn over a few frames, its first days first; the grid is busy until all are in.
  const counts = columns.map((c) => c.shown.length)
  const { limit, complete } = useDrawLimit(
    dayList,
    counts.reduce((sum, count) => sum + count, 0),
  )
  const drawn = shareLimit(counts, limit)

  // Opens on the working morning, or on the first interview when it is earlier, with room above for the
  // hour's label (centred on its line, it was cut in half at the top edge); afterwards the scroll position is
  // the user's (moving to the next week keeps it, as paper diaries keep the page height).
  const [openAt] = useState(() => {
    const first = Math.min(7 * 60, ...columns.flatMap((c) => c.placed.map((p) => p.top)))
    return Math.max(0, (first / 60) * HOUR_PX - LABEL_ROOM_PX)
  })
  // Set in the first frame, not in the commit: a scroll position needs the grid laid out, which the commit's
  // task would then do on the spot (a forced layout, the first render's longest part) and the frame again.
  // The frame's callbacks run before it lays out and paints, so the grid is never seen unscrolled. A scroll
  // made meanwhile (to a focused slot) wins.
  const scrolledTo = useRef<number | undefined>(undefined)
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (scroller.current && scrolledTo.current === undefined) scroller.current.scrollTop = openAt
    })
    return () => cancelAnimationFrame(frame)
  }, [openAt])
  // After the opening scroll: which hours are drawn in full follows the viewport from there.
  const near = useNearHours(scroller, openAt, HOUR_PX)
  const events = useGridEvents(
    context,
    columns.map((c) => c.shown),
  )

  useEffect(() => {
    if (!context.takeFocusRequest()) return
    const cell = grid.current?.querySelector<HTMLElement>(`[data-timed][data-day="${date}"]`)
    cell?.focus({ preventScroll: true })
    const scroll = scroller.current
    const y = (context.slot / 60) * HOUR_PX
    const top = scrolledTo.current ?? openAt
    if (scroll && (y < top || y > top + scroll.clientHeight - HOUR_PX))
      scroll.scrollTop = scrolledTo.current = y - HOUR_PX
  })

  return (
    <div
      ref={grid}
      role="grid"
      className={`timegrid ${days.length === 1 ? 'single-day' : 'week'}`}
      aria-label={label}
      aria-busy={complete ? undefined : true}
      onKeyDown={onKeyDown}
      style={{ ['--days' as string]: days.length }}
    >
      <div role="row" className="tg-head">
        <div className="tg-gutter" aria-hidden="true" />
        {days.map((day, index) => (
          <div
            key={index}
            role="columnheader"
            className={day === today ? 'tg-day today' : 'tg-day'}
            aria-current={day === today ? 'date' : undefined}
          >
            <button type="button" className="quiet" tabIndex={-1} onClick={() => context.openDay(day)}>
              <span className="tg-weekday">{dayNames(day, locale).weekdayShort}</span>{' '}
              <span className="tg-date">{Number(day.slice(8))}</span>
            </button>
          </div>
        ))}
      </div>
      <div role="row" className="tg-allday">
        <div className="tg-gutter">{t('calendar.allDay')}</div>
        {columns.map(({ day, allDay }, index) => (
          <div key={index} role="gridcell" className="tg-allday-cell" data-day={day}>
            {allDay.map((interview, index) => {
              if (holdOf(interview))
                return (
                  <button
                    key={`hold-${index}`}
                    type="button"
                    className="chip hold"
                    aria-label={holdName(interview, zone)}
                    title={holdName(interview, zone)}
                    onClick={() => context.select(interview)}
                  >
                    <HoldLabel item={interview} zone={zone} allDay />
                  </button>
                )
              const alerts = context.alertsOf(interview.id)
              const name = eventName(words, interview, zone, alerts, true)
              return (
                <button
                  key={interview.id}
                  type="button"
                  className={`chip status-${interview.status}`}
                  aria-label={name}
                  title={name}
                  onClick={() => context.select(interview)}
                >
                  <EventLabel interview={interview} zone={zone} alerts={alerts} allDay />
                </button>
              )
            })}
          </div>
        ))}
      </div>
      <div ref={scroller} className="tg-scroll">
        <div
          role="row"
          className="tg-body"
          style={{ height: 24 * HOUR_PX, gridTemplateRows: `${24 * HOUR_PX}px` }}
          {...events}
        >
          <div className="tg-lines" aria-hidden="true" />
          <div className="tg-gutter tg-hours" aria-hidden="true">
            {Array.from({ length: 23 }, (_, i) => (
              <span key={i} style={{ top: (i + 1) * HOUR_PX }}>
                {clockText(clockAt((i + 1) * 60, 60), languageOf(locale))}
              </span>
            ))}
          </div>
          {columns.map(({ day, shown, overflow }, index) => (
            // Columns keyed by place: the next week reuses them and the buttons in them.
            <TimeGridColumn
              key={index}
              context={context}
              index={index}
              day={day}
              shown={shown}
              drawn={drawn[index]!}
              overflow={overflow}
              kit={kit}
              overflowTexts={overflowTexts}
              near={near}
              opensLeft={index >= days.length / 2 && days.length > 1}
            />
          ))}
        </div>
      </div>
    </div>
  )
}
