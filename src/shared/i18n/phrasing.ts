import { tz } from '@date-fns/tz'
import { format, type Locale } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import type { Language } from '../model/settings'
import { zoneAbbreviation } from '../time'

/** Formats instants for alert and reminder texts, in one language and display zone. */
export class Phrasing {
  readonly locale: Locale

  constructor(
    readonly language: Language,
    readonly zone: string,
  ) {
    this.locale = language === 'id' ? idLocale : enGB
  }

  /** "Senin, 7 Desember" / "Monday, 7 December". */
  day(at: string): string {
    return format(Date.parse(at), 'EEEE, d MMMM', { in: tz(this.zone), locale: this.locale })
  }

  /** "Senin, 7 Desember pukul 10.00 WIB" / "Monday, 7 December at 10:00 WIB". */
  moment(at: string): string {
    const joiner = this.language === 'id' ? 'pukul' : 'at'
    return `${this.day(at)} ${joiner} ${this.clock(at)} ${zoneAbbreviation(this.zone, new Date(at))}`
  }

  /** "10.00–11.00" / "10:00–11:00". */
  span(startsAt: string, endsAt: string): string {
    return `${this.clock(startsAt)}–${this.clock(endsAt)}`
  }

  /** "Rabu, 9 Desember 14.00–15.00": a time proposed to a company. */
  slot(startsAt: string, endsAt: string): string {
    return `${this.day(startsAt)} ${this.span(startsAt, endsAt)}`
  }

  /** "A, B, dan C" / "A, B and C". */
  list(names: readonly string[]): string {
    return new Intl.ListFormat(this.language === 'id' ? 'id' : 'en-GB', { type: 'conjunction' }).format(names)
  }

  /** The time of day as written in running text: "10.00" in Indonesian (EYD), "10:00" in English. */
  private clock(at: string): string {
    const time = format(Date.parse(at), 'HH:mm', { in: tz(this.zone), locale: this.locale })
    return this.language === 'id' ? time.replace(':', '.') : time
  }
}
