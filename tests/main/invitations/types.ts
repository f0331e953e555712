import type { InvitationField } from '../../../src/shared/model/invitation'

/** One invitation and every field it states; a field left out must come back empty. */
export interface CorpusEntry {
  name: string
  subject?: string
  text: string
  /** When the text was pasted; by default Monday 30 November 2026, 09:00 in Jakarta. */
  now?: string
  expected: Partial<Record<InvitationField, string>>
  /** The instant the text asks for a reply by, when it asks for one (absent: none must be read). */
  replyBy?: string
}

export const PASTED_AT = '2026-11-30T02:00:00.000Z'
