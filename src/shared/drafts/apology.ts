import type { NoticeLevel } from '../schedule/notice'
import type { DraftKind } from './types'

/**
 * Once the interview's time has passed, any message but a thank-you note owes an apology first (a missed
 * interview is answered with an apology, not a cancellation), so the composer offers to write one.
 */
export function offersApology(level: NoticeLevel, kind: DraftKind): boolean {
  return level === 'past' && kind !== 'apology' && kind !== 'thanks'
}
