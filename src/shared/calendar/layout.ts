import type { Interview } from '../model/interview'
import { canonicalInstant, dayKey, instantMs, isoInstant, zonedInstant, zoneOffset } from '../time'

/**
 * Calendar arithmetic on day keys (yyyy-MM-dd in the user's zone) and the layout of interviews in month,
 * week and day grids. Pure: the views only draw what these functions decide.
 */

export const CALENDAR_VIEWS = ['month', 'week', 'day', 'agenda'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]

/** 0 = Sunday … 6 = Saturday, as date-fns locales give it. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6

const DAY_MS = 86_400_000
export const MINUTES_PER_DAY = 24 * 60

const parts = (key: string): [number, number, number] => {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return [year, month, day]
}
const keyOfUtc = (utc: number) => new Date(utc).toISOString().slice(0, 10)
const utcOf = (key: string) => {
  const [year, month, day] = parts(key)
  return Date.UTC(year, month - 1, day)
}

export function isDayKey(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && keyOfUtc(utcOf(value)) === value
}

export function addDays(key: string, days: number): string {
  return keyOfUtc(utcOf(key) + days * DAY_MS)
}

/** The same day of another month, or that month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(key: string, months: number): string {
  const [year, month, day] = parts(key)
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return keyOfUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last)))
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(key: string): number {
  return new Date(utcOf(key)).getUTCDay()
}

export function startOfWeek(key: string, weekStartsOn: WeekStart): string {
  return addDays(key, -((weekday(key) - weekStartsOn + 7) % 7))
}

export function weekOf(key: string, weekStartsOn: WeekStart): string[] {
  const first = startOfWeek(key, weekStartsOn)
  return Array.from({ length: 7 }, (_, i) => addDays(first, i))
}

/** The weeks a month view shows: whole weeks from the one holding the 1st to the one holding the last day. */
export function monthWeeks(key: string, weekStartsOn: WeekStart): string[][] {
  const first = `${key.slice(0, 8)}01`
  const last = addDays(addMonths(first, 1), -1)
  const weeks: string[][] = []
  for (let start = startOfWeek(first, weekStartsOn); start <= last; start = addDays(start, 7))
    weeks.push(weekOf(start, weekStartsOn))
  return weeks
}

/** A day's real extent: from its midnight to the next, 23 or 25 hours on the days clocks change. */
export function dayBounds(key: string, zone: string): { start: number; end: number } {
  return { start: dayStart(key, zone), end: dayStart(addDays(key, 1), zone) }
}

/**
 * Where a list from `from` that stops at an interview starting at `startsAt` ends in whole days: the end of
 * that interview's day in `zone`, or of `from`'s day for one that began before it.
 */
export function wholeDaysEnd(from: number, startsAt: string, zone: string): number {
  const first = dayKey(from, zone)
  const last = dayKey(startsAt, zone)
  return dayBounds(last > first ? last : first, zone).end
}

/** The instant a day (yyyy-MM-dd) begins in a zone. */
export function dayStart(key: string, zone: string): number {
  const [year, month, day] = parts(key)
  return zonedInstant(year, month, day, 0, 0, 0, zone)
}

/** The days a view shows around `key`; the agenda lists everything from `key` on. */
export function visibleDays(view: CalendarView, key: string, weekStartsOn: WeekStart): string[] {
  if (view === 'month') return monthWeeks(key, weekStartsOn).flat()
  if (view === 'week') return weekOf(key, weekStartsOn)
  return [key]
}

/** The instants a view needs interviews for: [from, to); the agenda has no end. */
export function visibleRange(
  view: CalendarView,
  key: string,
  weekStartsOn: WeekStart,
  zone: string,
): { from: number; to: number } {
  const days = visibleDays(view, key, weekStartsOn)
  return {
    from: dayBounds(days[0]!, zone).start,
    to: view === 'agenda' ? Number.POSITIVE_INFINITY : dayBounds(days.at(-1)!, zone).end,
  }
}

/**
 * Whether an interview overlaps the range from `from` up to `to` (epoch milliseconds; `to` may be infinite),
 * its times compared as ISO text with the range's ends written the same way.
 */
export function overlapping(
  from: number,
  to: number,
): (item: { startsAt: string; endsAt: string }) => boolean {
  const start = isoInstant(from)
  if (!Number.isFinite(to)) return (item) => canonicalInstant(item.endsAt) > start
  const end = isoInstant(to)
  return (item) => canonicalInstant(item.endsAt) > start && canonicalInstant(item.startsAt) < end
}

/** Previous/next: a month, a week, a day, or a week of the agenda. */
export function step(view: CalendarView, key: string, direction: 1 | -1): string {
  if (view === 'month') return addMonths(key, direction)
  if (view === 'day') return addDays(key, direction)
  return addDays(key, 7 * direction)
}

/** Arrow keys in a grid: a day sideways, a week (month and week views) or a day (day view) up and down. */
export function moveFocus(view: CalendarView, key: string, arrow: string): string | undefined {
  const vertical = view === 'month' ? 7 : 1
  const moves: Record<string, number> = {
    ArrowLeft: -1,
    ArrowRight: 1,
    ArrowUp: -vertical,
    ArrowDown: vertical,
  }
  return arrow in moves ? addDays(key, moves[arrow]!) : undefined
}

/**
 * An all-day event as calendars import it (`VALUE=DATE`): from one midnight in the user's zone to the
 * next. The model stores times only, so this is read from the times themselves.
 */
export function isAllDay(interview: Pick<Interview, 'startsAt' | 'endsAt'>, zone: string): boolean {
  const start = Date.parse(interview.startsAt)
  const length = Date.parse(interview.endsAt) - start
  // Days last 23 to 25 hours; anything else is timed (most interviews: decided without zone arithmetic).
  if (length < 23 * 3_600_000 || length > 25 * 3_600_000) return false
  const bounds = dayBounds(dayKey(start, zone), zone)
  return bounds.start === start && bounds.end === Date.parse(interview.endsAt)
}

export interface Placed<T> {
  item: T
  /** Wall-clock minutes from the day's midnight, as the hour lines are drawn (0–1440). */
  top: number
  bottom: number
  /** Side by side: this one's column among `columns` in its group of overlapping interviews. */
  column: number
  columns: number
  /** Begins before this day or ends after it (drawn with a cut edge). */
  continuesBefore: boolean
  continuesAfter: boolean
}

/**
 * Timed interviews of one day placed in a column. Positions follow the wall clock, like the hour labels:
 * on a 23-hour day the skipped hour stays empty, on a 25-hour day the repeated hour is drawn once. Only
 * interviews whose drawings overlap share the width; back-to-back ones (one ends as the next begins) do not.
 */
export function layoutDay<T extends Pick<Interview, 'startsAt' | 'endsAt' | 'id'>>(
  items: readonly T[],
  key: string,
  zone: string,
): Placed<T>[] {
  const { start, end } = dayBounds(key, zone)
  const minutesOf = (instant: number) => {
    if (instant <= start) return 0
    if (instant >= end) return MINUTES_PER_DAY
    return wallMinutes(instant, zone)
  }
  const placed: Placed<T>[] = []
  for (const item of items) {
    const from = instantMs(item.startsAt)
    const to = instantMs(item.endsAt)
    if (to <= start || from >= end) continue
    const top = minutesOf(from)
    // At least a quarter of an hour tall, so a short call or the repeated DST hour stays visible and clickable.
    const bottom = Math.min(MINUTES_PER_DAY, Math.max(minutesOf(to), top + 15))
    placed.push({
      item,
      top,
      bottom,
      column: 0,
      columns: 1,
      continuesBefore: from < start,
      continuesAfter: to > end,
    })
  }
  // Ids (UUIDs) compare code unit by code unit: the same order as localeCompare gives them, much cheaper.
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  placed.sort((a, b) => a.top - b.top || b.bottom - a.bottom || byId(a.item.id, b.item.id))
  let group: Placed<T>[] = []
  let groupEnd = -1
  const closeGroup = () => {
    const columns = Math.max(1, ...group.map((p) => p.column + 1))
    for (const p of group) p.columns = columns
    group = []
  }
  for (const current of placed) {
    if (current.top >= groupEnd) {
      closeGroup()
      groupEnd = -1
    }
    const ends: number[] = []
    for (const other of group) ends[other.column] = Math.max(ends[other.column] ?? -1, other.bottom)
    let column = 0
    while (ends[column] !== undefined && ends[column]! > current.top) column += 1
    current.column = column
    group.push(current)
    groupEnd = Math.max(groupEnd, current.bottom)
  }
  closeGroup()
  return placed
}

/** Minutes since midnight on the wall clock of `zone` at an instant. */
export function wallMinutes(instant: number, zone: string): number {
  const wall = instant + zoneOffset(zone, instant)
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / 60_000)
}

/** The minute of a day the pointer is at, snapped to `snap` minutes, as a wall-clock time "HH:mm". */
export function clockAt(minutes: number, snap: number): string {
  const snapped = Math.min(MINUTES_PER_DAY - snap, Math.max(0, Math.round(minutes / snap) * snap))
  return `${String(Math.floor(snapped / 60)).padStart(2, '0')}:${String(snapped % 60).padStart(2, '0')}`
}

export interface Drop {
  kind: 'move' | 'resize'
  /** The day the pointer is over. */
  day: string
  /** Its minute in a time-grid column; absent over a month cell. */
  minutes?: number
  /** Minutes between the interview's top edge and the point it was grabbed at. */
  grab: number
}

/**
 * The times a drag gives an interview, snapped to `snap` minutes. Over a month cell: the same wall-clock time
 * on the new day. In a column: the grabbed point follows the pointer. Resizing moves the end only, on the
 * start's day, never shorter than one snap. The length of a move is kept in real time (DST-safe).
 */
export function droppedTimes(
  interview: Pick<Interview, 'startsAt' | 'endsAt'>,
  drop: Drop,
  zone: string,
  snap = 15,
): { startsAt: string; endsAt: string } {
  const start = Date.parse(interview.startsAt)
  const length = Date.parse(interview.endsAt) - start
  const at = (day: string, minutes: number) => {
    if (minutes >= MINUTES_PER_DAY) return dayBounds(day, zone).end
    const [year, month, date] = parts(day)
    return zonedInstant(year, month, date, Math.floor(minutes / 60), minutes % 60, 0, zone)
  }
  const iso = (ms: number) => new Date(ms).toISOString()
  const startDay = dayKey(start, zone)
  const top = dayBounds(startDay, zone).start === start ? 0 : wallMinutes(start, zone)
  if (drop.kind === 'resize') {
    const bottom = Math.min(
      MINUTES_PER_DAY,
      Math.max(top + snap, Math.round((drop.minutes ?? top + snap) / snap) * snap),
    )
    return { startsAt: interview.startsAt, endsAt: iso(at(startDay, bottom)) }
  }
  const newTop =
    drop.minutes === undefined
      ? top
      : Math.min(MINUTES_PER_DAY - snap, Math.max(0, Math.round((drop.minutes - drop.grab) / snap) * snap))
  const newStart = at(drop.day, newTop)
  return { startsAt: iso(newStart), endsAt: iso(newStart + length) }
}
