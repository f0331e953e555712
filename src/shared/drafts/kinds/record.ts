import type { TaskKind } from '../../model/followup'
import type { Status } from '../../model/interview'
import type { Language } from '../../model/settings'
import type { Facts } from '../facts'
import type { DraftChannel, DraftKind, ReasonCategory } from '../types'

/**
 * A kind's sentences for one message, in the message's language. Channels arrange them (email letter,
 * call script, chat); every slot holds whole sentences.
 */
export interface KindText {
  /** Email subject: the purpose and the position. */
  subject: string
  /** Who is writing and what the message is for; the only place the interview's date appears. */
  purpose: string
  reason?: string | undefined
  apology?: string | undefined
  /** Lead-in to the proposed times, or a question (documents to bring, a link…). */
  ask?: string | undefined
  list?: string[] | undefined
  /** What happens next, or the door left open. */
  next?: string | undefined
  thanks: string
  /**
   * What a voicemail carries besides who, the purpose, the reason and a short notice's apology: `ask` is
   * what the kind needs answered or known (the question, the request, where the times will follow) and is
   * never dropped; `extra` (a written confirmation to follow) goes when room runs out; `reach` leads in to
   * the number when no callback is asked for, in place of the plain "You can reach me on" (review 16).
   */
  voicemail?: { ask?: string | undefined; extra?: string | undefined; reach?: string | undefined } | undefined
}

export type Template = (facts: Facts) => KindText

/**
 * Everything one kind of message needs, in one place, but when it fits an interview: that is in ../fits.ts,
 * which the calendar's first screen loads without the sentences.
 */
export interface KindRecord {
  kind: DraftKind
  /** Reasons the composer offers for this kind (none: the kind takes no reason). */
  reasons: readonly ReasonCategory[]
  /** The interview's status once the message is sent. */
  statusAfter?: Status
  /** Tasks set when it is sent, by channel. */
  followUps: (channel: DraftChannel) => TaskKind[]
  /**
   * Open tasks that this message, marked sent, settles (a written confirmation a call or the company's answer
   * asked for; a thank-you). None when absent.
   */
  settles?: (channel: DraftChannel) => TaskKind[]
  /** Whether the notice the company gets matters (a change does; a confirmation or thanks does not). */
  noticeMatters: boolean
  /**
   * Whether the voicemail asks to be called back (the company must answer: a question, a request) or only
   * leaves the number (a cancellation, a withdrawal, "I will attend as planned").
   */
  callbackNeeded: (facts: Facts) => boolean
  /** Whether the voicemail keeps the typed reason detail (the problem itself, e.g. a flooded road). */
  voicemailDetail?: (facts: Facts) => boolean
  /** Flag a draft written before the interview has: 'started' (an apology) or 'ended' (a thank-you). */
  needsHeld?: 'started' | 'ended'
  templates: Record<Language, Record<DraftChannel, Template>>
}

/** One template for all three channels: it reads `facts.channel` where the wording differs. */
export const everyChannel = (template: Template): Record<DraftChannel, Template> => ({
  email: template,
  phone: template,
  whatsapp: template,
})
