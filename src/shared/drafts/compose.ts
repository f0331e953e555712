import type { Interview } from '../model/interview'
import type { Language, Settings } from '../model/settings'
import { noticeLevel } from '../schedule/notice'
import type { HolidayCheck } from '../schedule/officeHours'
import { composeEmail } from './channels/email'
import { composePhone } from './channels/phone'
import { composeWhatsApp } from './channels/whatsapp'
import { checkDraft, type ProposedTime } from './checks'
import { buildFacts } from './facts'
import { KINDS } from './kinds'
import { draftLinks } from './links'
import type { Alternative, Draft, DraftChannel, DraftKind, Reason } from './types'

export interface DraftRequest {
  interview: Interview
  settings: Settings
  kind: DraftKind
  channel: DraftChannel
  language: Language
  reason?: Reason | undefined
  alternatives: readonly Alternative[]
  /** The proposed times with what is wrong with each (from the schedule), for the checks. */
  proposed?: readonly ProposedTime[] | undefined
  now: number
  isHoliday?: HolidayCheck | undefined
  /** The time was agreed in answer to our reschedule request and not confirmed since (a confirmation says so). */
  newTime?: boolean | undefined
}

/** The text of a message: the kind's sentences in the language, arranged by the channel's composer. */
export function composeText(request: DraftRequest): { subject?: string; body: string } {
  const { interview, settings, kind, channel, language, now } = request
  const notice = noticeLevel(now, Date.parse(interview.startsAt), settings.noticeHours)
  const facts = buildFacts({ ...request, notice: notice.level })
  const text = KINDS[kind].templates[language][channel](facts)
  if (channel === 'email')
    return { subject: text.subject, body: tidy(composeEmail(facts, text, settings.signature)) }
  if (channel === 'whatsapp') return { body: tidy(composeWhatsApp(facts, text)) }
  return { body: tidy(composePhone(facts, text)) }
}

/** A sentence ending on "10 a.m." takes no second full stop. */
function tidy(text: string): string {
  return text.replace(/\b([ap])\.m\.\./g, '$1.m.')
}

/** A ready-to-send message for an interview: text, notice, proofreading checks and the links to send it. */
export function composeDraft(request: DraftRequest): Draft {
  const { interview, settings, kind, channel, language, now } = request
  const notice = noticeLevel(now, Date.parse(interview.startsAt), settings.noticeHours)
  const { subject, body } = composeText(request)
  const checks = checkDraft({
    subject,
    body,
    kind,
    channel,
    language,
    uiLanguage: settings.language,
    interview,
    settings,
    alternatives: request.alternatives,
    proposed: request.proposed ?? [],
    reason: request.reason?.category,
    reasonDetail: request.reason?.detail,
    now,
    isHoliday: request.isHoliday,
  })
  return {
    kind,
    channel,
    language,
    ...(subject ? { subject } : {}),
    body,
    notice,
    checks,
    links: draftLinks(interview, channel, subject ?? '', body),
    ...(kind === 'reschedule' ? { alternatives: [...request.alternatives] } : {}),
  }
}
