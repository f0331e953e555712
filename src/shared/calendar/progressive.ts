/**
 * A busy period's time grid is drawn over a few frames rather than in one long task: each frame commits at most
 * a budget of blocks, day columns from the first, each column's interviews in drawing order (morning first).
 * These are the numbers; `useDrawLimit` in the renderer schedules them.
 */

/** Blocks committed per frame while a new period is drawn: each frame's script, style, layout and paint stays
 * well under 50 ms. */
export const BLOCKS_PER_FRAME = 80

/**
 * How many of each column's blocks are drawn when `limit` blocks may be: the columns fill in order.
 * `counts` are the columns' blocks; the result has one number per column, each at most its count.
 */
export function shareLimit(counts: readonly number[], limit: number): number[] {
  let left = Math.max(0, limit)
  return counts.map((count) => {
    const drawn = Math.min(count, left)
    left -= drawn
    return drawn
  })
}
