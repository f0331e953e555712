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

export const CHECK_CODES = [
  'empty',
  'placeholder',
  'no-contact-name',
  'no-contact-title',
  'reference-missing',
  'no-alternatives',
  'proposed-time',
  'blame',
  'reason-too-long',
  'no-thanks',
  'call-first',
  'outside-office-hours',
  'too-long',
  'wrong-weekday',
  'date-mismatch',
  'zone-mismatch',
  'past',
  'not-yet-held',
  'offer-reschedule',
  'thanks-in-writing',
  /** A private detail typed for the reason (illness, family, personal) was left out of the text. */
  'detail-left-out',
  /** The detail typed for the reason is in the other language than the message's. */
  'detail-language',
  /** The channel needs an address the contact does not have (an email, or a phone number). */
  'no-address',
  /** A call's script says an email will confirm it, and the contact has no email address. */
  'promises-email',
  /** An apology for a missed interview with no reason chosen: a recruiter looks for one first. */
  'apology-reason',
  /** A chat's or a call's greeting ("Selamat pagi") no longer fits the recipient's time of day. */
  'greeting-time',
  /** A WhatsApp would reach the recipient between 21.00 and 07.00. */
  'chat-hours',
  /** An email with no subject: a recruiter's inbox shows it as "(no subject)". */
  'no-subject',
] as const
export type CheckCode = (typeof CHECK_CODES)[number]
/** Values a check's message is written from (the text found, a limit, a time to call…). */
export type CheckParams = Record<string, string | number>

/**
 * One finding of the proofreading. `code` and `params` let the UI write it in its own language; `message`
 * is the same finding already written out (in the language asked for), for logs and other callers.
 */
export interface DraftCheck {
  code: CheckCode
  severity: 'info' | 'warning' | 'danger'
  params?: CheckParams
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
