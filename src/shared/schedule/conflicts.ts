import { MAX_DURATION_MS, type Interview, type Status } from '../model/interview'
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

function toSpans(interviews: readonly Interview[]): Span[] {
  const spans: Span[] = []
  for (const interview of interviews) {
    if (isActive(interview)) {
      spans.push({ start: Date.parse(interview.startsAt), end: Date.parse(interview.endsAt), interview })
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end)
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

  constructor(
    interviews: readonly Interview[],
    private readonly book: TravelBook,
  ) {
    this.spans = toSpans(interviews)
    this.starts = Float64Array.from(this.spans, (span) => span.start)
    this.reach = book.maxMinutes * MINUTE_MS
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
    // Nothing lasts longer than MAX_DURATION_MS, so earlier starts cannot reach the candidate.
    for (let i = this.lowerBound(own.start - MAX_DURATION_MS - this.reach); i < this.spans.length; i += 1) {
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
