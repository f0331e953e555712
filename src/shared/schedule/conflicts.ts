import type { Interview, Status } from '../model/interview'
import { instantMs } from '../time'
import type { TravelBook, GapNeed } from './travel'

/** Only interviews still ahead of the user can clash; cancelled, declined, completed and missed ones never do. */
export const ACTIVE_STATUSES: readonly Status[] = ['invited', 'confirmed']
export const isActive = (interview: Pick<Interview, 'status'>) => ACTIVE_STATUSES.includes(interview.status)

export type ClashKind = 'overlap' | 'travel' | 'prep'

/** Two interviews too close together. `first` starts no later than `second`. */
export interface Clash {
  kind: ClashKind
  first: Interview
  second: Interview
  /** Minutes from the first's end to the second's start; negative when they overlap. */
  gapMinutes: number
  /** Minutes needed between them (travel or preparation); 0 for an overlap. */
  neededMinutes: number
  need?: GapNeed
}

const MINUTE_MS = 60_000

interface Span {
  start: number
  end: number
  interview: Interview
}

const INDEX_BITS = 2 ** 20

/**
 * Active interviews as spans sorted by start. Starts in whole seconds (as the app stores them) sort as
 * packed numbers — seconds from the earliest start times 2^20 plus the position — with the typed array's
 * native sort, much faster than a comparator; anything else falls back to comparing.
 */
function toSpans(interviews: readonly Interview[]): Span[] {
  const active: Span[] = []
  let earliest = Infinity
  let latest = -Infinity
  let wholeSeconds = true
  for (const interview of interviews) {
    if (!isActive(interview)) continue
    const start = instantMs(interview.startsAt)
    active.push({ start, end: instantMs(interview.endsAt), interview })
    if (start < earliest) earliest = start
    if (start > latest) latest = start
    if (start % 1000 !== 0) wholeSeconds = false
  }
  if (!wholeSeconds || active.length >= INDEX_BITS || (latest - earliest) / 1000 >= 2 ** 32) {
    return active.sort((a, b) => a.start - b.start || a.end - b.end)
  }
  const keys = new Float64Array(active.length)
  for (let i = 0; i < active.length; i += 1) keys[i] = ((active[i]!.start - earliest) / 1000) * INDEX_BITS + i
  keys.sort()
  const sorted = new Array<Span>(active.length)
  for (let i = 0; i < keys.length; i += 1) sorted[i] = active[keys[i]! % INDEX_BITS]!
  return sorted
}

/** The clash between two spans with a.start ≤ b.start, if any. Back-to-back is not an overlap. */
function relate(a: Span, b: Span, book: TravelBook): Clash | undefined {
  if (b.start < a.end) {
    return {
      kind: 'overlap',
      first: a.interview,
      second: b.interview,
      gapMinutes: (b.start - a.end) / MINUTE_MS,
      neededMinutes: 0,
    }
  }
  const gapMinutes = (b.start - a.end) / MINUTE_MS
  const need = book.need(a.interview, b.interview)
  if (gapMinutes >= need.minutes) return undefined
  return {
    kind: need.reason === 'travel' ? 'travel' : 'prep',
    first: a.interview,
    second: b.interview,
    gapMinutes,
    neededMinutes: need.minutes,
    need,
  }
}

/**
 * Every clash among the active interviews: sort by start, then compare each interview only with those that
 * start before it ends plus the longest gap anyone needs — O(n log n + clashes) for real schedules.
 */
export function findConflicts(interviews: readonly Interview[], book: TravelBook): Clash[] {
  const spans = toSpans(interviews)
  const reach = book.maxMinutes * MINUTE_MS
  const clashes: Clash[] = []
  for (let i = 0; i < spans.length; i += 1) {
    const a = spans[i]!
    const limit = a.end + reach
    for (let j = i + 1; j < spans.length && spans[j]!.start < limit; j += 1) {
      const clash = relate(a, spans[j]!, book)
      if (clash) clashes.push(clash)
    }
  }
  return clashes
}

/** A prepared schedule for checking one new or moved slot quickly (binary search on start). */
export class ClashIndex {
  private readonly spans: Span[]
  private readonly starts: Float64Array
  private readonly reach: number
  /** The longest interview in the schedule: how far back an earlier start can still reach a candidate. */
  private readonly longest: number

  constructor(
    interviews: readonly Interview[],
    private readonly book: TravelBook,
  ) {
    this.spans = toSpans(interviews)
    this.starts = Float64Array.from(this.spans, (span) => span.start)
    this.reach = book.maxMinutes * MINUTE_MS
    this.longest = this.spans.reduce((max, span) => Math.max(max, span.end - span.start), 0)
  }

  /** Clashes the candidate would have with the schedule (ignoring the interview it replaces, by id). */
  clashesWith(candidate: Interview): Clash[] {
    if (!isActive(candidate)) return []
    const own: Span = {
      start: Date.parse(candidate.startsAt),
      end: Date.parse(candidate.endsAt),
      interview: candidate,
    }
    const clashes: Clash[] = []
    // An interview starting earlier than this ends (plus the longest needed gap) before the candidate.
    for (let i = this.lowerBound(own.start - this.longest - this.reach); i < this.spans.length; i += 1) {
      const other = this.spans[i]!
      if (other.start >= own.end + this.reach) break
      if (other.interview.id === candidate.id) continue
      const clash = other.start <= own.start ? relate(other, own, this.book) : relate(own, other, this.book)
      if (clash) clashes.push(clash)
    }
    return clashes
  }

  private lowerBound(value: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.starts[mid]! < value) low = mid + 1
      else high = mid
    }
    return low
  }
}
