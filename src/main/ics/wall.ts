import ICAL from 'ical.js'
import type { RawProperty } from './fields'

type Time = InstanceType<typeof ICAL.Time>

/** A date-time as written, before any zone: what the zone rules turn into an instant. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  isDate: boolean
  utc: boolean
}

export function wallOf(time: Time): WallTime {
  const { year, month, day, hour, minute, second, isDate } = time
  return { year, month, day, hour, minute, second, isDate, utc: time.zone === ICAL.Timezone.utcTimezone }
}

/**
 * Reads DTSTART/DTEND from the raw value ("2026-12-07T10:00:00", "…Z", "2026-12-07"): ical.js's own value
 * objects cost ~50 µs each with a TZID, which a 10 000-event import would feel.
 */
export function rawWall(property: RawProperty): WallTime | undefined {
  const raw = String(property[3])
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/.exec(raw)
  if (!match) return undefined
  const [, y, mo, d, h, mi, sec, z] = match
  return {
    year: +y!,
    month: +mo!,
    day: +d!,
    hour: +(h ?? 0),
    minute: +(mi ?? 0),
    second: +(sec ?? 0),
    isDate: h === undefined,
    utc: z === 'Z',
  }
}

/** An ISO 8601 duration as ICS writes it ("PT1H30M", "P1D", "-PT15M") in milliseconds; read directly for speed. */
export function durationMs(raw: string): number | undefined {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(raw)
  if (!match) return undefined
  const [, sign, weeks, days, hours, minutes, seconds] = match
  const total =
    ((+(weeks ?? 0) * 7 + +(days ?? 0)) * 24 + +(hours ?? 0)) * 3_600_000 +
    +(minutes ?? 0) * 60_000 +
    +(seconds ?? 0) * 1000
  return sign === '-' ? -total : total
}

const DATE_TIME_PROPERTIES = new Set(['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate', 'due'])

/**
 * Repairs what real files get wrong before ical.js reads them as a series: a date written without
 * VALUE=DATE ("DTSTART:20261207", which ical.js reads as "2026-12-07T::") becomes a date, and RDATE
 * periods (which ical.js cannot iterate) become their start times.
 */
export function normaliseDates(properties: RawProperty[]): void {
  const dtstart = properties.find((property) => property[0] === 'dtstart')
  const rdates = properties.filter((property) => property[0] === 'rdate')
  for (const property of properties) {
    if (!DATE_TIME_PROPERTIES.has(property[0])) continue
    if (property[2] === 'period') {
      property[2] = 'date-time'
      for (let i = 3; i < property.length; i += 1) {
        const value = property[i]
        if (Array.isArray(value)) property[i] = String(value[0])
      }
    }
    for (let i = 3; i < property.length; i += 1) {
      const value = property[i]
      // "2026-12-07T::" (13 characters) is the only shape to repair; a length test spares the rest a regex.
      if (typeof value === 'string' && value.length === 13 && /^\d{4}-\d{2}-\d{2}T::$/.test(value)) {
        property[i] = value.slice(0, 10)
        property[2] = 'date'
      }
    }
  }
  // DTSTART is the first occurrence (RFC 5545), but ical.js leaves it out of an RDATE-only series.
  const listed = rdates.some((rdate) => rdate.slice(3).includes(dtstart?.[3]))
  if (dtstart && rdates.length > 0 && !properties.some((p) => p[0] === 'rrule') && !listed)
    properties.push(['rdate', { ...dtstart[1] }, dtstart[2], dtstart[3]])
}
