/** Indonesia's three zones go by their own names; WIB covers Sumatra, Java and West/Central Kalimantan. */
export const INDONESIAN_ZONES: Record<string, string> = {
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

/**
 * The formatters that name zones, one per locale and zone: making one costs a millisecond or more, and the
 * agenda names the zone of each of its hundred items (a session sees a handful of zones).
 */
const zoneNamers = new Map<string, Intl.DateTimeFormat>()

/** A short name for a zone at an instant: WIB/WITA/WIT for Indonesia, else the runtime's short name. */
export function zoneAbbreviation(zone: string, at: Date, locale = 'en-GB'): string {
  const known = INDONESIAN_ZONES[zone]
  if (known) return known
  const key = `${locale}|${zone}`
  let namer = zoneNamers.get(key)
  if (!namer) {
    namer = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    zoneNamers.set(key, namer)
  }
  const part = namer.formatToParts(at).find((p) => p.type === 'timeZoneName')
  return part?.value ?? zone
}

/**
 * An instant as the zone's wall clock reads it, written like an ISO string ("2026-12-07T10:00:00.000Z" for
 * 10:00 local). From the cached offset: calendar views call this thousands of times per screen.
 */
function wallIso(instant: string | number, zone: string): string {
  const at = typeof instant === 'string' ? instantMs(instant) : instant
  return new Date(at + zoneOffset(zone, at)).toISOString()
}

/** The calendar day (yyyy-MM-dd) of an instant in a zone. */
export function dayKey(instant: string | number, zone: string): string {
  return wallIso(instant, zone).slice(0, 10)
}

/** The wall-clock date and time (yyyy-MM-dd, HH:mm) of an instant in a zone. */
export function wallClock(instant: string | number, zone: string): { date: string; time: string } {
  const iso = wallIso(instant, zone)
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
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
  // 31 February would roll over into March: refuse it rather than guess.
  const real = new Date(Date.UTC(y, mo - 1, d))
  if (real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) return undefined
  return new Date(zonedInstant(y, mo, d, h, mi, 0, zone)).toISOString()
}

/**
 * Epoch milliseconds of an ISO instant. The contract's own form (`2026-12-07T03:00:00.000Z`, as
 * toISOString writes it) is read digit by digit with civil-date arithmetic, several times faster than
 * Date.parse, which the clash finder feels on large schedules; any other form goes through Date.parse.
 */
export function instantMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90 /* Z */ || iso.charCodeAt(10) !== 84 /* T */)
    return Date.parse(iso)
  // Digits read in place (a digit is its code less 48, taken off once per number: 48 × 1111 for four
  // digits, 48 × 11 for two), with no helper called per digit: a calendar's first render reads a few
  // thousand instants before V8 has optimised anything, where a call per digit was slower than Date.parse.
  let year =
    iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53_328
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528
  // Days since 1970-01-01 from a proleptic Gregorian date (H. Hinnant's days_from_civil).
  year -= month <= 2 ? 1 : 0
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  const days = era * 146097 + dayOfEra - 719468
  const hours = days * 24 + iso.charCodeAt(11) * 10 + iso.charCodeAt(12) - 528
  const minutes = hours * 60 + iso.charCodeAt(14) * 10 + iso.charCodeAt(15) - 528
  const seconds = minutes * 60 + iso.charCodeAt(17) * 10 + iso.charCodeAt(18) - 528
  return seconds * 1000 + iso.charCodeAt(20) * 100 + iso.charCodeAt(21) * 10 + iso.charCodeAt(22) - 5328
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`)
/** 0000-01-01T00:00:00.000Z and 10000-01-01T00:00:00.000Z. */
const YEAR_0 = -62_167_219_200_000
const YEAR_10000 = 253_402_300_800_000

/**
 * The contract's ISO form of epoch milliseconds, exactly as toISOString writes it, by civil-date arithmetic
 * (H. Hinnant's civil_from_days): a 10 000-event import writes two per event, and toISOString was the
 * costliest line of the reader. Years outside 0000–9999 go through toISOString.
 */
export function isoInstant(at: number): string {
  // A Date keeps whole milliseconds, truncated toward zero.
  const ms = Math.trunc(at)
  if (!Number.isFinite(ms) || ms < YEAR_0 || ms >= YEAR_10000) return new Date(at).toISOString()
  const days = Math.floor(ms / DAY_MS)
  let rest = ms - days * DAY_MS
  const shifted = days + 719468
  const era = Math.floor(shifted / 146097)
  const dayOfEra = shifted - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  const hour = Math.floor(rest / 3_600_000)
  rest -= hour * 3_600_000
  const minute = Math.floor(rest / 60_000)
  rest -= minute * 60_000
  const second = Math.floor(rest / 1000)
  const milli = rest - second * 1000
  const yyyy = year < 10 ? `000${year}` : year < 100 ? `00${year}` : year < 1000 ? `0${year}` : `${year}`
  const mmm = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`
  return `${yyyy}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.${mmm}Z`
}

/**
 * An instant in the one ISO form the store writes (`2027-03-09T02:00:00.000Z`), which compares with another
 * in that form as text in time order. Anything else the contract accepts (no milliseconds, more digits) is
 * rewritten.
 */
export function canonicalInstant(iso: string): string {
  return iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */
    ? iso
    : isoInstant(instantMs(iso))
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const DAY_MS = 86_400_000

/**
 * From 1973 on no zone's offset has had seconds in it (Monrovia's −0:44:30 ended in 1972), so Date's offset in
 * whole minutes is exact.
 */
const WHOLE_MINUTES_FROM = Date.UTC(1973, 0, 1)
/** How long the machine's zone is taken as read: reading it costs more than an Intl reading of an offset. */
const HOST_ZONE_READ_MS = 1000
/** The zone this machine's clock was set to when last read, and when (performance.now). */
let host: { zone: string; readAt: number } | undefined

/**
 * The machine's zone, read again after a second: a laptop carried from Jakarta to Makassar changes it under
 * the running app, and Date's offsets with it. Offsets kept for the zone it was are then forgotten, since some
 * may have been read from Date after the change.
 */
export function hostZone(): string {
  const now = performance.now()
  if (!host || Math.abs(now - host.readAt) > HOST_ZONE_READ_MS) {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone
    if (host && host.zone !== zone) {
      dayOffsets.delete(host.zone)
      spanOffsets.delete(host.zone)
    }
    host = { zone, readAt: now }
  }
  return host.zone
}

/**
 * The zone's offset from UTC at an instant, in milliseconds: from Date for the machine's own zone (the usual
 * case, and a fresh page's first Intl formatter and its first few dozen readings cost a few milliseconds of a
 * first render), else read from Intl.
 */
function exactOffset(zone: string, at: number): number {
  if (at >= WHOLE_MINUTES_FROM && zone === hostZone()) return 0 - new Date(at).getTimezoneOffset() * 60_000
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, formatter)
  }
  const parts: Record<string, number> = {}
  for (const part of formatter.formatToParts(at))
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return wall - (at - (((at % 1000) + 1000) % 1000))
}

/** Per zone, by first day of a stretch: the offset at both of its ends, or `null` when they differ. */
type Stretches = Map<number, number | null>
const dayOffsets = new Map<string, Stretches>()
const spanOffsets = new Map<string, Stretches>()
/**
 * Days per stretch whose two ends are compared first. Checked against every zone Intl knows, day by day
 * from 1995 to 2040, the shortest change there and back is seven days (Boa Vista, Noronha and Recife in
 * October 2000), so a four-day stretch cannot hide one.
 */
const SPAN_DAYS = 4
const MAX_CACHED = 100_000

function steadyOffset(cache: Map<string, Stretches>, zone: string, first: number, days: number) {
  let stretches = cache.get(zone)
  if (!stretches) {
    stretches = new Map()
    cache.set(zone, stretches)
  }
  let offset = stretches.get(first)
  if (offset === undefined) {
    const start = exactOffset(zone, first * DAY_MS)
    offset = start === exactOffset(zone, (first + days) * DAY_MS - 1000) ? start : null
    if (stretches.size < MAX_CACHED) stretches.set(first, offset)
  }
  return offset
}

/**
 * The zone's offset at an instant. A stretch of four days, then a day, whose two ends have the same offset
 * keeps it throughout (zones change offset a couple of days a year; a 10 000-event import across a year
 * asks Intl a few hundred times rather than a few thousand); on the days of a change every answer is exact.
 */
export function zoneOffset(zone: string, at: number): number {
  const day = Math.floor(at / DAY_MS)
  const span = steadyOffset(spanOffsets, zone, day - (((day % SPAN_DAYS) + SPAN_DAYS) % SPAN_DAYS), SPAN_DAYS)
  if (span !== null) return span
  return steadyOffset(dayOffsets, zone, day, 1) ?? exactOffset(zone, at)
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a DST change moves forward with the clock;
 * a time that happens twice (clocks going back) is the first one, whatever zone the host is in (TZDate
 * answers that differently depending on the host zone).
 */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  // The offsets a day either side cover any change near this time (zones change at most twice a year).
  const earlier = zoneOffset(zone, wall - DAY_MS)
  const later = zoneOffset(zone, wall + DAY_MS)
  const fromEarlier = wall - earlier
  if (earlier === later) return fromEarlier
  const fromLater = wall - later
  const earlierFits = zoneOffset(zone, fromEarlier) === earlier
  const laterFits = zoneOffset(zone, fromLater) === later
  if (earlierFits && laterFits) return Math.min(fromEarlier, fromLater)
  if (earlierFits) return fromEarlier
  if (laterFits) return fromLater
  return Math.max(fromEarlier, fromLater)
}
