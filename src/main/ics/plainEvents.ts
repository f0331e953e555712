import type { EventRange } from './chunks'
import type { RawProperty } from './fields'
import { unescapeText } from './writer'

/**
 * A reader for the events of a plain calendar, in place of ical.js's parse for the bulk of a large file.
 * ical.js builds an array for every line and value of every event (and its alarms), and that with its
 * garbage was about a third of the worker's read. This reader keeps only the properties the import reads, in the same
 * shape and with the same values ical.js gives them.
 *
 * It reads exactly what it understands and nothing else: an event with a line it is not sure of (a series,
 * an unusual parameter, a value type it does not convert, a line ical.js would refuse) is left to ical.js,
 * which the caller runs on those events only. The lines around the events (the frame) are not its to
 * check: parse.ts reads the frame with ical.js first, and calendarChunks cuts only plain files. Its tests
 * compare both readers, event by event, on generated and real files.
 */

/** The properties the import reads from an event, with the value type ical.js gives each by default. */
const READ_TYPES = {
  uid: 'text',
  dtstart: 'date-time',
  dtend: 'date-time',
  duration: 'duration',
  summary: 'text',
  description: 'text',
  location: 'text',
  url: 'uri',
  status: 'text',
  organizer: 'cal-address',
} as const

const TYPE_OF = new Map<string, string>(Object.entries(READ_TYPES))

/** Our own export's fields ride in X- properties, which ical.js leaves as written ("unknown"). */
const OWN_PREFIX = 'x-interview-desk-'

/**
 * The names `rawProperty` may be asked for: what this reader keeps (READ_TYPES, where a new one is added),
 * and what marks a series, which it leaves to ical.js.
 */
export type ReadName =
  keyof typeof READ_TYPES | 'rrule' | 'rdate' | 'recurrence-id' | `${typeof OWN_PREFIX}${string}`

/**
 * Left to ical.js, in any component: a series (this reader never expands one), and FREEBUSY, whose periods
 * ical.js splits (and may throw on).
 */
const LEFT_TO_ICAL = new Set(['rrule', 'exrule', 'rdate', 'recurrence-id', 'freebusy'])
/** Value types ical.js converts in ways this reader does not copy (and may throw on). */
const REFUSED_TYPES = new Set(['period', 'recur'])
/** Value types whose conversion this reader copies, for the properties it keeps. */
const COPIED_TYPES = new Set(['text', 'uri', 'cal-address', 'unknown', 'duration', 'date', 'date-time'])
/** Parameters ical.js splits into lists (RFC 5545: several quoted addresses). */
const LIST_PARAMETERS = new Set(['delegated-from', 'delegated-to', 'member'])
/** Parameters whose values are addresses, which ical.js leaves as written. */
const ADDRESS_PARAMETERS = new Set(['sent-by'])

const NAME = /^[A-Za-z0-9-]+$/
/** `;NAME=value` or `;NAME="value"`, then the property's value after ':'. */
const PARAMETER = /;([A-Za-z0-9-]+)=(?:"([^"]*)"|([^";:]*))/y

/** A value as ical.js converts it for its type (its strict mode: the written type is kept). */
function converted(value: string, type: string): string {
  switch (type) {
    case 'text':
      return unescapeText(value)
    case 'date':
      return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`
    case 'date-time': {
      const time = `${converted(value, 'date')}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}`
      return value[15] === 'Z' ? `${time}Z` : time
    }
    default:
      return value
  }
}

/** Gives up on an event: ical.js parses it instead. */
class NotPlain extends Error {}

interface Line {
  /** Lower case, as ical.js keeps it. */
  name: string
  /** Its parameters but VALUE, which ical.js takes out as the value's type. */
  parameters: Record<string, string> | undefined
  /** VALUE's type, in lower case. */
  valueType: string | undefined
  value: string
}

/** One content line as ical.js reads it, or NotPlain. */
function readLine(line: string): Line {
  const colon = line.indexOf(':')
  const semicolon = line.indexOf(';')
  if (colon < 0) throw new NotPlain()
  const simple = semicolon < 0 || semicolon > colon
  const name = line.slice(0, simple ? colon : semicolon)
  if (!NAME.test(name)) throw new NotPlain()
  if (simple)
    return {
      name: name.toLowerCase(),
      parameters: undefined,
      valueType: undefined,
      value: line.slice(colon + 1),
    }
  let parameters: Record<string, string> | undefined
  let valueType: string | undefined
  let at = semicolon
  // ical.js looks for the value's ':' from where the last parameter would end unescaped: when unescaping
  // shortened a quoted one, a ':' inside its quotes would start the value.
  let shortened = false
  while (line.charCodeAt(at) === 0x3b) {
    PARAMETER.lastIndex = at
    const match = PARAMETER.exec(line)
    if (!match) throw new NotPlain()
    at = PARAMETER.lastIndex
    const key = match[1]!.toLowerCase()
    if (LIST_PARAMETERS.has(key)) throw new NotPlain()
    const written = match[2] ?? match[3]!
    const read = ADDRESS_PARAMETERS.has(key) ? written : unescapeText(written)
    shortened = match[2] !== undefined && read.length !== written.length
    if (key === 'value') valueType = read.toLowerCase()
    else (parameters ??= {})[key] = read
  }
  // A caret may be an RFC 6868 escape, which changes the parameter's value.
  if (line.charCodeAt(at) !== 0x3a || shortened || line.lastIndexOf('^', at) > semicolon) throw new NotPlain()
  return { name: name.toLowerCase(), parameters, valueType, value: line.slice(at + 1) }
}

export interface PlainEvent {
  jCal: [name: 'vevent', properties: RawProperty[], components: []]
}

/** Reads one event's logical lines (BEGIN:VEVENT to END:VEVENT) into the properties the import uses. */
function readEvent(lines: string[]): PlainEvent {
  const properties: RawProperty[] = []
  const last = lines.length - 1
  if (last < 1) throw new NotPlain()
  let depth = 0
  for (let i = 0; i <= last; i += 1) {
    const { name, parameters, valueType, value } = readLine(lines[i]!)
    if (name === 'begin' || name === 'end') {
      // With parameters, BEGIN and END are plain properties to ical.js; no calendar writes that.
      if (parameters || valueType !== undefined) throw new NotPlain()
      depth += name === 'begin' ? 1 : -1
      if (i === 0 && (name !== 'begin' || value !== 'VEVENT')) throw new NotPlain()
      if ((depth === 0) !== (i === last)) throw new NotPlain()
      continue
    }
    if (i === 0 || LEFT_TO_ICAL.has(name)) throw new NotPlain()
    if (valueType !== undefined && REFUSED_TYPES.has(valueType)) throw new NotPlain()
    // An alarm's lines (or any nested component's) are checked as above but not kept.
    if (depth > 1) continue
    const byDefault = TYPE_OF.get(name)
    if (byDefault === undefined && !name.startsWith(OWN_PREFIX)) continue
    const type = valueType ?? byDefault ?? 'unknown'
    if (!COPIED_TYPES.has(type)) throw new NotPlain()
    properties.push([name, parameters ?? {}, type, converted(value, type)])
  }
  return { jCal: ['vevent', properties, []] }
}

/**
 * The logical lines of text[start, end): CRLF or LF ends a line, and a line that starts with a space or a
 * tab continues the one before it (RFC 5545 3.1), as ical.js unfolds them.
 */
function logicalLines(text: string, start: number, end: number): string[] {
  const lines: string[] = []
  let line = ''
  for (let at = start; at < end;) {
    // Each line of a range ends with LF (the calendar's END follows); a CR is dropped only before it.
    const stop = text.indexOf('\n', at)
    if (stop < 0 || stop >= end) throw new NotPlain()
    const next = stop + 1
    const cut = stop > at && text.charCodeAt(stop - 1) === 0x0d ? stop - 1 : stop
    const first = text.charCodeAt(at)
    if (first === 0x20 || first === 0x09) line += text.slice(at + 1, cut)
    else {
      if (line) lines.push(line)
      line = text.slice(at, cut)
    }
    at = next
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The events at `ranges` of `text` (each from its BEGIN:VEVENT line to the end of its END:VEVENT line), each
 * read, or `undefined` where it holds something this reader leaves to ical.js.
 */
export function readPlainEvents(text: string, ranges: readonly EventRange[]): (PlainEvent | undefined)[] {
  return ranges.map(([start, end]) => {
    try {
      return readEvent(logicalLines(text, start, end))
    } catch (error) {
      if (error instanceof NotPlain) return undefined
      throw error
    }
  })
}
