import { tz } from '@date-fns/tz'
import { format, type Locale } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import type { Language } from '../model/settings'
import { instantMs, zoneAbbreviation, zoneOffset } from '../time'

const DAY_MS = 86_400_000
const pad = (value: number) => (value < 10 ? `0${value}` : String(value))

/**
 * Formats instants for alert and reminder texts, in one language and display zone. A schedule's alerts name
 * the same few days and zones again and again (45 interviews a day in a dense store): the day's text and the
 * zone's short name are made once per day and per offset, the time of day from the cached zone offset.
 */
export class Phrasing {
  readonly locale: Locale
  private readonly days = new Map<number, string>()
  private readonly abbreviations = new Map<number, string>()
  /** Made when a list is first written: most texts never join one, and making it costs more than the rest. */
  private lists: Intl.ListFormat | undefined

  constructor(
    readonly language: Language,
    readonly zone: string,
  ) {
    this.locale = language === 'id' ? idLocale : enGB
  }

  /** "Senin, 7 Desember" / "Monday, 7 December". */
  day(at: string): string {
    const key = Math.floor(this.wall(at) / DAY_MS)
    let text = this.days.get(key)
    if (text === undefined) {
      text = format(Date.parse(at), 'EEEE, d MMMM', { in: tz(this.zone), locale: this.locale })
      this.days.set(key, text)
    }
    return text
  }

  /** "Senin, 7 Desember pukul 10.00 WIB" / "Monday, 7 December at 10:00 WIB". */
  moment(at: string): string {
    const joiner = this.language === 'id' ? 'pukul' : 'at'
    return `${this.day(at)} ${joiner} ${this.clock(at)} ${this.abbreviation(at)}`
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
    this.lists ??= new Intl.ListFormat(this.language === 'id' ? 'id' : 'en-GB', { type: 'conjunction' })
    return this.lists.format(names)
  }

  /** The time of day as written in running text: "10.00" in Indonesian (EYD), "10:00" in English. */
  private clock(at: string): string {
    const minutes = Math.floor((((this.wall(at) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000)
    return `${pad(Math.floor(minutes / 60))}${this.language === 'id' ? '.' : ':'}${pad(minutes % 60)}`
  }

  /** The instant as the zone's wall clock reads it, in milliseconds (the cached offset: no date strings). */
  private wall(at: string): number {
    const instant = instantMs(at)
    return instant + zoneOffset(this.zone, instant)
  }

  /** The zone's short name at that instant: one per offset (summer and winter time differ). */
  private abbreviation(at: string): string {
    const instant = new Date(at)
    const offset = zoneOffset(this.zone, instant.getTime())
    let name = this.abbreviations.get(offset)
    if (name === undefined) {
      name = zoneAbbreviation(this.zone, instant)
      this.abbreviations.set(offset, name)
    }
    return name
  }
}
