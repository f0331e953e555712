import type { Interview } from '../model/interview'
import { isActive } from '../schedule/conflicts'
import type { DraftKind } from './types'

/** Invited or confirmed, and still to come. */
const ahead = (interview: Interview, now: number) =>
  isActive(interview) && Date.parse(interview.startsAt) > now

/**
 * When each kind of message fits an interview, apart from the messages' sentences (kinds/): the calendar's
 * buttons ask this on its first screen, the sentences load when a message is written.
 */
export const FITS: Record<DraftKind, (interview: Interview, now: number) => boolean> = {
  confirm: (interview, now) => interview.status === 'invited' && ahead(interview, now),
  reschedule: (interview, now) => interview.reschedule === undefined && ahead(interview, now),
  chase: (interview, now) => interview.reschedule !== undefined && ahead(interview, now),
  decline: (interview, now) => interview.status === 'invited' && ahead(interview, now),
  cancel: (interview, now) => interview.status === 'confirmed' && ahead(interview, now),
  thanks: (interview, now) =>
    interview.status === 'completed' ||
    (interview.status === 'confirmed' && Date.parse(interview.startsAt) <= now),
  apology: (interview, now) =>
    interview.status === 'no-show' || (isActive(interview) && Date.parse(interview.startsAt) <= now),
  // Offered by the answer to a request, never as a button of its own.
  'reschedule-refused': () => false,
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
  return BUTTON_ORDER.filter((kind) => FITS[kind](interview, now))
}
