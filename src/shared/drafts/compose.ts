import { tz } from '@date-fns/tz'
import type { Language } from '../model/settings'
import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import { noticeLevel } from '../schedule/notice'
import { checkDraft } from './checks'
import { mailtoLink, telLink, whatsappLink } from './links'
import type { LetterContext, LetterParts } from './templates/context'
import { englishLetter } from './templates/en'
import { indonesianLetter } from './templates/id'
import type { Alternative, Draft, DraftChannel, DraftKind, Reason } from './types'
import { writtenWhen } from './when'

export interface DraftRequest {
  interview: Interview
  settings: Settings
  kind: DraftKind
  channel: DraftChannel
  language: Language
  reason?: Reason | undefined
  alternatives: readonly Alternative[]
  now: number
}

const LABELS = {
  en: {
    script: 'Call script',
    voicemail: 'If you reach voicemail:',
    confirm: 'I will also confirm this by email.',
  },
  id: {
    script: 'Naskah telepon',
    voicemail: 'Bila tersambung ke kotak suara:',
    confirm: 'Saya juga akan mengonfirmasi hal ini melalui email.',
  },
}

/** A ready-to-send message for an interview: text, notice, proofreading checks and the links to send it. */
export function composeDraft(request: DraftRequest): Draft {
  const { interview, settings, kind, channel, language, now } = request
  const notice = noticeLevel(now, Date.parse(interview.startsAt), settings.noticeHours)
  const context = letterContext(request, notice.level)
  const parts = (language === 'id' ? indonesianLetter : englishLetter)(context)
  const { subject, body } = render(parts, channel, language, context.userName, settings.signature)
  const checks = checkDraft({
    subject,
    body,
    kind,
    channel,
    language,
    interview,
    alternatives: request.alternatives,
    reasonDetail: request.reason?.detail,
    notice,
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

export function draftLinks(
  interview: Interview,
  channel: DraftChannel,
  subject: string,
  body: string,
): Draft['links'] {
  const links: Draft['links'] = {}
  if (channel === 'email') links.mailto = mailtoLink(interview.contact.email, subject, body)
  const whatsapp = channel === 'whatsapp' ? whatsappLink(interview.contact.phone, body) : undefined
  if (whatsapp) links.whatsapp = whatsapp
  const tel = telLink(interview.contact.phone)
  if (tel) links.tel = tel
  return links
}

function letterContext(request: DraftRequest, notice: LetterContext['notice']): LetterContext {
  const { interview, settings, language } = request
  const zone = interview.timeZone
  const where =
    interview.mode === 'onsite'
      ? interview.location && `${language === 'id' ? 'di' : 'at'} ${interview.location}`
      : interview.mode === 'video'
        ? `${language === 'id' ? 'melalui video' : 'by video'}${interview.meetingUrl ? ` (${interview.meetingUrl})` : ''}`
        : language === 'id'
          ? 'melalui telepon'
          : 'by phone'
  return {
    kind: request.kind,
    channel: request.channel,
    company: interview.company,
    position: interview.position,
    contactName: interview.contact.name,
    userName: settings.userName.trim() || (language === 'id' ? '[nama Anda]' : '[your name]'),
    userPhone: settings.userPhone,
    userEmail: settings.userEmail,
    when: writtenWhen(interview.startsAt, zone, language),
    where,
    reference: interview.referenceNumber,
    reasonCategory: request.reason?.category,
    reasonDetail: request.reason?.detail,
    alternatives: request.alternatives.map((slot) => writtenWhen(slot.startsAt, zone, language)),
    notice,
    hour: tz(settings.timeZone)(request.now).getHours(),
  }
}

function render(parts: LetterParts, channel: DraftChannel, language: Language, name: string, extra?: string) {
  const list = parts.list.map((item) => `- ${item}`)
  const signature = [name, extra?.trim()].filter(Boolean).join('\n')
  if (channel === 'email') {
    const body = [
      parts.greeting,
      '',
      parts.opening,
      '',
      parts.body.join(' '),
      ...(list.length ? ['', ...list] : []),
      '',
      `${parts.thanks} ${parts.closing}`,
      '',
      parts.signOff,
      signature,
    ]
    return { subject: parts.subject, body: body.join('\n') }
  }
  if (channel === 'whatsapp') {
    const body = [
      parts.greeting,
      '',
      [parts.opening, ...parts.body].join(' '),
      ...list,
      '',
      `${parts.thanks} ${parts.closing}`,
      '',
      `${parts.signOff}\n${name}`,
    ]
    return { subject: undefined, body: body.join('\n').trim() }
  }
  const labels = LABELS[language]
  const steps = [
    parts.callGreeting + ' ' + parts.opening,
    ...parts.body,
    ...(list.length ? [list.join('\n')] : []),
    parts.thanks,
    parts.closing,
  ]
  const voicemail = [parts.callGreeting, parts.opening, parts.body[0], labels.confirm, parts.thanks].join(' ')
  const body = [
    `${labels.script}:`,
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    labels.voicemail,
    voicemail,
  ]
  return { subject: undefined, body: body.join('\n') }
}
