import type { DraftChannel } from '../../../../shared/drafts/types'
import type { Interview } from '../../../../shared/model/interview'

/** How the contact can be reached: email when there is an address, else a message or a call. */
export function reachableChannel(interview: Interview): DraftChannel {
  if (interview.contact.email) return 'email'
  return interview.contact.phone ? 'whatsapp' : 'phone'
}
