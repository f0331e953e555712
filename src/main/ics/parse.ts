import ICAL from 'ical.js'
import { MAX_DURATION_MS } from '../../shared/model/limits'
import type { IcsReason } from '../../shared/ics/reasons'
import { AppFailure } from '../../shared/result'
import { isoInstant } from '../../shared/time'
import {
  DescriptionReader,
  exportedFields,
  invitationFields,
  rawProperty,
  type EventLike,
  type RawProperty,
} from './fields'
import { calendarChunks } from './chunks'
import { readPlainEvents } from './plainEvents'
import { isRealDate } from './realDate'
import { durationMs, normaliseDates, rawWall, wallOf, type WallTime } from './wall'
import { ZoneReader } from './zones'

type Component = InstanceType<typeof ICAL.Component>

export interface ParsedInvitation {
  /** The event's UID (plus the original start for one occurrence of a series); absent when the file has none. */
  uid?: string
  fields: Record<string, unknown>
  /** Set on each occurrence of a series that has many in the window: adding them needs the user's yes. */
  series?: { uid: string; count: number }
}

export type Skip = IcsReason & { uid?: string }

export interface ParseResult {
  invitations: ParsedInvitation[]
  skipped: Skip[]
  /** About the file as a whole (e.g. a guessed text encoding). */
  notices: IcsReason[]
}

/** Recurring invitations are expanded only inside this window around now, and only this many times. */
const WINDOW_BEFORE_MS = 30 * 86_400_000
const WINDOW_AFTER_MS = 365 * 86_400_000
const MAX_OCCURRENCES = 400
/**
 * Occurrences examined, kept or not: a SECONDLY rule from 1970 stops here instead of running for minutes,
 * while a daily series started decades ago still reaches the window.
 */
const MAX_EXAMINED = 10_000
/** A series with more occurrences than this in the window is only added after the user agrees. */
export const SERIES_QUESTION = 20

/**
 * A file that cannot be imported, named by what is wrong with it: not a calendar at all (text pasted from an
 * invitation email, say, which the invitation reader takes instead), cut short, or not in calendar format.
 */
function unreadable(
  message: string,
  code: 'not_ics' | 'ics_incomplete' | 'ics_unreadable' = 'ics_incomplete',
): AppFailure {
  return new AppFailure('VALIDATION', message, [{ path: 'text', code, message }])
}

/**
 * The calendar part of a file: from its first BEGIN:VCALENDAR to its last END:VCALENDAR. Mail programs
 * leave stray lines after the end; those are dropped, while a file cut short is refused whole.
 */
function calendarPart(text: string): string {
  const begin = /^[ \t]*BEGIN:VCALENDAR[ \t]*\r?$/im.exec(text)
  if (!begin) throw unreadable('This is not a calendar file (no BEGIN:VCALENDAR).', 'not_ics')
  let end: RegExpExecArray | null = null
  for (const match of text.matchAll(/^[ \t]*END:VCALENDAR[ \t]*\r?$/gim)) end = match
  const count = (pattern: RegExp) => part.match(pattern)?.length ?? 0
  const part = end ? text.slice(begin.index, end.index + end[0].length) : ''
  if (!end || count(/^[ \t]*BEGIN:VEVENT[ \t]*\r?$/gim) !== count(/^[ \t]*END:VEVENT[ \t]*\r?$/gim))
    throw unreadable(
      'The calendar file is incomplete: it ends before all its events are closed. Nothing was imported.',
    )
  return part
}

/** Events per group when a large plain file is parsed a group at a time (and its invitations sent on). */
const GROUP = 500

function readCalendars(text: string): Component[] {
  try {
    const parsed = ICAL.parse(text) as unknown[]
    // Several VCALENDAR blocks in one file come back as a list of calendars.
    const list = typeof parsed[0] === 'string' ? [parsed] : parsed
    return list.map((jcal) => new ICAL.Component(jcal as unknown[]))
  } catch {
    throw unreadable(
      'The calendar file cannot be read: its lines are not in calendar format.',
      'ics_unreadable',
    )
  }
}

export interface ParseOptions {
  userZone: string
  now: number
  /**
   * Takes the invitations read so far, a group at a time (they are then left out of the result): the
   * import checks and stores them while the rest of the file is read. A file that turns out damaged
   * further on still fails as a whole.
   */
  onPart?: (invitations: ParsedInvitation[]) => void
  /** Whether a large plain file may be parsed a group at a time (default yes; tests compare both ways). */
  grouped?: boolean
}

/** Reads invitations from .ics text; a damaged file is refused whole, never half-imported. */
export function parseInvitations(text: string, options: ParseOptions): ParseResult {
  const part = calendarPart(text)
  const chunks = options.grouped === false ? undefined : calendarChunks(part, GROUP)
  const roots = readCalendars(chunks ? chunks.frame : part)
  const zones = new ZoneReader(roots, options.userZone)
  const result: ParseResult = { invitations: [], skipped: [], notices: [] }
  const descriptions = new DescriptionReader()
  // Each event's UID and whether it overrides one occurrence of a series, read once. An event from the
  // plain reader is never part of a series: that reader leaves series to ical.js.
  type Read = { event: EventLike; cancelled: boolean; uid: string | undefined; exception: boolean }
  const events: Read[] = []
  const exceptionsByUid = new Map<string, Component[]>()
  const isException = (event: EventLike) => rawProperty(event, 'recurrence-id') !== undefined
  const isCancel = (root: Component) =>
    String(root.getFirstPropertyValue('method') ?? '').toUpperCase() === 'CANCEL'
  const collectEvent = (event: EventLike, cancelled: boolean, into: Read[]) => {
    normaliseDates(event.jCal[1] as RawProperty[])
    const value = rawProperty(event, 'uid')?.[3]
    const trimmed = typeof value === 'string' ? value.trim() : ''
    const uid = trimmed || undefined
    const exception = isException(event)
    into.push({ event, cancelled, uid, exception })
    if (exception && uid !== undefined && event instanceof ICAL.Component)
      exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), event])
  }
  const collect = (root: Component, into: Read[]) => {
    const cancelled = isCancel(root)
    for (const event of root.getAllSubcomponents('vevent')) collectEvent(event, cancelled, into)
  }
  for (const root of roots) collect(root, events)
  // The series the overrides belong to; most files have no overrides, and then no set is needed. (A grouped
  // file has none: calendarChunks leaves files with RECURRENCE-ID whole.)
  const masterUids = new Set(
    exceptionsByUid.size > 0 ? events.filter((e) => !e.exception).map((e) => e.uid) : [],
  )

  const add = (
    uid: string | undefined,
    source: EventLike,
    cancelled: boolean,
    start: WallTime,
    end: WallTime | undefined,
    duration: number | undefined,
  ): ParsedInvitation | undefined => {
    const startReading = zones.read(rawProperty(source, 'dtstart'))
    const skip = (reason: IcsReason) => void result.skipped.push({ ...(uid ? { uid } : {}), ...reason })
    if ('unknown' in startReading)
      return skip({ code: 'unknown-zone', params: { zone: startReading.unknown } })
    const startsAt = zones.instant(start, startReading)
    let endsAt = startsAt + (duration ?? (start.isDate ? 86_400_000 : 3_600_000))
    if (end) {
      const endReading = zones.read(rawProperty(source, 'dtend') ?? rawProperty(source, 'dtstart'))
      if ('unknown' in endReading) return skip({ code: 'unknown-zone', params: { zone: endReading.unknown } })
      const stated = zones.instant(end, endReading)
      // A zero-length event is a point in time (a reminder-style invite): it gets the default length.
      if (stated !== startsAt) endsAt = stated
    }
    if (endsAt < startsAt) return skip({ code: 'bad-end' })
    if (endsAt - startsAt > MAX_DURATION_MS) return skip({ code: 'too-long' })
    // Our own export carries every field exactly; anything else is read from what the event says.
    const own = exportedFields(source)
    const fields = own.company ? { ...own } : invitationFields(source, cancelled, descriptions)
    fields.startsAt = isoInstant(startsAt)
    fields.endsAt = isoInstant(endsAt)
    fields.timeZone = own.timeZone ?? (startReading.kind === 'iana' ? startReading.zone : options.userZone)
    const invitation: ParsedInvitation = uid ? { uid, fields } : { fields }
    result.invitations.push(invitation)
    return invitation
  }

  const dateOf = (at: number) => new Date(at).toISOString().slice(0, 10)

  /** A series: its occurrences inside the window, with every occurrence examined counted. */
  const readSeries = (
    master: Component,
    uid: string | undefined,
    cancelled: boolean,
    dtstart: RawProperty,
  ) => {
    const skip = (reason: IcsReason) => void result.skipped.push({ ...(uid ? { uid } : {}), ...reason })
    const reading = zones.read(dtstart)
    // An unknown zone is reported once for the event, not once per occurrence.
    if ('unknown' in reading) return skip({ code: 'unknown-zone', params: { zone: reading.unknown } })
    const own = uid ? (exceptionsByUid.get(uid) ?? []) : []
    const series = new ICAL.Event(master, { exceptions: own, strictExceptions: true })
    const iterator = series.iterator()
    const from = options.now - WINDOW_BEFORE_MS
    const to = options.now + WINDOW_AFTER_MS
    const kept: ParsedInvitation[] = []
    let examined = 0
    let before: number | undefined
    let after: number | undefined
    for (let next = iterator.next(); next; next = iterator.next()) {
      examined += 1
      if (examined > MAX_EXAMINED) return skip({ code: 'too-many-repeats' })
      const at = zones.instant(wallOf(next), reading)
      if (at > to) {
        after = at
        break
      }
      if (at < from) {
        before = at
        continue
      }
      if (kept.length >= MAX_OCCURRENCES) break
      const details = series.getOccurrenceDetails(next)
      // Without DTEND or DURATION ical.js ends an occurrence at its start; our default length applies instead.
      const item = details.item.component
      const hasEnd = rawProperty(item, 'dtend') !== undefined || rawProperty(item, 'duration') !== undefined
      const occurrenceUid = uid ? `${uid}/${next.toString()}` : undefined
      const end = hasEnd ? wallOf(details.endDate) : undefined
      const added = add(occurrenceUid, item, cancelled, wallOf(details.startDate), end, undefined)
      if (added) kept.push(added)
    }
    if (kept.length > SERIES_QUESTION) {
      const seriesUid = uid ?? `${dtstart[3]}`
      for (const invitation of kept) invitation.series = { uid: seriesUid, count: kept.length }
    }
    if (examined === 0 || kept.length > 0 || result.skipped.some((s) => s.uid?.startsWith(`${uid}/`))) return
    if (after !== undefined && before === undefined)
      return skip({ code: 'series-later', params: { date: dateOf(after) } })
    skip({ code: 'series-ended', params: { date: dateOf(before ?? options.now) } })
  }

  /** One VEVENT (or a lone RECURRENCE-ID override) into invitations or skip reasons. */
  const readEvent = (master: EventLike, uid: string | undefined, cancelled: boolean): void => {
    const skip = (reason: IcsReason) => void result.skipped.push({ ...(uid ? { uid } : {}), ...reason })
    const dtstart = rawProperty(master, 'dtstart')
    const dtend = rawProperty(master, 'dtend')
    if (!dtstart) return skip({ code: 'no-start' })
    const impossible = [dtstart, dtend].find((property) => property && !isRealDate(String(property[3])))
    if (impossible) return skip({ code: 'impossible-date', params: { date: String(impossible[3]) } })
    const start = rawWall(dtstart)
    const end = dtend && rawWall(dtend)
    if (!start) return skip({ code: 'unreadable', params: { property: 'DTSTART' } })
    if (dtend && !end) return skip({ code: 'unreadable', params: { property: 'DTEND' } })
    const durationProperty = rawProperty(master, 'duration')
    const duration = durationProperty ? durationMs(String(durationProperty[3])) : undefined
    if (durationProperty && duration === undefined)
      return skip({ code: 'unreadable', params: { property: 'DURATION' } })
    // (Only ical.js's components hold a series: the plain reader leaves those to it.)
    const series = rawProperty(master, 'rrule') || rawProperty(master, 'rdate')
    if (series && !isException(master) && master instanceof ICAL.Component)
      return readSeries(master, uid, cancelled, dtstart)
    const id =
      isException(master) && uid ? `${uid}/${String(rawProperty(master, 'recurrence-id')?.[3])}` : uid
    add(id, master, cancelled, start, end || undefined, duration)
  }

  const readAll = (list: Read[]) => {
    for (const { event, cancelled, uid, exception } of list) {
      // Overrides of a series are read with their series; a lone override is an event of its own.
      if (exception && uid !== undefined && masterUids.has(uid)) continue
      try {
        readEvent(event, uid, cancelled)
      } catch {
        // A malformed value ("RRULE:FREQ=NEVER") throws inside ical.js: that event is skipped, the others count.
        result.skipped.push({ ...(uid ? { uid } : {}), code: 'unreadable' })
      }
      if (options.onPart && result.invitations.length >= GROUP) options.onPart(result.invitations.splice(0))
    }
  }
  readAll(events)
  // A grouped file: the frame held no events; each group is read and sent on before the next, its events by
  // the plain reader where it reads them exactly, the others by ical.js (in file order either way). Should
  // ical.js find another count of events in them, which the cut's rules rule out, it reads the whole group.
  const cancelled = isCancel(roots[0]!)
  for (const group of chunks?.groups ?? []) {
    const read: Read[] = []
    const plain = readPlainEvents(part, group)
    const left = group.filter((_, i) => !plain[i])
    const parsed = left.length === 0 ? [] : readCalendars(chunks!.groupText(left))
    const others = parsed.flatMap((root) => root.getAllSubcomponents('vevent'))
    let next = 0
    if (others.length === left.length)
      for (const event of plain) collectEvent(event ?? others[next++]!, cancelled, read)
    else for (const root of readCalendars(chunks!.groupText(group))) collect(root, read)
    readAll(read)
  }
  if (options.onPart && result.invitations.length > 0) options.onPart(result.invitations.splice(0))
  return result
}
