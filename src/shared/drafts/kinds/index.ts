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

export { messagesFor } from '../fits'
