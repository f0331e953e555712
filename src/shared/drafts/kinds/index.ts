import type { Interview } from '../../model/interview'
import type { DraftKind } from '../types'
import { apology } from './apology'
import { cancel } from './cancel'
import { chase } from './chase'
import { confirm } from './confirm'
import { decline } from './decline'
import type { KindRecord } from './record'
import { reschedule } from './reschedule'
import { rescheduleRefused } from './rescheduleRefused'
import { thanks } from './thanks'

/** Every kind of message; a kind missing here, or a record missing a language or channel, does not compile. */
export const KINDS: Record<DraftKind, KindRecord> = {
  cancel,
  reschedule,
  decline,
  confirm,
  thanks,
  apology,
  'reschedule-refused': rescheduleRefused,
  chase,
}

/** The order of the message buttons on an interview: the likeliest first. */
const BUTTON_ORDER: readonly DraftKind[] = [
  'confirm',
  'reschedule',
  'chase',
  'decline',
  'cancel',
  'thanks',
  'apology',
  'reschedule-refused',
]

/** The messages that make sense for this interview now (before it: confirm, reschedule…; after: thanks, apology). */
export function messagesFor(interview: Interview, now: number): DraftKind[] {
  return BUTTON_ORDER.filter((kind) => KINDS[kind].fits(interview, now))
}
