import ICAL from 'ical.js'
import { isKnownTimeZone } from '../../shared/model/fields'
import { MAX_DURATION_MS } from '../../shared/model/interview'
import { AppFailure } from '../../shared/result'
import { zonedInstant } from '../../shared/time'
import { exportedFields, invitationFields, rawProperty, type RawProperty } from './fields'
import { WINDOWS_ZONES } from './windowsZones'

type Component = InstanceType<typeof ICAL.Component>
type Time = InstanceType<typeof ICAL.Time>

export type SkipCode = 'no-start' | 'unknown-zone' | 'impossible-date' | 'too-long' | 'bad-end' | 'unreadable'

export interface ParsedInvitation {
  /** Stable across re-imports: the UID, plus the original start for one occurrence of a series. */
  uid: string
  fields: Record<string, unknown>
}

export interface ParseResult {
  invitations: ParsedInvitation[]
  skipped: { uid?: string; code: SkipCode; detail?: string }[]
}

/** Recurring invitations are expanded only inside this window around now, and only this many times. */
const WINDOW_BEFORE_MS = 30 * 86_400_000
const WINDOW_AFTER_MS = 365 * 86_400_000
const MAX_OCCURRENCES = 400

/** How a time's zone is read: an IANA zone, UTC, the file's own VTIMEZONE, or the user's zone (floating). */
type ZoneReading =
  { kind: 'iana'; zone: string } | { kind: 'vtimezone'; timezone: InstanceType<typeof ICAL.Timezone> }

function incomplete(message: string): AppFailure {
  return new AppFailure('VALIDATION', message, [{ path: 'text', code: 'ics_incomplete', message }])
}

/** Reads invitations from .ics text; a damaged file is refused whole, never half-imported. */
export function parseInvitations(text: string, options: { userZone: string; now: number }): ParseResult {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0
  const begins = count(/^[ \t]*BEGIN:VEVENT[ \t]*\r?$/gim)
  const ends = count(/^[ \t]*END:VEVENT[ \t]*\r?$/gim)
  if (!/^[ \t]*BEGIN:VCALENDAR[ \t]*\r?$/im.test(text))
    throw incomplete('This is not a calendar file (no BEGIN:VCALENDAR).')
  if (!/^[ \t]*END:VCALENDAR[ \t]*[\r\n]*$/im.test(text.slice(-64)) || begins !== ends) {
    throw incomplete(
      'The calendar file is incomplete: it ends before all its events are closed. Nothing was imported.',
    )
  }
  let root: Component
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[])
  } catch (error) {
    throw incomplete(
      `The calendar file cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
    )
  }
  const cancelled = String(root.getFirstPropertyValue('method') ?? '').toUpperCase() === 'CANCEL'
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>()
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid')
    if (typeof tzid === 'string') zones.set(tzid, new ICAL.Timezone(vtimezone))
  }
  const result: ParseResult = { invitations: [], skipped: [] }
  const events = root.getAllSubcomponents('vevent')
  const uidOf = (event: Component) => rawProperty(event, 'uid')?.[3]
  const masters = events.filter((event) => !rawProperty(event, 'recurrence-id'))
  const exceptions = events.filter((event) => rawProperty(event, 'recurrence-id'))
  const masterUids = new Set(masters.map(uidOf))
  const exceptionsByUid = new Map<unknown, Component[]>()
  for (const exception of exceptions) {
    const uid = uidOf(exception)
    const list = exceptionsByUid.get(uid)
    if (list) list.push(exception)
    else exceptionsByUid.set(uid, [exception])
  }

  const readZone = (property: RawProperty | undefined): ZoneReading | { unknown: string } => {
    const tzid = property?.[1].tzid
    if (typeof tzid !== 'string') return { kind: 'iana', zone: options.userZone }
    const iana = isKnownTimeZone(tzid) ? tzid : WINDOWS_ZONES[tzid]
    if (iana) return { kind: 'iana', zone: iana }
    const own = zones.get(tzid)
    const location = own?.component.getFirstPropertyValue('x-lic-location')
    if (typeof location === 'string' && isKnownTimeZone(location)) return { kind: 'iana', zone: location }
    return own ? { kind: 'vtimezone', timezone: own } : { unknown: tzid }
  }

  const instantOf = (time: WallTime, reading: ZoneReading): number => {
    if (time.isDate) return zonedInstant(time.year, time.month, time.day, 0, 0, 0, options.userZone)
    if (time.utc) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)
    if (reading.kind === 'vtimezone') {
      const local = ICAL.Time.fromData({ ...time, isDate: false })
      local.zone = reading.timezone
      return local.toUnixTime() * 1000
    }
    return zonedInstant(time.year, time.month, time.day, time.hour, time.minute, time.second, reading.zone)
  }

  const add = (
    uid: string,
    source: Component,
    start: WallTime,
    end: WallTime | undefined,
    duration: number | undefined,
  ) => {
    const startReading = readZone(rawProperty(source, 'dtstart'))
    if ('unknown' in startReading)
      return result.skipped.push({ uid, code: 'unknown-zone', detail: startReading.unknown })
    const startsAt = instantOf(start, startReading)
    let endsAt: number
    if (end) {
      const endReading = readZone(rawProperty(source, 'dtend') ?? rawProperty(source, 'dtstart'))
      if ('unknown' in endReading)
        return result.skipped.push({ uid, code: 'unknown-zone', detail: endReading.unknown })
      endsAt = instantOf(end, endReading)
    } else {
      endsAt = startsAt + (duration ?? (start.isDate ? 86_400_000 : 3_600_000))
    }
    if (endsAt <= startsAt) return result.skipped.push({ uid, code: 'bad-end' })
    if (endsAt - startsAt > MAX_DURATION_MS) return result.skipped.push({ uid, code: 'too-long' })
    const fields = invitationFields(source, cancelled)
    fields.startsAt = new Date(startsAt).toISOString()
    fields.endsAt = new Date(endsAt).toISOString()
    fields.timeZone = startReading.kind === 'iana' ? startReading.zone : options.userZone
    result.invitations.push({ uid, fields: Object.assign(fields, exportedFields(source)) })
  }

  /** One VEVENT (or a lone RECURRENCE-ID override) into invitations or skip reasons. */
  const readEvent = (master: Component, uid: string): void => {
    const dtstart = rawProperty(master, 'dtstart')
    const dtend = rawProperty(master, 'dtend')
    if (!dtstart) {
      result.skipped.push({ uid, code: 'no-start' })
      return
    }
    const impossible = [dtstart, dtend].find((property) => property && !isRealDate(String(property[3])))
    if (impossible) {
      result.skipped.push({ uid, code: 'impossible-date', detail: String(impossible[3]) })
      return
    }
    const durationProperty = rawProperty(master, 'duration')
    const duration = durationProperty ? durationMs(String(durationProperty[3])) : undefined
    const isException = rawProperty(master, 'recurrence-id') !== undefined
    if (!isException && (rawProperty(master, 'rrule') || rawProperty(master, 'rdate'))) {
      const own = exceptionsByUid.get(uidOf(master)) ?? []
      const series = new ICAL.Event(master, { exceptions: own, strictExceptions: true })
      const iterator = series.iterator()
      const from = options.now - WINDOW_BEFORE_MS
      const to = options.now + WINDOW_AFTER_MS
      for (let count = 0, next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next()) {
        const details = series.getOccurrenceDetails(next)
        const reading = readZone(dtstart)
        const at = 'unknown' in reading ? options.now : instantOf(wallOf(next), reading)
        if (at > to) break
        if (at < from) continue
        count += 1
        const occurrenceUid = `${uid}/${next.toString()}`
        // Without DTEND or DURATION ical.js ends an occurrence at its start; our default length applies instead.
        const item = details.item.component
        const hasEnd = rawProperty(item, 'dtend') !== undefined || rawProperty(item, 'duration') !== undefined
        add(
          occurrenceUid,
          item,
          wallOf(details.startDate),
          hasEnd ? wallOf(details.endDate) : undefined,
          undefined,
        )
      }
      return
    }
    const id = isException ? `${uid}/${String(master.getFirstPropertyValue('recurrence-id'))}` : uid
    add(id, master, rawWall(dtstart), dtend ? rawWall(dtend) : undefined, duration)
  }

  for (const master of [...masters, ...exceptions.filter((exception) => !masterUids.has(uidOf(exception)))]) {
    const uid = String(uidOf(master) ?? `no-uid-${result.invitations.length + result.skipped.length}`)
    try {
      readEvent(master, uid)
    } catch (error) {
      // A malformed value ("DTSTART:2026T9") throws inside ical.js: that event is skipped, the others still count.
      result.skipped.push({
        uid,
        code: 'unreadable',
        detail: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return result
}

/** An ISO 8601 duration as ICS writes it ("PT1H30M", "P1D", "-PT15M") in milliseconds; read directly for speed. */
function durationMs(raw: string): number {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(raw)
  if (!match) throw new Error(`"${raw}" is not a duration`)
  const [, sign, weeks, days, hours, minutes, seconds] = match
  const total =
    ((+(weeks ?? 0) * 7 + +(days ?? 0)) * 24 + +(hours ?? 0)) * 3_600_000 +
    +(minutes ?? 0) * 60_000 +
    +(seconds ?? 0) * 1000
  return sign === '-' ? -total : total
}

/** A date-time as written, before any zone: what the zone rules turn into an instant. */
interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  isDate: boolean
  utc: boolean
}

function wallOf(time: Time): WallTime {
  const { year, month, day, hour, minute, second, isDate } = time
  return { year, month, day, hour, minute, second, isDate, utc: time.zone === ICAL.Timezone.utcTimezone }
}

/**
 * Reads DTSTART/DTEND from the raw value ("2026-12-07T10:00:00", "…Z", "2026-12-07"): ical.js's own value
 * objects cost ~50 µs each with a TZID, which a 10 000-event import would feel.
 */
function rawWall(property: RawProperty): WallTime {
  const raw = String(property[3])
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/.exec(raw)
  if (!match) throw new Error(`"${raw}" is not a date or time`)
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

/** True for a real calendar date: "2026-02-31" rolls over in most parsers; here it is refused. */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return true
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
}
