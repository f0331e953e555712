import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import type { Language } from '../model/settings'
import { dayKey } from '../time'
import { writtenClock, writtenWhen } from './when'

const DAY_MS = 86_400_000

const ID_NUMBERS = [
  'dua belas',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
  'dua belas',
]

/** The part of the day Indonesians add to a spoken hour ("pukul dua siang"). */
const dayPart = (hour: number) => (hour < 11 ? 'pagi' : hour < 15 ? 'siang' : hour < 18 ? 'sore' : 'malam')

/**
 * A clock time as one says it on the phone: "pukul sepuluh pagi", "pukul setengah tiga sore",
 * "10 a.m.", "2:30 p.m." — never "14.00" or "(WIB)" read aloud.
 */
function spokenClock(at: number, zone: string, language: Language): string {
  const hour = Number(format(at, 'H', { in: tz(zone) }))
  const minute = Number(format(at, 'm', { in: tz(zone) }))
  const twelve = hour % 12
  if (language === 'id') {
    if (minute === 0) return `pukul ${ID_NUMBERS[twelve]} ${dayPart(hour)}`
    // Half past ten is "setengah sebelas": half-way to eleven.
    if (minute === 30) return `pukul setengah ${ID_NUMBERS[(twelve + 1) % 12]} ${dayPart(hour)}`
    return `pukul ${format(at, 'HH.mm', { in: tz(zone) })}`
  }
  const suffix = hour < 12 ? 'a.m.' : 'p.m.'
  const shown = twelve === 0 ? 12 : twelve
  return minute === 0 ? `${shown} ${suffix}` : `${shown}:${String(minute).padStart(2, '0')} ${suffix}`
}

/** "hari Senin, tanggal 7 Desember, pukul sepuluh pagi" (as people say it) / "Monday, 7 December, at 10 a.m." */
export function spokenDateTime(at: number, zone: string, language: Language): string {
  if (language === 'id') {
    const weekday = format(at, 'EEEE', { in: tz(zone), locale: idLocale })
    const date = format(at, 'd MMMM', { in: tz(zone), locale: idLocale })
    return `hari ${weekday}, tanggal ${date}, ${spokenClock(at, zone, language)}`
  }
  const day = format(at, 'EEEE, d MMMM', { in: tz(zone), locale: enGB })
  return `${day}, at ${spokenClock(at, zone, language)}`
}

/** How the interview's day stands to the day a message is heard or read. */
export type DayRelation = 'today' | 'tomorrow' | 'yesterday' | 'other'

export function dayRelation(at: number, heard: number, zone: string): DayRelation {
  const day = dayKey(at, zone)
  if (day === dayKey(heard, zone)) return 'today'
  if (day === dayKey(heard + DAY_MS, zone)) return 'tomorrow'
  if (day === dayKey(heard - DAY_MS, zone)) return 'yesterday'
  return 'other'
}

const EN_PART = (hour: number) => (hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening')

/**
 * The interview's time as a call says it, with its preposition, from the day of the call (DOMAIN.md: a
 * date said once, and said as people say it): "hari ini pukul sepuluh pagi", "tadi pukul sepuluh pagi",
 * "besok …", "kemarin …", else "pada Senin, 7 Desember, pukul sepuluh pagi"; "today at 10 a.m.", "this
 * morning at 10 a.m.", "tomorrow …", else "on Monday, 7 December, at 10 a.m.". `brief` (a voicemail) says a
 * day within the week by its weekday alone: "hari Senin pukul sepuluh pagi", "on Monday at 10 a.m.".
 */
export function spokenOn(
  at: number,
  zone: string,
  language: Language,
  heard: number,
  brief = false,
  withClock = true,
): string {
  if (!withClock) {
    // The day alone, for a voicemail short of room: "hari ini", "besok", "hari Senin" / "today", "on Monday".
    const relation = dayRelation(at, heard, zone)
    const weekday = format(at, 'EEEE', { in: tz(zone), locale: language === 'id' ? idLocale : enGB })
    const id = language === 'id'
    if (relation === 'today')
      return id
        ? at <= heard
          ? `tadi ${dayPart(Number(format(at, 'H', { in: tz(zone) })))}`
          : 'hari ini'
        : at <= heard
          ? `this ${EN_PART(Number(format(at, 'H', { in: tz(zone) })))}`
          : 'today'
    if (relation === 'tomorrow') return id ? 'besok' : 'tomorrow'
    if (relation === 'yesterday') return id ? 'kemarin' : 'yesterday'
    if (Math.abs(at - heard) < 6 * DAY_MS) return id ? `hari ${weekday}` : `on ${weekday}`
  }
  const clock = spokenClock(at, zone, language)
  const relation = dayRelation(at, heard, zone)
  const weekday = format(at, 'EEEE', { in: tz(zone), locale: language === 'id' ? idLocale : enGB })
  const near = Math.abs(at - heard) < 6 * DAY_MS
  if (language === 'id') {
    if (relation === 'today') {
      if (at > heard) return `hari ini ${clock}`
      // Earlier today: "tadi pagi pukul sepuluh".
      const part = dayPart(Number(format(at, 'H', { in: tz(zone) })))
      return `tadi ${part} ${clock.replace(` ${part}`, '')}`
    }
    if (relation === 'tomorrow') return `besok ${clock}`
    if (relation === 'yesterday') return `kemarin ${clock}`
    return brief && near ? `hari ${weekday} ${clock}` : spokenDateTime(at, zone, language)
  }
  if (relation === 'today')
    return at <= heard
      ? `this ${EN_PART(Number(format(at, 'H', { in: tz(zone) })))} at ${clock}`
      : `today at ${clock}`
  if (relation === 'tomorrow') return `tomorrow at ${clock}`
  if (relation === 'yesterday') return `yesterday at ${clock}`
  return brief && near ? `on ${weekday} at ${clock}` : `on ${spokenDateTime(at, zone, language)}`
}

/**
 * The interview's time as a written message puts it, with its preposition: the full date once, and on the day
 * itself or the day before, the plain word first ("hari ini, Senin, 7 Desember 2026 pukul 10.00 WIB").
 * A time already past today: in a chat, the hour alone ("tadi pagi pukul 10.00 WIB": HR reads found the date
 * after "tadi pagi" heavy); in an email, which is kept on file, the date too, after "hari ini" ("tadi pagi"
 * is too casual for a letter).
 */
export function writtenOn(at: number, zone: string, language: Language, read: number, chat: boolean): string {
  const written = writtenWhen(new Date(at).toISOString(), zone, language)
  const relation = dayRelation(at, read, zone)
  const hour = Number(format(at, 'H', { in: tz(zone) }))
  if (relation === 'today' && at <= read) {
    if (chat)
      return `${language === 'id' ? `tadi ${dayPart(hour)}` : `this ${EN_PART(hour)}`} ${writtenClock(at, zone, language)}`
    return `${language === 'id' ? 'hari ini' : `this ${EN_PART(hour)}`}, ${written}`
  }
  if (relation === 'today') return `${language === 'id' ? 'hari ini' : 'today'}, ${written}`
  if (relation === 'tomorrow') return `${language === 'id' ? 'besok' : 'tomorrow'}, ${written}`
  return `${language === 'id' ? 'pada' : 'on'} ${written}`
}

/** 1st, 2nd, 3rd, 4th … 21st, 22nd, 23rd, 31st. */
export function ordinal(n: number): string {
  const tens = n % 100
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * Proposed times said simply: "Rabu pukul sepuluh pagi, Kamis pukul dua siang, atau Jumat pukul sepuluh
 * pagi". When one of them is more than six days away, every one is said with its date ("Rabu tanggal 9 …,
 * Kamis tanggal 10 …"), so "Rabu" cannot mean the wrong week and the list reads the same throughout.
 */
export function spokenOptions(
  starts: readonly number[],
  zone: string,
  language: Language,
  now: number,
): string {
  const locale = language === 'id' ? idLocale : enGB
  const dated = starts.some((at) => at - now > 6 * DAY_MS)
  const items = starts.map((at) => {
    const weekday = format(at, 'EEEE', { in: tz(zone), locale })
    const date = Number(dayKey(at, zone).slice(8))
    if (language === 'id')
      return `${weekday}${dated ? ` tanggal ${date}` : ''} ${spokenClock(at, zone, language)}`
    return `${weekday}${dated ? ` the ${ordinal(date)}` : ''} at ${spokenClock(at, zone, language)}`
  })
  if (items.length <= 1) return items.join('')
  const or = language === 'id' ? ', atau ' : ' or '
  return `${items.slice(0, -1).join(', ')}${or}${items.at(-1)!}`
}
