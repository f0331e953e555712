import type { MouseEvent } from 'react'
import type { Interview } from '../../../../shared/model/interview'
import { clockAt, layoutDay, MINUTES_PER_DAY, type Placed } from '../../../../shared/calendar/layout'
import type { Overflow } from '../../../../shared/calendar/overflow'
import { wallClock } from '../../../../shared/time'
import { EventLabel, eventName, type EventWords } from './EventLabel'
import { holdOf } from './holdItems'
import { HoldLabel } from './HoldLabel'
import { dayText } from './labels'
import { OverflowButton, type OverflowTexts } from './OverflowButton'
import { percent, placement } from './placement'
import { dropOf } from './useEventDrag'
import type { ViewContext } from './viewContext'

interface ColumnProps {
  context: ViewContext
  day: string
  shown: Placed<Interview>[]
  overflow: Overflow<Interview>[]
  words: EventWords
  overflowTexts: OverflowTexts
  holdName: (item: Interview, zone: string) => string
  /** The column's "+N" lists open towards the grid's middle, so they stay inside it. */
  opensLeft: boolean
}

/** One day of the week or day view: its hours, the interviews placed in them and "+N" where they crowd. */
export function TimeGridColumn(props: ColumnProps) {
  const { context, day, shown, overflow, words, overflowTexts, holdName, opensLeft } = props
  const { zone, locale, drag, date, today } = context
  const focused = day === date
  const preview = drag.preview?.point.minutes !== undefined ? drag.preview : undefined
  const moved = preview && dropOf(preview, zone)
  const ghost = moved && layoutDay([{ ...preview.interview, ...moved }], day, zone)[0]

  const createAt = (event: MouseEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return
    const box = event.currentTarget.getBoundingClientRect()
    const minutes = ((event.clientY - box.top) / box.height) * MINUTES_PER_DAY
    context.create(day, clockAt(Math.floor(minutes / 30) * 30, 30))
  }

  return (
    <div
      role="gridcell"
      data-day={day}
      data-timed=""
      tabIndex={focused ? 0 : -1}
      aria-selected={focused}
      aria-label={`${dayText(day, 'EEEE, d MMMM yyyy', locale)}, ${clockAt(context.slot, 30)}`}
      className={`tg-column${day === today ? ' today' : ''}`}
      onFocus={(event) => event.target === event.currentTarget && context.focusDay(day)}
      onClick={createAt}
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
      {shown.map((p, index) => {
        const interview = p.item
        const place = placement(p)
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
        const name = eventName(words, interview, zone, alerts)
        return (
          // Keyed by place, not by interview: moving to another week updates these buttons in place
          // instead of replacing hundreds of them.
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
            <EventLabel interview={interview} zone={zone} alerts={alerts} roomy={p.bottom - p.top >= 45} />
            {!p.continuesAfter && (
              <span className="resize" aria-hidden="true" {...drag.handlers(interview, 'resize', p.top)} />
            )}
          </button>
        )
      })}
      {overflow.map((run, index) => (
        <OverflowButton
          key={index}
          context={context}
          run={run}
          words={words}
          texts={overflowTexts}
          holdName={holdName}
          opensLeft={opensLeft}
        />
      ))}
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
}
