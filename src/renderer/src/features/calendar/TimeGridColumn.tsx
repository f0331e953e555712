import { memo } from 'react'
import type { Interview } from '../../../../shared/model/interview'
import { clockAt, layoutDay, type Placed } from '../../../../shared/calendar/layout'
import { isNear, type MinuteRange } from '../../../../shared/calendar/nearHours'
import type { Overflow } from '../../../../shared/calendar/overflow'
import { clockText, languageOf, spanClock } from '../../i18n/clock'
import { dayNames } from './labels'
import { OverflowButton, type OverflowTexts } from './OverflowButton'
import { percent } from './placement'
import { timeGridBlock, type BlockKit } from './TimeGridBlock'
import { dropOf } from './useEventDrag'
import type { ViewContext } from './viewContext'

interface ColumnProps {
  context: ViewContext
  /** The column's place in the grid, which its blocks' `data-block` starts with. */
  index: number
  day: string
  shown: Placed<Interview>[]
  /** How many of `shown` are drawn yet (a busy period is drawn over a few frames); "+N" follows the last. */
  drawn: number
  overflow: Overflow<Interview>[]
  kit: BlockKit
  overflowTexts: OverflowTexts
  /** Minutes drawn in full (near the viewport); undefined: all of them. */
  near: MinuteRange | undefined
  /** The column's "+N" lists open towards the grid's middle, so they stay inside it. */
  opensLeft: boolean
}

/**
 * One day of the week or day view: its hours, the interviews placed in them and "+N" where they crowd.
 * Presses, clicks and drags are handled by the grid's listeners (`useGridEvents`), not per block.
 */
export const TimeGridColumn = memo(function TimeGridColumn(props: ColumnProps) {
  const { context, index, day, shown, drawn, overflow, kit, overflowTexts, near, opensLeft } = props
  const { zone, locale, drag, date, today } = context
  const focused = day === date
  const preview = drag.preview?.point.minutes !== undefined ? drag.preview : undefined
  const moved = preview && dropOf(preview, zone)
  const ghost = moved && layoutDay([{ ...preview.interview, ...moved }], day, zone)[0]

  return (
    <div
      role="gridcell"
      data-day={day}
      data-timed=""
      tabIndex={focused ? 0 : -1}
      aria-selected={focused}
      aria-label={`${dayNames(day, locale).full}, ${clockText(clockAt(context.slot, 30), languageOf(locale))}`}
      className={`tg-column${day === today ? ' today' : ''}`}
      onFocus={(event) => event.target === event.currentTarget && context.focusDay(day)}
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
      {shown
        .slice(0, drawn)
        .map((p, at) =>
          timeGridBlock(
            p,
            `${index}:${at}`,
            isNear(near, p.top, p.bottom),
            kit,
            context,
            preview?.interview.id,
          ),
        )}
      {drawn === shown.length &&
        overflow.map((run, index) => (
          <OverflowButton
            key={index}
            context={context}
            run={run}
            words={kit.words}
            texts={overflowTexts}
            holdName={kit.holdName}
            opensLeft={opensLeft}
          />
        ))}
      {ghost && moved && (
        <div
          className="ghost"
          aria-hidden="true"
          style={{ top: percent(ghost.top), height: percent(ghost.bottom - ghost.top) }}
        >
          {spanClock(moved, zone, languageOf(locale))}
        </div>
      )}
    </div>
  )
})
