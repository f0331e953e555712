import { MINUTES_PER_DAY } from '../../../../shared/calendar/layout'

/** Minutes of the day as a share of a time-grid column's height. */
export const percent = (minutes: number) => `${(minutes / MINUTES_PER_DAY) * 100}%`

/** Where a drawing sits in its column: from its minutes and its column among the ones sharing the width. */
export const placement = (p: { top: number; bottom: number; column: number; columns: number }) => ({
  top: percent(p.top),
  height: percent(p.bottom - p.top),
  left: `${(p.column / p.columns) * 100}%`,
  width: `${100 / p.columns}%`,
})
