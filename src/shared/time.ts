import { TZDate, tz } from '@date-fns/tz'
import { format } from 'date-fns'

/** Indonesia's three zones go by their own names; WIB covers Sumatra, Java and West/Central Kalimantan. */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}

/** Zones offered first in pickers: where most of our users live and interview. */
export const COMMON_ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'UTC',
]

/** A short name for a zone at an instant: WIB/WITA/WIT for Indonesia, else the runtime's short name. */
export function zoneAbbreviation(zone: string, at: Date, locale = 'en-GB'): string {
  const known = INDONESIAN_ZONES[zone]
  if (known) return known
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? zone
}

/** The calendar day (yyyy-MM-dd) of an instant in a zone. */
export function dayKey(instant: string | number, zone: string): string {
  return format(typeof instant === 'string' ? Date.parse(instant) : instant, 'yyyy-MM-dd', { in: tz(zone) })
}

/** The wall-clock date and time (yyyy-MM-dd, HH:mm) of an instant in a zone. */
export function wallClock(instant: string, zone: string): { date: string; time: string } {
  const at = Date.parse(instant)
  return { date: format(at, 'yyyy-MM-dd', { in: tz(zone) }), time: format(at, 'HH:mm', { in: tz(zone) }) }
}

/**
 * The instant (ISO, UTC) of a wall-clock date and time in a zone. A time that does not exist in the zone
 * (skipped by a DST change) moves forward with the clock, as calendar apps do.
 */
export function instantFromWallClock(date: string, time: string, zone: string): string | undefined {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time)
  if (!dateMatch || !timeMatch) return undefined
  const [, y, mo, d] = dateMatch.map(Number) as [number, number, number, number]
  const [, h, mi] = timeMatch.map(Number) as [number, number, number]
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined
  const at = new TZDate(y, mo - 1, d, h, mi, zone)
  // 31 February rolls over into March: refuse it rather than guess.
  if (Number.isNaN(at.getTime()) || at.getMonth() !== mo - 1 || at.getDate() !== d) return undefined
  return new Date(at.getTime()).toISOString()
}
