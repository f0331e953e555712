import { z } from 'zod'
import type { Language } from '../model/settings'
import { text } from '../model/fields'
import { instant } from '../model/fields'
import type { Notice } from '../schedule/notice'

export const DRAFT_KINDS = [
  'cancel',
  'reschedule',
  'decline',
  'confirm',
  'thanks',
  'apology',
  'reschedule-refused',
  /** A short follow-up on a reschedule request that has had no answer. */
  'chase',
] as const
export const DRAFT_CHANNELS = ['email', 'phone', 'whatsapp'] as const
export const REASON_CATEGORIES = [
  'illness',
  'family-emergency',
  'schedule-conflict',
  'other-offer',
  'unforeseen',
  'personal',
  'not-a-fit',
  'preparation',
] as const

export type DraftKind = (typeof DRAFT_KINDS)[number]
export type DraftChannel = (typeof DRAFT_CHANNELS)[number]
export type ReasonCategory = (typeof REASON_CATEGORIES)[number]

export const reasonSchema = z.strictObject({
  category: z.enum(REASON_CATEGORIES, { error: 'invalid_choice' }),
  detail: text(300).optional(),
})
export type Reason = z.output<typeof reasonSchema>

export const slotSchema = z.strictObject({ startsAt: instant, endsAt: instant })
export type Alternative = z.output<typeof slotSchema>

export interface DraftCheck {
  code:
    | 'placeholder'
    | 'no-contact-name'
    | 'reference-missing'
    | 'no-alternatives'
    | 'blame'
    | 'reason-too-long'
    | 'no-thanks'
    | 'call-first'
    | 'whatsapp-too-long'
    | 'date-mismatch'
    | 'past'
  severity: 'info' | 'warning' | 'danger'
  message: string
}

export interface Draft {
  kind: DraftKind
  channel: DraftChannel
  language: Language
  subject?: string
  body: string
  notice: Notice
  checks: DraftCheck[]
  links: { mailto?: string; whatsapp?: string; tel?: string }
  /** For a reschedule: the times proposed in the text. */
  alternatives?: Alternative[]
}
