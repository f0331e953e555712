import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import type { Language } from '../model/settings'

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

/** "Senin, 7 Desember, pukul sepuluh pagi" / "Monday, 7 December, at 10 a.m." */
export function spokenDateTime(at: number, zone: string, language: Language): string {
  const day = format(at, 'EEEE, d MMMM', { in: tz(zone), locale: language === 'id' ? idLocale : enGB })
  return language === 'id'
    ? `${day}, ${spokenClock(at, zone, language)}`
    : `${day}, at ${spokenClock(at, zone, language)}`
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
 * pagi". A day more than six days away also gets its date, so "Rabu" cannot mean the wrong week.
 */
export function spokenOptions(
  starts: readonly number[],
  zone: string,
  language: Language,
  now: number,
): string {
  const locale = language === 'id' ? idLocale : enGB
  const items = starts.map((at) => {
    const weekday = format(at, 'EEEE', { in: tz(zone), locale })
    const date = Number(format(at, 'd', { in: tz(zone) }))
    const far = at - now > 6 * 86_400_000
    if (language === 'id')
      return `${weekday}${far ? ` tanggal ${date}` : ''} ${spokenClock(at, zone, language)}`
    return `${weekday}${far ? ` the ${ordinal(date)}` : ''} at ${spokenClock(at, zone, language)}`
  })
  if (items.length <= 1) return items.join('')
  const or = language === 'id' ? ', atau ' : ' or '
  return `${items.slice(0, -1).join(', ')}${or}${items.at(-1)!}`
}
