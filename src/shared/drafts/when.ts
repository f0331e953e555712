import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import { zoneAbbreviation } from '../time'

/**
 * A date and time as a careful letter writes it, in the interview's zone:
 * "Senin, 7 Desember 2026 pukul 10.00 WIB" / "Monday, 7 December 2026 at 10:00 (WIB)".
 */
export function writtenWhen(instant: string, zone: string, language: 'id' | 'en'): string {
  const at = Date.parse(instant)
  const date = format(at, 'EEEE, d MMMM yyyy', { in: tz(zone), locale: language === 'id' ? idLocale : enGB })
  return `${date} ${writtenClock(at, zone, language)}`
}

/** The time alone, as `writtenWhen` writes it: "pukul 10.00 WIB" / "at 10:00 (WIB)". */
export function writtenClock(at: number, zone: string, language: 'id' | 'en'): string {
  const abbreviation = zoneAbbreviation(zone, new Date(at))
  return language === 'id'
    ? `pukul ${format(at, 'HH.mm', { in: tz(zone) })} ${abbreviation}`
    : `at ${format(at, 'HH:mm', { in: tz(zone) })} (${abbreviation})`
}
