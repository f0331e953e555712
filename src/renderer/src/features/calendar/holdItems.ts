import type { Interview } from '../../../../shared/model/interview'
import { holdAsInterview, holdsOf, type Hold } from '../../../../shared/schedule/holds'

/** The calendar draws a hold as its interview at the proposed time; this tells the two apart. */
const holds = new WeakMap<Interview, Hold>()

/** The interviews plus one item per time proposed in a pending reschedule request. */
export function withHolds(interviews: readonly Interview[]): Interview[] {
  const items = holdsOf(interviews).map((hold) => {
    const item = holdAsInterview(hold)
    holds.set(item, hold)
    return item
  })
  return items.length === 0 ? [...interviews] : [...interviews, ...items]
}

/** The hold an item stands for, if it is one (not an interview). */
export const holdOf = (item: Interview): Hold | undefined => holds.get(item)
