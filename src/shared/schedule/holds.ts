import type { Interview, TimeSlot } from '../model/interview'
import { ClashIndex, isActive, type Clash } from './conflicts'
import type { TravelBook } from './travel'

/**
 * A time proposed to a company in a pending reschedule request: held tentatively until they answer, so
 * nothing else is booked on it, but not an interview (the agreed time is still the interview's own).
 */
export interface Hold {
  /** The interview whose request proposes this time. */
  interview: Interview
  slot: TimeSlot
  /** Its place in the request's list (0 = first proposed). */
  index: number
}

/** Every proposed time of every active interview with a pending request. */
export function holdsOf(interviews: readonly Interview[]): Hold[] {
  const holds: Hold[] = []
  for (const interview of interviews) {
    if (!interview.reschedule || !isActive(interview)) continue
    interview.reschedule.proposed.forEach((slot, index) => holds.push({ interview, slot, index }))
  }
  return holds
}

/** The hold as the interview would be at that time: what clash rules and free-slot search understand. */
export const holdAsInterview = (hold: Hold): Interview => ({ ...hold.interview, ...hold.slot })

/** An interview too close to (or on) a time proposed for another one. */
export interface HoldClash {
  kind: Clash['kind']
  interview: Interview
  hold: Hold
  gapMinutes: number
  neededMinutes: number
  destination?: string
}

/**
 * Clashes between active interviews and the times held for others. A hold never clashes with its own
 * interview (the request is to leave that time), nor with the other times of the same request.
 */
export class HoldIndex {
  private readonly byInterview = new Map<Interview, Hold>()
  private readonly index: ClashIndex

  constructor(interviews: readonly Interview[], book: TravelBook) {
    const held: Interview[] = []
    for (const hold of holdsOf(interviews)) {
      const asInterview = holdAsInterview(hold)
      this.byInterview.set(asInterview, hold)
      held.push(asInterview)
    }
    this.index = new ClashIndex(held, book)
  }

  get size(): number {
    return this.byInterview.size
  }

  clashesWith(candidate: Interview): HoldClash[] {
    if (this.byInterview.size === 0) return []
    return this.index.clashesWith(candidate).map((clash) => {
      const other = clash.first === candidate ? clash.second : clash.first
      return {
        kind: clash.kind,
        interview: candidate,
        hold: this.byInterview.get(other)!,
        gapMinutes: clash.gapMinutes,
        neededMinutes: clash.neededMinutes,
        ...(clash.need?.destination ? { destination: clash.need.destination } : {}),
      }
    })
  }
}

/** Every clash of an active interview with a time held for another. */
export function findHoldClashes(interviews: readonly Interview[], book: TravelBook): HoldClash[] {
  const index = new HoldIndex(interviews, book)
  if (index.size === 0) return []
  return interviews.filter(isActive).flatMap((interview) => index.clashesWith(interview))
}
