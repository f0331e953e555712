const DAY_MS = 86_400_000
const CACHED = 20_000

/**
 * An instant's text joined from two cached halves, the day's and the time of day's. A store holds a few
 * thousand days and a few dozen times of day, so each half is written once: `write` gives the whole text,
 * `length` is its usual length (years with more or fewer digits are written whole, not split), `at` is where
 * the day's half ends and `unitMs` the finest unit the text shows.
 */
export function halvesCache(
  write: (epochMs: number) => string,
  length: number,
  at: number,
  unitMs = 1,
): (epochMs: number) => string {
  const days = new Map<number, string>()
  const clocks = new Map<number, string>()
  return (epochMs) => {
    const day = Math.floor(epochMs / DAY_MS)
    const clock = Math.floor((epochMs - day * DAY_MS) / unitMs)
    let date = days.get(day)
    let time = clocks.get(clock)
    if (date === undefined || time === undefined) {
      const full = write(epochMs)
      if (full.length !== length) return full
      date = full.slice(0, at)
      time = full.slice(at)
      if (days.size < CACHED) days.set(day, date)
      if (clocks.size < CACHED) clocks.set(clock, time)
    }
    return date + time
  }
}
