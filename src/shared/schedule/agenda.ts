import type { Interview } from '../model/interview'
import { addDays, dayStart } from '../calendar/layout'
import { canonicalInstant, dayKey, instantMs, isoInstant, zoneOffset } from '../time'

export interface AgendaDay {
  /** yyyy-MM-dd in the user's zone. */
  day: string
  interviews: Interview[]
}

const DAY_MS = 86_400_000
// ISO instants and ids compare correctly code unit by code unit; localeCompare would be slower and could
// order them by a locale's rules.
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byTime = (a: Interview, b: Interview) => ordinal(a.startsAt, b.startsAt) || ordinal(a.id, b.id)

/**
 * Interviews by the calendar day they start on in the user's zone: days and each day's items in time order.
 * One pass puts each interview in its day (the day key written once per day, not per interview); then only
 * the days, and each day's few items, are sorted, where they are not in order already (the store's replies
 * come in time order).
 */
export function interviewsByDay(interviews: readonly Interview[], zone: string): Map<string, Interview[]> {
  const buckets = new Map<string, Interview[]>()
  /** The zone's wall-clock day number (days since 1970-01-01) → its key. */
  const keys = new Map<number, string>()
  for (const interview of interviews) {
    const at = instantMs(interview.startsAt)
    const number = Math.floor((at + zoneOffset(zone, at)) / DAY_MS)
    let key = keys.get(number)
    if (key === undefined) {
      key = dayKey(at, zone)
      keys.set(number, key)
    }
    const list = buckets.get(key)
    if (list) list.push(interview)
    else buckets.set(key, [interview])
  }
  const days = [...buckets.keys()]
  if (!inOrder(days, ordinal)) days.sort(ordinal)
  const grouped = new Map<string, Interview[]>()
  for (const day of days) {
    const list = buckets.get(day)!
    if (!inOrder(list, byTime)) list.sort(byTime)
    grouped.set(day, list)
  }
  return grouped
}

/**
 * The interviews that start on each of `days` (consecutive, in order) in the user's zone, each day's in time
 * order; days with none are left out. The month, week and day views draw nothing else. Each start is
 * compared, as ISO text, with where the days begin, written the same way: no parse and no zone lookup per
 * interview, and the many outside the days cost two comparisons.
 */
export function interviewsOnDays(
  interviews: readonly Interview[],
  days: readonly string[],
  zone: string,
): Map<string, Interview[]> {
  const grouped = new Map<string, Interview[]>()
  if (days.length === 0) return grouped
  const starts = days.map((day) => isoInstant(dayStart(day, zone)))
  const first = starts[0]!
  const end = isoInstant(dayStart(addDays(days.at(-1)!, 1), zone))
  starts.push(end)
  const buckets: Interview[][] = days.map(() => [])
  let index = 0
  for (const interview of interviews) {
    const at = canonicalInstant(interview.startsAt)
    if (at < first || at >= end) continue
    // The store's replies come in time order: most starts fall in the day of the one before.
    if (at < starts[index]! || at >= starts[index + 1]!) index = dayAt(starts, at)
    buckets[index]!.push(interview)
  }
  buckets.forEach((list, i) => {
    if (list.length === 0) return
    if (!inOrder(list, byTime)) list.sort(byTime)
    grouped.set(days[i]!, list)
  })
  return grouped
}

/** The day `at` falls in: the last of `starts` (the days' beginnings, then the end) at or before it. */
function dayAt(starts: readonly string[], at: string): number {
  let low = 0
  let high = starts.length - 2
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= at) low = middle
    else high = middle - 1
  }
  return low
}

function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i += 1) if (compare(list[i - 1]!, list[i]!) > 0) return false
  return true
}

/** Interviews grouped by the calendar day they start on in the user's zone, days and items in time order. */
export function groupByDay(interviews: readonly Interview[], zone: string): AgendaDay[] {
  return [...interviewsByDay(interviews, zone)].map(([day, list]) => ({ day, interviews: list }))
}
