import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import { isAllDay } from '../../../../shared/calendar/layout'
import { EventLabel, eventName, useEventWords } from './EventLabel'
import { holdOf } from './holdItems'
import { HoldLabel, useHoldName } from './HoldLabel'
import { dayText, fillText, memoText } from './labels'
import type { ViewContext } from './viewContext'

/** Interviews shown in a day cell before "+N more" (the day view shows them all). */
const PER_CELL = 3

interface MonthViewProps {
  context: ViewContext
  weeks: string[][]
  byDay: ReadonlyMap<string, Interview[]>
  label: string
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void
}

/** A month as a grid of days; interviews as coloured chips, dragged to another day to move them. */
export function MonthView({ context, weeks, byDay, label, onKeyDown }: MonthViewProps) {
  const { t, i18n } = useTranslation()
  const words = useEventWords()
  const holdName = useHoldName()
  const grid = useRef<HTMLDivElement>(null)
  const { date, today, locale, drag } = context
  const month = date.slice(0, 7)
  // Counts repeat from cell to cell and month to month: each text is translated once per language.
  const texts = useMemo(
    () => ({
      count: memoText((count: number) => t('agenda.count', { count })),
      more: memoText((count: number) => t('calendar.more', { count })),
      openDay: fillText((date) => t('calendar.openDay', { date })),
    }),
    // The language is what changes the texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  )

  useEffect(() => {
    if (context.takeFocusRequest())
      grid.current?.querySelector<HTMLElement>(`[role="gridcell"][data-day="${date}"]`)?.focus()
  })

  return (
    <div ref={grid} role="grid" className="month" aria-label={label} onKeyDown={onKeyDown}>
      <div role="row" className="month-head">
        {weeks[0]!.map((day) => (
          <div key={day} role="columnheader" className="weekday">
            <abbr title={dayText(day, 'EEEE', locale)}>{dayText(day, 'EEE', locale)}</abbr>
          </div>
        ))}
      </div>
      {weeks.map((week, row) => (
        // Rows and cells keyed by place: the next month reuses them.
        <div key={row} role="row" className="month-row">
          {week.map((day, column) => {
            const list = byDay.get(day) ?? []
            const focused = day === date
            const classes = [
              'month-cell',
              day.slice(0, 7) !== month && 'other-month',
              day === today && 'today',
              drag.preview?.point.day === day && 'drop-target',
            ]
            return (
              <div
                key={column}
                role="gridcell"
                data-day={day}
                tabIndex={focused ? 0 : -1}
                aria-selected={focused}
                aria-current={day === today ? 'date' : undefined}
                aria-label={`${dayText(day, 'EEEE, d MMMM yyyy', locale)}, ${texts.count(list.length)}`}
                className={classes.filter(Boolean).join(' ')}
                onFocus={(event) => event.target === event.currentTarget && context.focusDay(day)}
                onClick={(event) => {
                  if (event.target === event.currentTarget) context.create(day)
                }}
              >
                <button
                  type="button"
                  className="day-number"
                  tabIndex={-1}
                  aria-label={texts.openDay(dayText(day, 'd MMMM', locale))}
                  onClick={() => context.openDay(day)}
                >
                  {Number(day.slice(8))}
                </button>
                {list.slice(0, PER_CELL).map((interview, index) => {
                  if (holdOf(interview))
                    return (
                      <button
                        key={index}
                        type="button"
                        tabIndex={focused ? 0 : -1}
                        className="chip hold"
                        aria-label={holdName(interview, context.zone)}
                        title={holdName(interview, context.zone)}
                        onClick={() => context.select(interview)}
                      >
                        <HoldLabel item={interview} zone={context.zone} />
                      </button>
                    )
                  const alerts = context.alertsOf(interview.id)
                  const allDay = isAllDay(interview, context.zone)
                  const name = eventName(words, interview, context.zone, alerts, allDay)
                  return (
                    // Keyed by place: the next month updates these chips in place.
                    <button
                      key={index}
                      type="button"
                      tabIndex={focused ? 0 : -1}
                      className={`chip status-${interview.status}${interview.id === context.selectedId ? ' selected' : ''}`}
                      aria-label={name}
                      title={name}
                      {...drag.handlers(interview, 'move')}
                      onClick={() => !drag.wasDrag() && context.select(interview)}
                    >
                      <EventLabel interview={interview} zone={context.zone} alerts={alerts} allDay={allDay} />
                    </button>
                  )
                })}
                {list.length > PER_CELL && (
                  <button
                    type="button"
                    className="more"
                    tabIndex={focused ? 0 : -1}
                    onClick={() => context.openDay(day)}
                  >
                    {texts.more(list.length - PER_CELL)}
                  </button>
                )}
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}
