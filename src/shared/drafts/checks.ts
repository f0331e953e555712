import type { Interview } from '../model/interview'
import type { Language, Settings } from '../model/settings'
import { noticeLevel } from '../schedule/notice'
import { nextOfficeMoment, noHolidays, type HolidayCheck } from '../schedule/officeHours'
import { wallClock } from '../time'
import type { SlotProblem } from '../schedule/proposeTimes'
import { addressee } from './address'
import { splitPhoneDraft } from './channels/phone'
import { dateFindings } from './checkDates'
import { chatOpens } from './chatHours'
import { checkMessage } from './checkMessages'
import { findBlame, findPlaceholder, hasThanks, REASON_WORDS, reasonWords, writtenIn } from './checkWording'
import { greetingAt, greetingsIn, sameGreeting } from './greeting'
import { KINDS } from './kinds'
import { cleanDetail, PRIVATE_REASONS, reasonSentence, STILL_INTERESTED } from './reasons'
import type {
  Alternative,
  CheckCode,
  CheckParams,
  DraftChannel,
  DraftCheck,
  DraftKind,
  Reason,
  ReasonCategory,
} from './types'

/** A time the draft proposes, with what the schedule finds wrong with it. */
export interface ProposedTime {
  slot: Alternative
  problems: readonly SlotProblem[]
}

export interface CheckInput {
  /** What will be sent: the subject (email) and the body, as the user last edited them. */
  subject?: string | undefined
  body: string
  kind: DraftKind
  channel: DraftChannel
  /** The message's language. */
  language: Language
  /** The language the findings are written in (the UI's). */
  uiLanguage: Language
  interview: Interview
  settings: Pick<Settings, 'noticeHours' | 'workingHours'>
  alternatives: readonly Alternative[]
  proposed: readonly ProposedTime[]
  /** The reason chosen in the composer, when known (the edited text alone does not say it). */
  reason?: ReasonCategory | undefined
  /** The detail typed for that reason, when any. */
  reasonDetail?: string | undefined
  now: number
  isHoliday?: HolidayCheck | undefined
}

/** Channel lengths (DOMAIN.md): WhatsApp past ~700 characters; a call script ~90 words, voicemail ~50. */
const LIMITS = {
  whatsappTarget: 600,
  whatsappChars: 700,
  emailWords: 250,
  scriptWords: 90,
  voicemailWords: 50,
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Proofreading of a draft as it stands (DOMAIN.md, Checks before sending); runs again on every edit. */
export function checkDraft(input: CheckInput): DraftCheck[] {
  const { body, kind, channel, interview, now } = input
  const found: [CheckCode, DraftCheck['severity'], CheckParams?][] = []
  const done = () =>
    found.map(([code, severity, params]) => ({
      code,
      severity,
      ...(params ? { params } : {}),
      message: checkMessage(code, params, input.uiLanguage),
    }))
  if (body.trim() === '') {
    found.push(['empty', 'danger'])
    return done()
  }
  const text = channel === 'email' ? `${input.subject ?? ''}\n${body}` : body
  const record = KINDS[kind]
  const start = Date.parse(interview.startsAt)
  const notice = noticeLevel(now, start, input.settings.noticeHours)
  const isHoliday = input.isHoliday ?? noHolidays
  const hours = input.settings.workingHours

  if (channel === 'email' && !input.subject?.trim()) found.push(['no-subject', 'warning'])
  const placeholder = findPlaceholder(text)
  if (placeholder) found.push(['placeholder', 'danger', { found: placeholder }])
  const to = addressee(interview.contact, interview.company, input.language)
  if (!to.named) found.push(['no-contact-name', 'info'])
  else if (!to.titled) found.push(['no-contact-title', 'info'])
  const reference = interview.referenceNumber
  if (reference && kind !== 'thanks' && channel === 'email' && !text.includes(reference))
    found.push(['reference-missing', 'warning', { reference }])
  if (kind === 'reschedule' && input.alternatives.length === 0) found.push(['no-alternatives', 'danger'])
  for (const { slot, problems } of input.proposed) {
    if (problems.length === 0) continue
    const params = { at: slot.startsAt, zone: interview.timeZone, problems: problems.join(',') }
    found.push(['proposed-time', problems.includes('past') ? 'danger' : 'warning', params])
  }
  const blame = findBlame(text)
  if (blame) found.push(['blame', 'warning', { found: blame }])
  // On the phone the voicemail repeats the script: the reason is measured once, in the script.
  const words = reasonWords(channel === 'phone' ? splitPhoneDraft(body, input.language).script : body)
  if (words > REASON_WORDS) found.push(['reason-too-long', 'warning', { words }])
  if (!hasThanks(text)) found.push(['no-thanks', 'warning'])

  if (kind === 'thanks' && channel === 'phone') found.push(['thanks-in-writing', 'info'])
  // A private detail is left out of the drafts (DOMAIN.md: no private detail): say so while it is missing.
  const detail = cleanDetail(input.reasonDetail)
  if (
    detail &&
    input.reason &&
    PRIVATE_REASONS.includes(input.reason) &&
    !text.toLowerCase().includes(detail.toLowerCase())
  )
    found.push(['detail-left-out', 'info', { detail }])
  // A detail typed in the other language is copied into the message as typed: say so.
  const detailLanguage =
    detail && text.toLowerCase().includes(detail.toLowerCase()) ? writtenIn(detail) : undefined
  if (detailLanguage && detailLanguage !== input.language)
    found.push(['detail-language', 'warning', { detail, written: detailLanguage }])
  // A reason that leaves them still interested: a reschedule request could propose times at once.
  if (kind === 'cancel' && notice.level !== 'past' && input.reason && STILL_INTERESTED.includes(input.reason))
    found.push(['offer-reschedule', 'info'])
  // A recruiter reads a no-show's apology for its reason first: without one it reads as evasive (review 28).
  if (kind === 'apology' && !input.reason) found.push(['apology-reason', 'warning'])
  // Where the message is to go: the contact's email for an email, their phone for a call or a WhatsApp.
  const { email, phone } = interview.contact
  if (channel === 'email' ? !email : !phone) found.push(['no-address', 'warning', { channel }])
  else if (channel === 'phone' && !email && /\bemail/i.test(body)) found.push(['promises-email', 'warning'])
  if (record.needsHeld) {
    const happened = record.needsHeld === 'started' ? start : Date.parse(interview.endsAt)
    if (now < happened) found.push(['not-yet-held', 'warning'])
  } else if (notice.level === 'past') {
    found.push(['past', 'danger'])
  } else if (
    record.noticeMatters &&
    channel !== 'phone' &&
    (notice.level === 'short' || notice.level === 'late')
  ) {
    found.push(['call-first', notice.level === 'late' ? 'warning' : 'info'])
  }
  // Outside office hours a call waits for the next opening; the script says so, and may name that time.
  const callAt = nextOfficeMoment(now, interview.timeZone, hours, isHoliday)
  if (channel === 'phone' && callAt !== now) {
    found.push([
      'outside-office-hours',
      'warning',
      { at: new Date(callAt).toISOString(), zone: interview.timeZone },
    ])
  }
  // The typed detail is measured by its own check (reason-too-long): the channel's length is that of the rest.
  const typed =
    detail && input.reason && body.toLowerCase().includes(detail.toLowerCase())
      ? detailGrowth({ category: input.reason, detail }, input.language)
      : { words: 0, chars: 0, detail: '' }
  const tooLong = lengthProblem(body, channel, input.language, typed)
  if (tooLong)
    found.push(['too-long', tooLong.count > tooLong.warnAbove ? 'warning' : 'info', tooLong.params])
  // Besides the interview and the proposed times, a text may name when to call (and, in a call's note for a
  // contact with only a number, when the WhatsApp may go) and when a pending reschedule request was sent (a
  // follow-up says so).
  const extra = [
    ...(channel === 'phone' ? [callAt, chatOpens(now, interview.timeZone)] : []),
    ...(interview.reschedule ? [Date.parse(interview.reschedule.requestedAt)] : []),
  ]
  // A call says "hari ini" / "besok" from the day it is made, not the day it was drafted.
  const readAt = channel === 'phone' ? callAt : now
  // A chat reaches the recipient's phone at once: not between 21.00 and 07.00 where they are.
  const chatAt = channel === 'whatsapp' ? chatOpens(now, interview.timeZone) : now
  if (chatAt !== now) {
    const time = wallClock(now, interview.timeZone).time
    found.push([
      'chat-hours',
      'warning',
      { at: new Date(chatAt).toISOString(), zone: interview.timeZone, time },
    ])
  }
  // A chat is read, and a call heard, at once: a greeting written in the morning is wrong after 11.00.
  if (channel !== 'email') {
    const stale = staleGreeting(body, readAt, interview.timeZone)
    if (stale) found.push(['greeting-time', 'warning', stale])
  }
  for (const finding of dateFindings(text, interview, input.alternatives, readAt, extra)) {
    found.push([finding.code, finding.code === 'wrong-weekday' ? 'danger' : 'warning', finding.params])
  }
  return done()
}

/** The first greeting by time of day that does not fit the moment the message reaches its reader. */
function staleGreeting(body: string, readAt: number, zone: string): CheckParams | undefined {
  for (const found of greetingsIn(body)) {
    const language = /^selamat/i.test(found) ? 'id' : 'en'
    const expected = greetingAt(readAt, zone, language)
    if (!sameGreeting(found, expected)) return { found, expected }
  }
  return undefined
}

/** What a reason's typed detail adds to its sentence, in words and characters (the most over the tenses). */
interface Growth {
  words: number
  chars: number
  detail: string
}

function detailGrowth(reason: Reason, language: Language): Growth {
  const growth = { words: 0, chars: 0, detail: reason.detail ?? '' }
  for (const tense of ['now', 'brief', 'past'] as const) {
    const told = reasonSentence(reason, language, tense) ?? ''
    const bare = reasonSentence({ category: reason.category }, language, tense) ?? ''
    growth.words = Math.max(growth.words, countWords(told) - countWords(bare))
    growth.chars = Math.max(growth.chars, [...told].length - [...bare].length)
  }
  return growth
}

/**
 * Length measured on the body, per channel. A WhatsApp past ~600 characters is a note and past 700 a
 * warning; a call script past ~90 words, a voicemail past ~50 and an email past ~250 words are warnings.
 * The drafts are written up to these lengths, so a reason's detail typed by the user and found in the text
 * moves each limit on by what it adds to the reason's sentence (`typed`): the detail is judged by its own check,
 * and a short one must not make a message the app wrote "too long". The voicemail leaves the detail out.
 */
function lengthProblem(
  body: string,
  channel: DraftChannel,
  language: Language,
  typed: Growth,
): { count: number; warnAbove: number; params: CheckParams } | undefined {
  const over = (count: number, limit: number, unit: 'chars' | 'words', warnAbove = limit) =>
    count > limit ? { count, warnAbove, params: { count, limit, unit } } : undefined
  if (channel === 'whatsapp') {
    const { chars } = typed
    return over([...body].length, LIMITS.whatsappTarget + chars, 'chars', LIMITS.whatsappChars + chars)
  }
  if (channel === 'email') return over(countWords(body), LIMITS.emailWords + typed.words, 'words')
  const { script, voicemail } = splitPhoneDraft(body, language)
  const told = script.toLowerCase().includes(typed.detail.toLowerCase())
  return (
    over(countWords(script), LIMITS.scriptWords + (told ? typed.words : 0), 'words') ??
    over(countWords(voicemail), LIMITS.voicemailWords, 'words')
  )
}
