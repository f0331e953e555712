import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import type { Clash } from './conflicts'
import { noticeLevel } from './notice'

export type AdviceReason = 'lower-priority' | 'unconfirmed' | 'ample-notice' | 'later'

/** Which interview of a clash to move or drop, and why (DOMAIN.md: tell the lower-priority company early). */
export interface ClashAdvice {
  move: Interview
  keep: Interview
  reason: AdviceReason
}

/** Unrated interviews count as middling (3 of 5). */
const priorityOf = (interview: Interview) => interview.priority ?? 3

/**
 * The lower-priority interview moves. On a tie, the one not yet confirmed rather than one the candidate has
 * confirmed (no promise is broken); then the one whose notice is still ample, so the message goes out in good
 * time; if both or neither are, the later one, which leaves the most time to arrange it.
 */
export function clashAdvice(clash: Clash, now: number, settings: Pick<Settings, 'noticeHours'>): ClashAdvice {
  const { first, second } = clash
  if (priorityOf(first) !== priorityOf(second)) {
    const [move, keep] = priorityOf(first) < priorityOf(second) ? [first, second] : [second, first]
    return { move, keep, reason: 'lower-priority' }
  }
  const confirmed = (interview: Interview) => interview.status === 'confirmed'
  if (confirmed(first) !== confirmed(second)) {
    const [move, keep] = confirmed(first) ? [second, first] : [first, second]
    return { move, keep, reason: 'unconfirmed' }
  }
  const ample = (interview: Interview) =>
    noticeLevel(now, Date.parse(interview.startsAt), settings.noticeHours).level === 'ample'
  if (ample(first) !== ample(second)) {
    const [move, keep] = ample(first) ? [first, second] : [second, first]
    return { move, keep, reason: 'ample-notice' }
  }
  return { move: second, keep: first, reason: 'later' }
}
