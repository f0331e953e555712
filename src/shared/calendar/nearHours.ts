/**
 * Which hours of a time grid are drawn in full: the ones in its scroll viewport and a margin either side.
 * Interviews elsewhere are drawn as plain, named buttons (their place and colour, no text), so the keyboard
 * and screen readers still reach every one while the browser lays out and paints far less.
 */

/** Minutes of the day, from (inclusive) to (exclusive). */
export interface MinuteRange {
  from: number
  to: number
}

/** Hours drawn in full above and below the viewport, so scrolling shows finished drawings. */
export const NEAR_MARGIN_HOURS = 2

/**
 * The range drawn in full for a viewport scrolled `scrollTop` pixels down and `height` tall, with hours
 * `hourPx` high. Undefined when the viewport has no height (not laid out): then everything is drawn in full.
 */
export function nearHours(
  scrollTop: number,
  height: number,
  hourPx: number,
  margin = NEAR_MARGIN_HOURS,
): MinuteRange | undefined {
  if (!(height > 0) || !(hourPx > 0)) return undefined
  const from = Math.max(0, Math.floor(scrollTop / hourPx) - margin)
  const to = Math.min(24, Math.ceil((scrollTop + height) / hourPx) + margin)
  return { from: from * 60, to: Math.max(from, to) * 60 }
}

/** Whether a drawing from `top` to `bottom` (minutes) is drawn in full. */
export const isNear = (range: MinuteRange | undefined, top: number, bottom: number): boolean =>
  range === undefined || (bottom > range.from && top < range.to)

export const sameRange = (a: MinuteRange | undefined, b: MinuteRange | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.from === b.from && a.to === b.to)
