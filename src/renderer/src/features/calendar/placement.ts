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

/**
 * The same place given by its four edges (a time grid's blocks): the block's margin then leaves a hair of the
 * column between neighbours without painting anything.
 */
export const edges = (p: { top: number; bottom: number; column: number; columns: number }) => ({
  top: percent(p.top),
  bottom: percent(MINUTES_PER_DAY - p.bottom),
  left: `${(p.column / p.columns) * 100}%`,
  right: `${100 - ((p.column + 1) / p.columns) * 100}%`,
})
