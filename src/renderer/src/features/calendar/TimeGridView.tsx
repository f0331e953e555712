import { useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { format } from 'date-fns'
import type { Interview } from '../../../../shared/model/interview'
import { clockAt, isAllDay, layoutDay, MINUTES_PER_DAY } from '../../../../shared/calendar/layout'
import { wallClock } from '../../../../shared/time'
import { EventLabel, eventName, useEventWords } from './EventLabel'
import { holdOf } from './holdItems'
import { HoldLabel, useHoldName } from './HoldLabel'
import { dropOf } from './useEventDrag'
import type { ViewContext } from './viewContext'

/** Height of one hour in pixels; the day is 24 of them and scrolls. */
export const HOUR_PX = 48
const percent = (minutes: number) => `${(minutes / MINUTES_PER_DAY) * 100}%`
const dateOf = (key: string) => new Date(`${key}T12:00:00`)

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
  const words = useEventWords()
  const holdName = useHoldName()
  const { zone, locale, drag, date, today } = context
  const grid = useRef<HTMLDivElement>(null)
  const scroller = useRef<HTMLDivElement>(null)

  const columns = useMemo(
    () =>
      days.map((day) => {
        const allDay: Interview[] = []
        const timed: Interview[] = []
        for (const interview of byDay.get(day) ?? [])
          (isAllDay(interview, zone) ? allDay : timed).push(interview)
        return { day, allDay, placed: layoutDay(timed, day, zone) }
      }),
    [days, byDay, zone],
  )

  // Opens on the working morning, or on the first interview when it is earlier; afterwards the scroll
  // position is the user's (moving to the next week keeps it, as paper diaries keep the page height).
  useLayoutEffect(() => {
    const first = Math.min(7 * 60, ...columns.flatMap((c) => c.placed.map((p) => p.top)))
    if (scroller.current) scroller.current.scrollTop = (first / 60) * HOUR_PX
    // Only when the grid first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (!context.takeFocusRequest()) return
    const cell = grid.current?.querySelector<HTMLElement>(`[data-timed][data-day="${date}"]`)
    cell?.focus({ preventScroll: true })
    const scroll = scroller.current
    const y = (context.slot / 60) * HOUR_PX
    if (scroll && (y < scroll.scrollTop || y > scroll.scrollTop + scroll.clientHeight - HOUR_PX))
      scroll.scrollTop = y - HOUR_PX
  })

  const createAt = (day: string) => (event: MouseEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return
    const box = event.currentTarget.getBoundingClientRect()
    const minutes = ((event.clientY - box.top) / box.height) * MINUTES_PER_DAY
    context.create(day, clockAt(Math.floor(minutes / 30) * 30, 30))
  }

  return (
    <div
      ref={grid}
      role="grid"
      className={`timegrid ${days.length === 1 ? 'single-day' : 'week'}`}
      aria-label={label}
      onKeyDown={onKeyDown}
      style={{ ['--days' as string]: days.length }}
    >
      <div role="row" className="tg-head">
        <div className="tg-gutter" aria-hidden="true" />
        {days.map((day) => (
          <div
            key={day}
            role="columnheader"
            className={day === today ? 'tg-day today' : 'tg-day'}
            aria-current={day === today ? 'date' : undefined}
          >
            <button type="button" className="quiet" tabIndex={-1} onClick={() => context.openDay(day)}>
              <span className="tg-weekday">{format(dateOf(day), 'EEE', { locale })}</span>{' '}
              <span className="tg-date">{format(dateOf(day), 'd', { locale })}</span>
            </button>
          </div>
        ))}
      </div>
      <div role="row" className="tg-allday">
        <div className="tg-gutter">{t('calendar.allDay')}</div>
        {columns.map(({ day, allDay }) => (
          <div key={day} role="gridcell" className="tg-allday-cell" data-day={day}>
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
        <div role="row" className="tg-body" style={{ height: 24 * HOUR_PX }}>
          <div className="tg-gutter tg-hours" aria-hidden="true">
            {Array.from({ length: 23 }, (_, i) => (
              <span key={i} style={{ top: (i + 1) * HOUR_PX }}>
                {clockAt((i + 1) * 60, 60)}
              </span>
            ))}
          </div>
          {columns.map(({ day, placed }) => {
            const focused = day === date
            const preview = drag.preview?.point.minutes !== undefined ? drag.preview : undefined
            const moved = preview && dropOf(preview, zone)
            const ghost = moved && layoutDay([{ ...preview.interview, ...moved }], day, zone)[0]
            return (
              <div
                key={day}
                role="gridcell"
                data-day={day}
                data-timed=""
                tabIndex={focused ? 0 : -1}
                aria-selected={focused}
                aria-label={`${format(dateOf(day), 'EEEE, d MMMM yyyy', { locale })}, ${clockAt(context.slot, 30)}`}
                className={`tg-column${day === today ? ' today' : ''}`}
                onFocus={(event) => event.target === event.currentTarget && context.focusDay(day)}
                onClick={createAt(day)}
              >
                {day === today && context.nowMinutes !== undefined && (
                  <div className="tg-now" aria-hidden="true" style={{ top: percent(context.nowMinutes) }} />
                )}
                {focused && (
                  <div
                    className="tg-slot"
                    aria-hidden="true"
                    style={{ top: percent(context.slot), height: percent(30) }}
                  />
                )}
                {placed.map((p, index) => {
                  const interview = p.item
                  const place = {
                    top: percent(p.top),
                    height: percent(p.bottom - p.top),
                    left: `${(p.column / p.columns) * 100}%`,
                    width: `${100 / p.columns}%`,
                  }
                  if (holdOf(interview))
                    return (
                      <button
                        key={index}
                        type="button"
                        className="block hold"
                        style={place}
                        aria-label={holdName(interview, zone)}
                        title={holdName(interview, zone)}
                        onClick={() => context.select(interview)}
                      >
                        <HoldLabel item={interview} zone={zone} />
                      </button>
                    )
                  const alerts = context.alertsOf(interview.id)
                  const tall = p.bottom - p.top >= 45
                  const name = eventName(words, interview, zone, alerts)
                  return (
                    // Keyed by place, not by interview: moving to another week updates these buttons in
                    // place instead of replacing hundreds of them.
                    <button
                      key={index}
                      type="button"
                      className={[
                        'block',
                        `status-${interview.status}`,
                        interview.id === context.selectedId && 'selected',
                        p.continuesBefore && 'cut-top',
                        p.continuesAfter && 'cut-bottom',
                        preview?.interview.id === interview.id && 'dragging',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      style={place}
                      aria-label={name}
                      title={name}
                      {...drag.handlers(interview, 'move', p.top)}
                      onClick={() => !drag.wasDrag() && context.select(interview)}
                    >
                      <EventLabel interview={interview} zone={zone} alerts={alerts} roomy={tall} />
                      {!p.continuesAfter && (
                        <span
                          className="resize"
                          aria-hidden="true"
                          {...drag.handlers(interview, 'resize', p.top)}
                        />
                      )}
                    </button>
                  )
                })}
                {ghost && moved && (
                  <div
                    className="ghost"
                    aria-hidden="true"
                    style={{ top: percent(ghost.top), height: percent(ghost.bottom - ghost.top) }}
                  >
                    {wallClock(moved.startsAt, zone).time}–{wallClock(moved.endsAt, zone).time}
                  </div>
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
