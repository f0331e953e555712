import ICAL from 'ical.js'
import { isKnownTimeZone } from '../../shared/knownZones'
import type { EventLike, RawProperty } from './fields'
import { ianaForOutlookZone } from './windowsZones'

/** A calendar's events; from the plain reader, each holds only the properties the reader uses. */
export interface PlainCalendar {
  cancelled: boolean
  events: EventLike[]
}

type DesignValue = { fromICAL?: (value: string) => unknown }
type DesignProperty = { defaultType?: string }
const design = ICAL.design.icalendar as unknown as {
  value: Record<string, DesignValue>
  property: Record<string, DesignProperty>
}

/** The event properties the reader looks at; every other property of an event is only checked for form. */
const READ = new Set([
  'uid',
  'dtstart',
  'dtend',
  'duration',
  'summary',
  'organizer',
  'description',
  'location',
  'url',
  'status',
])
/** A series or one of its overrides: ical.js expands those, so the whole file goes its way. */
const SERIES = new Set(['rrule', 'rdate', 'exdate', 'exrule', 'recurrence-id'])
/** Values ical.js decodes with code that can throw on a bad value (a recurrence rule, a period). */
const CHECKED_BY_ICAL = new Set(['rrule', 'exrule', 'rdate', 'exdate', 'freebusy'])
/** Parameters ical.js splits into lists: on a property that is read, they send the file the long way. */
const LIST_PARAMETERS = new Set(['delegated-from', 'delegated-to', 'member'])
const [SEMICOLON, COLON, COMMA, QUOTE, EQUALS] = [';', ':', ',', '"', '='].map((c) => c.charCodeAt(0))
const PARAMETER_END = new Set([SEMICOLON, COLON, COMMA, QUOTE])
/** Property names as files write them, lower-cased once: most lines carry one of these. */
const KEYS = new Map<string, string>()
for (const name of [...READ, ...SERIES, 'begin', 'end', 'method', 'dtstamp', 'sequence', 'attendee'])
  for (const written of [name, name.toUpperCase()]) KEYS.set(written, name)

/** Where a name (letters, digits, `-`) that starts at `at` ends. */
function nameEndOf(text: string, at: number, end: number): number {
  let i = at
  for (; i < end; i += 1) {
    const c = text.charCodeAt(i)
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    if (!letterOrDigit && c !== 45) break
  }
  return i
}

/**
 * The parameters between the `;` at `start` and the `:` before the value (within the line, before `end`),
 * or `undefined` when they are not plainly written (name=value, quoted or not). `strict` also refuses what
 * ical.js would decode (`^`, `\`) or split into a list, so that a read property's parameters are exactly
 * ical.js's.
 */
function parameters(
  text: string,
  start: number,
  end: number,
  strict: boolean,
): { params: Record<string, string>; valueAt: number } | undefined {
  const params: Record<string, string> = {}
  let at = start
  while (at < end && text.charCodeAt(at) === SEMICOLON) {
    const nameEnd = nameEndOf(text, at + 1, end)
    if (nameEnd === at + 1 || text.charCodeAt(nameEnd) !== EQUALS) return undefined
    const key = text.slice(at + 1, nameEnd).toLowerCase()
    if (strict && LIST_PARAMETERS.has(key)) return undefined
    let value = ''
    at = nameEnd + 1
    for (let first = true; first || (at < end && text.charCodeAt(at) === COMMA); first = false) {
      if (!first) {
        if (strict) return undefined
        at += 1
      }
      let itemStart = at
      let itemEnd: number
      if (text.charCodeAt(at) === QUOTE) {
        itemStart = at + 1
        itemEnd = text.indexOf('"', itemStart)
        if (itemEnd === -1 || itemEnd >= end) return undefined
        at = itemEnd + 1
      } else {
        itemEnd = at
        while (itemEnd < end && !PARAMETER_END.has(text.charCodeAt(itemEnd))) itemEnd += 1
        at = itemEnd
      }
      const item = text.slice(itemStart, itemEnd)
      if (strict && (item.includes('^') || item.includes('\\'))) return undefined
      if (first) value = item
    }
    params[key] = value
  }
  return at < end && text.charCodeAt(at) === COLON ? { params, valueAt: at + 1 } : undefined
}

/** A read property as ical.js's parser gives it: its value decoded by ical.js's own value types. */
function property(name: string, params: Record<string, string>, raw: string): RawProperty {
  const stated = params.value
  // `delete` turns an object into a slow dictionary: only when there is something to delete.
  if (stated !== undefined) delete params.value
  const type = stated !== undefined ? stated.toLowerCase() : (design.property[name]?.defaultType ?? 'unknown')
  const decode = design.value[type]?.fromICAL
  return [name, params, type, decode ? decode(raw) : raw]
}

/** True when ical.js finds its zone without the file's VTIMEZONE (none named, an IANA or Windows name). */
function zoneWithoutFile(params: Record<string, string>): boolean {
  const tzid = params.tzid
  return tzid === undefined || isKnownTimeZone(tzid) || ianaForOutlookZone(tzid) !== undefined
}

/**
 * Reads a calendar of plain events (no series, zones known by name) without building ical.js's component
 * tree and value objects, several times faster on a large file. It answers `undefined` — and the caller
 * reads the file with ical.js — whenever it is unsure: a series, a zone only the file defines, a line or
 * parameter written in any but the plain way, components that do not nest. What it gives for an event is
 * what ical.js's parse gives for the properties the reader uses (`tests/main/ics-lean.test.ts`).
 */
export function readPlainCalendar(part: string): PlainCalendar[] | undefined {
  // Unfolded as ical.js does it (a line break followed by one space or tab goes), in one pass.
  const text = part.includes('\n ') || part.includes('\n\t') ? part.replace(/\r?\n[ \t]/g, '') : part
  const reader = new PlainReader()
  let pos = text.search(/[^ \t]/)
  if (pos === -1) return undefined
  while (pos < text.length) {
    let next = text.indexOf('\n', pos)
    if (next === -1) next = text.length
    let end = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next
    // ical.js trims the last line only.
    if (next === text.length) while (end > pos && /\s/.test(text[end - 1]!)) end -= 1
    if (end > pos && !reader.line(text, pos, end)) return undefined
    pos = next + 1
  }
  return reader.done()
}

/** The state of one reading: the components open, and the calendar and event being read. */
class PlainReader {
  private readonly calendars: PlainCalendar[] = []
  private readonly stack: string[] = []
  private calendar: PlainCalendar = { cancelled: false, events: [] }
  private event: RawProperty[] | undefined
  private method: string | undefined

  done(): PlainCalendar[] | undefined {
    return this.stack.length === 0 ? this.calendars : undefined
  }

  /** One unfolded line, `text` from `start` to `end`; false when the file must go to ical.js. */
  line(text: string, start: number, end: number): boolean {
    const nameEnd = nameEndOf(text, start, end)
    const delimiter = text.charCodeAt(nameEnd)
    if (nameEnd === start || nameEnd === end || (delimiter !== COLON && delimiter !== SEMICOLON)) return false
    const name = text.slice(start, nameEnd)
    const key = KEYS.get(name) ?? name.toLowerCase()
    if (key === 'begin' || key === 'end') {
      if (delimiter !== COLON) return false
      return this.component(key, text.slice(nameEnd + 1, end))
    }
    const depth = this.stack.length
    const inEvent = depth === 2 && this.event !== undefined
    if (depth === 0 || (inEvent && SERIES.has(key))) return false
    // METHOD is read as ical.js gives it to getFirstPropertyValue: only a plain one is read here.
    const method = depth === 1 && key === 'method' && this.method === undefined
    if (method && delimiter !== COLON) return false
    const read = method || (inEvent && (READ.has(key) || key.startsWith('x-interview-desk-')))
    if (delimiter === COLON && !read) return this.unread(key, text, start, end, false)
    const parsed =
      delimiter === COLON ? { params: {}, valueAt: nameEnd + 1 } : parameters(text, nameEnd, end, read)
    if (!parsed) return false
    if (!read) return this.unread(key, text, start, end, 'value' in parsed.params)
    const value = property(key, parsed.params, text.slice(parsed.valueAt, end))
    if (method) this.method = String(value[3])
    else if ((key === 'dtstart' || key === 'dtend') && !zoneWithoutFile(value[1] as Record<string, string>))
      return false
    else this.event!.push(value)
    return true
  }

  /**
   * A property that is not read still must not be one ical.js refuses: those whose values it decodes with
   * code that can throw, or whose type a VALUE parameter sets, are put to ical.js itself.
   */
  private unread(key: string, text: string, start: number, end: number, typed: boolean): boolean {
    if (!typed && !CHECKED_BY_ICAL.has(key)) return true
    try {
      ICAL.parse.property(text.slice(start, end))
      return true
    } catch {
      return false
    }
  }

  private component(key: 'begin' | 'end', written: string): boolean {
    if (nameEndOf(written, 0, written.length) !== written.length || written === '') return false
    const name = written.toLowerCase()
    const { stack } = this
    if (key === 'end') {
      if (stack.pop() !== name) return false
      if (name === 'vevent' && stack.length === 1) {
        this.calendar.events.push({ jCal: ['vevent', this.event!, []] })
        this.event = undefined
      } else if (name === 'vcalendar') {
        this.calendar.cancelled = String(this.method ?? '').toUpperCase() === 'CANCEL'
        this.calendars.push(this.calendar)
      }
      return true
    }
    if (stack.length === 0) {
      if (name !== 'vcalendar') return false
      this.calendar = { cancelled: false, events: [] }
      this.method = undefined
    } else if (name === 'vevent') {
      if (stack.length !== 1) return false
      this.event = []
    }
    stack.push(name)
    return true
  }
}
