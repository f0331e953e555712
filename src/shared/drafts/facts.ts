import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import { parsePhoneNumberFromString } from 'libphonenumber-js/min'
import type { Interview, Mode } from '../model/interview'
import type { Language, Settings } from '../model/settings'
import { nextOfficeMoment, noHolidays, type HolidayCheck } from '../schedule/officeHours'
import { noticeLevel, type NoticeLevel } from '../schedule/notice'
import { dayKey, zoneAbbreviation } from '../time'
import { addressee, type Addressee } from './address'
import { chatOpens } from './chatHours'
import { greetingAt } from './greeting'
import { writtenChannel } from './reachable'
import type { Alternative, DraftChannel, DraftKind, Reason } from './types'
import { ordinal, spokenDateTime, spokenOn, spokenOptions, writtenOn } from './spoken'
import { writtenWhen } from './when'

/** What every template may use, already written in the message's language. */
export interface Facts {
  kind: DraftKind
  channel: DraftChannel
  language: Language
  company: string
  position: string
  mode: Mode
  to: Addressee
  /**
   * The polite "you" to use in this message: "Ibu", "Bapak", "you"; the neutral "Bapak/Ibu" only in a
   * letter. Undefined where a slash cannot be said or chatted (title unknown): sentences then do without.
   */
  you?: string | undefined
  me: {
    name: string
    phone?: string | undefined
    email?: string | undefined
    /** The phone number as one reads it aloud ("0812-5555-6666"). */
    spokenPhone?: string | undefined
  }
  /** The interview's date and time, written once per message ("Senin, 7 Desember 2026 pukul 10.00 WIB"). */
  when: string
  /**
   * The same with its preposition, as the channel says it from the day it is heard or read: "pada Senin,
   * 7 Desember 2026 pukul 10.00 WIB" in a letter; "hari ini pukul sepuluh pagi" in a call on the day;
   * "besok, Senin, 7 Desember 2026 pukul 10.00 WIB" in a chat the day before.
   */
  on: string
  /** A voicemail's shorter forms: "hari Senin pukul sepuluh pagi" / "on Monday at 10 a.m.", then the day alone. */
  voicemailOn: [string, string]
  /** Set while the voicemail's lines are written: the introduction is the voicemail's own. */
  voicemail?: boolean | undefined
  /** Whether the company's office is open now (a call can be made at once). */
  officeOpen: boolean
  /** How what a call promises in writing reaches the contact: email, or WhatsApp when they have no address. */
  writeBy: 'email' | 'whatsapp'
  /** Whether it is the weekend where the company is (a chat then apologises for the day). */
  weekend: boolean
  /**
   * With the office closed, when it opens on another day: "besok pagi" / "pada Senin pagi" ("tomorrow
   * morning" / "on Monday morning"); undefined when it opens later the same day.
   */
  opensOn?: string | undefined
  /** The interview's weekday alone ("Senin" / "Monday"). */
  weekday: string
  /** When a pending reschedule request was sent ("Rabu, 2 Desember" / "Wednesday, 2 December"). */
  requestedOn?: string | undefined
  /** The date alone ("Senin, 7 Desember 2026"), for a thank-you that needs no hour. */
  date: string
  /** The onsite address, when known (email only: never read aloud, never in a chat). */
  location?: string | undefined
  /** The building alone ("Menara Sudirman lantai 12"), safe to say or chat; never the street. */
  building?: string | undefined
  hasMeetingUrl: boolean
  reference?: string | undefined
  reason?: Reason | undefined
  notice: NoticeLevel
  /** Proposed times, one per line (email, chat). */
  alternatives: string[]
  /** The same times said simply ("Rabu pukul sepuluh pagi, Kamis pukul dua siang, atau …"). */
  spokenAlternatives: string
  /** Outside office hours, when to call ("pada hari Senin mulai pukul 08.00 WIB", "today from 08:00 WIB"). */
  callAt?: string | undefined
  /** Between 21.00 and 07.00 where the company is, when a WhatsApp may be sent ("hari ini mulai pukul 07.00 WIB"). */
  chatAt?: string | undefined
  /** "Selamat pagi" / "Good morning", by the recipient's clock when the message reaches them. */
  greeting: string
  /** For a thank-you: the interview was today, yesterday, or earlier. */
  heldOn: 'today' | 'yesterday' | 'earlier'
  /** The time is a new one the company agreed to after our reschedule request, not confirmed since. */
  newTime: boolean
}

export interface FactsRequest {
  interview: Interview
  settings: Settings
  kind: DraftKind
  channel: DraftChannel
  language: Language
  reason?: Reason | undefined
  alternatives: readonly Alternative[]
  notice: NoticeLevel
  now: number
  isHoliday?: HolidayCheck | undefined
  newTime?: boolean | undefined
}

/**
 * When the recipient will hear the message: a call waits for office hours (it is placed then), a chat or
 * an email is read when it arrives.
 */
function recipientMoment(
  request: Pick<FactsRequest, 'interview' | 'settings' | 'channel' | 'now' | 'isHoliday'>,
): number {
  if (request.channel !== 'phone') return request.now
  const { interview, settings } = request
  return nextOfficeMoment(
    request.now,
    interview.timeZone,
    settings.workingHours,
    request.isHoliday ?? noHolidays,
  )
}

/** The day the office opens, when it is not today: "besok pagi", "pada Senin pagi" / "on Monday morning". */
function opensOn(opens: number, now: number, zone: string, language: Language): string | undefined {
  if (dayKey(opens, zone) === dayKey(now, zone)) return undefined
  const morning = Number(format(opens, 'H', { in: tz(zone) })) < 11
  const tomorrow = dayKey(opens, zone) === dayKey(now + 86_400_000, zone)
  if (language === 'id') {
    const day = tomorrow ? 'besok' : `pada ${format(opens, 'EEEE', { in: tz(zone), locale: idLocale })}`
    return morning ? `${day} pagi` : day
  }
  const day = tomorrow ? 'tomorrow' : `on ${format(opens, 'EEEE', { in: tz(zone), locale: enGB })}`
  return morning ? `${day} morning` : day
}

/** A phone number as people say it: national form at home, international abroad. */
export function spokenPhone(phone: string | undefined, interviewZone: string): string | undefined {
  if (!phone) return undefined
  const parsed = parsePhoneNumberFromString(phone, 'ID')
  if (!parsed) return phone
  const sameCountry = parsed.country === 'ID' && interviewZone.startsWith('Asia/')
  return sameCountry ? parsed.formatNational() : parsed.formatInternational()
}

/**
 * The venue's building, without the street: the part before the first comma, unless that part is itself a
 * street ("Jl. …", "Jalan …", a number). "Lt." is written out so it can be read aloud.
 */
function buildingOf(location: string | undefined, language: Language): string | undefined {
  const first = location?.split(',')[0]?.trim()
  if (!first || /^(?:jl\.?|jln\.?|jalan|\d)/i.test(first)) return undefined
  if (language === 'id') return first.replace(/\bLt\.\s*/i, 'lantai ')
  return first.replace(/\s*\bLt\.\s*(\d+)/i, (_match, floor: string) => `, ${ordinal(Number(floor))} floor`)
}

export function buildFacts(request: FactsRequest): Facts {
  const { interview, settings, language, channel } = request
  const zone = interview.timeZone
  const start = Date.parse(interview.startsAt)
  const locale = language === 'id' ? idLocale : enGB
  const abbreviation = zoneAbbreviation(zone, new Date(start))
  const heard = recipientMoment(request)
  const today = dayKey(request.now, zone)
  const held = dayKey(start, zone)
  const yesterday = dayKey(request.now - 86_400_000, zone)
  const name = settings.userName.trim() || (language === 'id' ? '[nama Anda]' : '[your name]')
  const to = addressee(interview.contact, interview.company, language)
  // A zone is said only when the company's differs from the user's ("pukul sepuluh pagi waktu GMT").
  const otherZone = zoneAbbreviation(settings.timeZone, new Date(start)) !== abbreviation
  const spokenZone = otherZone ? (language === 'id' ? ` waktu ${abbreviation}` : ` ${abbreviation}`) : ''
  const starts = request.alternatives.map((slot) => Date.parse(slot.startsAt))
  const opens = nextOfficeMoment(request.now, zone, settings.workingHours, request.isHoliday ?? noHolidays)
  const requestedAt = interview.reschedule ? Date.parse(interview.reschedule.requestedAt) : undefined
  const chatOpened = chatOpens(request.now, zone)
  /** "hari ini mulai pukul 08.00 WIB", "pada hari Senin mulai …" / "today from 08:00 WIB", "on Monday from …". */
  const fromWhen = (at: number) => {
    const on = dayKey(at, zone) === today
    const weekday = format(at, 'EEEE', { in: tz(zone), locale })
    return language === 'id'
      ? `${on ? 'hari ini' : `pada hari ${weekday}`} mulai pukul ${format(at, 'HH.mm', { in: tz(zone) })} ${abbreviation}`
      : `${on ? 'today' : `on ${weekday}`} from ${format(at, 'HH:mm', { in: tz(zone) })} ${abbreviation}`
  }
  return {
    kind: request.kind,
    channel,
    language,
    company: interview.company,
    position: interview.position,
    mode: interview.mode,
    to,
    you: language === 'en' ? 'you' : to.titled || channel === 'email' ? to.you : undefined,
    me: {
      name,
      phone: settings.userPhone,
      email: settings.userEmail,
      spokenPhone: spokenPhone(settings.userPhone, zone),
    },
    when:
      channel === 'phone'
        ? `${spokenDateTime(start, zone, language)}${spokenZone}`
        : writtenWhen(interview.startsAt, zone, language),
    on:
      channel === 'phone'
        ? `${spokenOn(start, zone, language, heard)}${spokenZone}`
        : writtenOn(start, zone, language, heard, channel === 'whatsapp'),
    voicemailOn: [
      `${spokenOn(start, zone, language, heard, true)}${spokenZone}`,
      spokenOn(start, zone, language, heard, true, false),
    ],
    weekend: ['6', '7'].includes(format(request.now, 'i', { in: tz(zone) })),
    officeOpen: opens === request.now,
    writeBy: writtenChannel(interview.contact),
    opensOn: opensOn(opens, request.now, zone, language),
    weekday: format(start, 'EEEE', { in: tz(zone), locale }),
    newTime: request.newTime ?? false,
    requestedOn:
      requestedAt === undefined ? undefined : format(requestedAt, 'EEEE, d MMMM', { in: tz(zone), locale }),
    date: format(start, 'EEEE, d MMMM yyyy', { in: tz(zone), locale }),
    // In English, "Lt. 12" reads as "12th floor"; the rest of the address stays as the invitation wrote it.
    location:
      interview.mode !== 'onsite' || !interview.location
        ? undefined
        : language === 'id'
          ? interview.location
          : interview.location.replace(
              /\s*\bLt\.\s*(\d+)/i,
              (_match, floor: string) => `, ${ordinal(Number(floor))} floor`,
            ),
    building: interview.mode === 'onsite' ? buildingOf(interview.location, language) : undefined,
    hasMeetingUrl: Boolean(interview.meetingUrl),
    reference: interview.referenceNumber,
    reason: request.reason,
    // A call is made when the office opens: its apology is scaled to the notice left at that moment.
    notice:
      channel === 'phone' && heard !== request.now
        ? noticeLevel(heard, start, settings.noticeHours).level
        : request.notice,
    // The year is the interview's: the list gives weekday, date and time (and the zone, in writing).
    alternatives: starts.map((at) => {
      const day = format(at, 'EEEE, d MMMM', { in: tz(zone), locale })
      return language === 'id'
        ? `${day} pukul ${format(at, 'HH.mm', { in: tz(zone) })} ${abbreviation}`
        : `${day} at ${format(at, 'HH:mm', { in: tz(zone) })} (${abbreviation})`
    }),
    spokenAlternatives: starts.length
      ? `${spokenOptions(starts, zone, language, request.now)}${spokenZone}`
      : '',
    callAt: heard !== request.now ? fromWhen(heard) : undefined,
    chatAt: chatOpened !== request.now ? fromWhen(chatOpened) : undefined,
    greeting: greetingAt(heard, zone, language),
    heldOn: held === today ? 'today' : held === yesterday ? 'yesterday' : 'earlier',
  }
}
