import type { Contact } from '../model/interview'
import type { DraftChannel } from './types'

/** How the contact can be reached: email when there is an address, else a message or a call. */
export function reachableChannel(contact: Contact): DraftChannel {
  if (contact.email) return 'email'
  return contact.phone ? 'whatsapp' : 'phone'
}

/**
 * How the written word that follows a call reaches the contact (the confirmation, the proposed times): by
 * email when there is an address, by WhatsApp when there is only a number. With neither, email: a check
 * then says the address is missing.
 */
export function writtenChannel(contact: Contact): 'email' | 'whatsapp' {
  return reachableChannel(contact) === 'whatsapp' ? 'whatsapp' : 'email'
}
