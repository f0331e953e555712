import type { NoticeLevel } from '../../schedule/notice'
import type { DraftChannel, DraftKind, ReasonCategory } from '../types'

/** Everything a template needs, already written out in the draft's language. */
export interface LetterContext {
  kind: DraftKind
  channel: DraftChannel
  company: string
  position: string
  contactName?: string | undefined
  userName: string
  userPhone?: string | undefined
  userEmail?: string | undefined
  /** The interview's date and time, written out, with its zone. */
  when: string
  /** Where, or how (link / phone), written as a phrase; absent when unknown. */
  where?: string | undefined
  reference?: string | undefined
  reasonCategory?: ReasonCategory | undefined
  reasonDetail?: string | undefined
  alternatives: string[]
  notice: NoticeLevel
  /** The hour of day the message goes out, for "good morning" on the phone. */
  hour: number
}

/** The sentences of a message in order; channels arrange them (email, call script, WhatsApp). */
export interface LetterParts {
  subject: string
  greeting: string
  opening: string
  /** body[0] states the purpose (cancel, decline, …): the voicemail keeps it. */
  body: string[]
  /** For a reschedule: the proposed times, one per line. */
  list: string[]
  thanks: string
  closing: string
  signOff: string
  callGreeting: string
}

export type Template = (context: LetterContext) => LetterParts

/** The parts of a letter that do not depend on its kind, in the draft's language. */
export interface Voice {
  greeting: string
  opening: string
  /** "The invitation number is …", when the company gave one. */
  reference?: string | undefined
  /** How to reach the user, when known. */
  reach?: string | undefined
  signOff: string
  callGreeting: string
}

/** Puts a kind's sentences into a letter with the voice's greeting, reference and sign-off. */
export function letterWith(voice: Voice) {
  return (
    subject: string,
    body: string[],
    thanks: string,
    closing: string,
    list: string[] = [],
  ): LetterParts => ({
    subject,
    greeting: voice.greeting,
    opening: voice.opening,
    body: voice.reference ? [...body, voice.reference] : body,
    list,
    thanks,
    closing: voice.reach ? `${closing} ${voice.reach}` : closing,
    signOff: voice.signOff,
    callGreeting: voice.callGreeting,
  })
}
