const DAY_MS = 86_400_000
const dateTexts = new Map<number, string>()
const clockTexts = new Map<number, string>()
const CACHED = 20_000

/**
 * Epoch milliseconds → the contract's ISO form. Every listed row needs four, and toISOString was a third
 * of `interviews/list` for a month: a store holds a few thousand days and a few dozen times of day (on the
 * half hour), so both halves of the text are made once and joined.
 */
export function instantText(epochMs: number): string {
  const day = Math.floor(epochMs / DAY_MS)
  const time = epochMs - day * DAY_MS
  let date = dateTexts.get(day)
  let clock = clockTexts.get(time)
  if (date === undefined || clock === undefined) {
    const full = new Date(epochMs).toISOString()
    // Years past 9999 or before 0 are written with a sign and more digits: not split.
    if (full.length !== 24) return full
    date = full.slice(0, 11)
    clock = full.slice(11)
    if (dateTexts.size < CACHED) dateTexts.set(day, date)
    if (clockTexts.size < CACHED) clockTexts.set(time, clock)
  }
  return date + clock
}
