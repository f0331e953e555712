import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarChunks } from '../../src/main/ics/chunks'
import { decodeIcs } from '../../src/main/ics/decode'
import { readPlainEvents } from '../../src/main/ics/plainEvents'
import { practiceCalendar } from '../../src/main/parsing/warmUp'
import { calendarText } from '../helpers/icsCalendar'

/** What the import reads from an event: the plain reader keeps these, and only these. */
const READ = [
  'uid',
  'dtstart',
  'dtend',
  'duration',
  'summary',
  'description',
  'location',
  'url',
  'status',
  'organizer',
]
const isRead = (name: string) => READ.includes(name) || name.startsWith('x-interview-desk-')

/** The read properties of each event directly in the calendar, as ical.js parses them. */
function icalEvents(text: string): unknown[][] {
  const parsed = ICAL.parse(text) as unknown[]
  const roots = typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[][])
  return roots.flatMap((root) =>
    new ICAL.Component(root)
      .getAllSubcomponents('vevent')
      .map((event) => (event.jCal[1] as unknown[][]).filter((property) => isRead(String(property[0])))),
  )
}

const refuses = (text: string) => {
  try {
    ICAL.parse(text)
    return false
  } catch {
    return true
  }
}

/**
 * Both readers on every event of a calendar, each event put back into the calendar's frame alone: where the
 * plain reader reads one, it gives what ical.js gives; where ical.js refuses one, the plain reader has left
 * it. And ical.js reads a whole group as it reads its events one by one, which parse.ts relies on when it
 * parses only the events left to it. Returns how many events the plain reader read.
 */
function eventsReadAlike(file: string, perGroup = 3): number {
  // The calendar part of a file, as the import takes it: a mail's lines after its end are not read.
  const text = file.slice(0, file.lastIndexOf('END:VCALENDAR') + 'END:VCALENDAR'.length)
  const chunks = calendarChunks(text, perGroup)
  // A frame ical.js refuses refuses the file before any event is read (parse.ts).
  if (!chunks || refuses(chunks.frame)) return 0
  let read = 0
  for (const group of chunks.groups) {
    const plain = readPlainEvents(text, group)
    const alone = group.map((range) =>
      refuses(chunks.groupText([range])) ? undefined : icalEvents(chunks.groupText([range])),
    )
    if (refuses(chunks.groupText(group))) expect(alone).toContain(undefined)
    else expect(icalEvents(chunks.groupText(group))).toEqual(alone.flat())
    alone.forEach((expected, i) => {
      if (expected === undefined) expect(plain[i]).toBeUndefined()
      if (expected === undefined || !plain[i]) return
      read += 1
      expect([plain[i].jCal[1]]).toEqual(expected)
    })
  }
  return read
}

const calendar = (events: string[][], newline = '\r\n') =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flat(), 'END:VCALENDAR', ''].join(
    newline,
  )
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:a@example.com', ...lines, 'END:VEVENT']

describe('the plain-event reader gives what ical.js gives, or leaves the events to it', () => {
  it('reads the common calendars, and every plain fixture, exactly as ical.js does', () => {
    expect(eventsReadAlike(calendarText(40), 10)).toBe(40)
    expect(eventsReadAlike(practiceCalendar(40, 0, false), 10)).toBe(40)
    expect(eventsReadAlike(calendarText(40).replace(/\r\n/g, '\n'), 10)).toBe(40)
    const fixtures = join(__dirname, '../fixtures/ics')
    let read = 0
    for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.ics')))
      read += eventsReadAlike(decodeIcs(readFileSync(join(fixtures, name))).text)
    expect(read).toBeGreaterThan(10)
  })

  it.each([
    ['TEXT escapes', ['SUMMARY:a\\, b\\; c\\\\n \\N d\\x', 'DESCRIPTION:line\\nnext\\\\', 'LOCATION:']],
    [
      'quoted and escaped parameters',
      ['ORGANIZER;CN="Doe; Jane: HR";SENT-BY="mailto:a\\,b@x.id":mailto:j@x.id'],
    ],
    ['an unquoted name with a backslash', ['ORGANIZER;CN=Ana\\, HR;ROLE=CHAIR:mailto:a@x.id']],
    ['dates as written', ['DTSTART;VALUE=DATE:20261207', 'DTEND:20261208', 'DURATION:PT1H']],
    [
      'a time in a zone and in UTC',
      ['DTSTART;TZID="Asia/Jakarta":20261207T100000', 'DTEND:20261207T110000Z'],
    ],
    [
      'our own fields, left as written',
      ['X-INTERVIEW-DESK-COMPANY:PT A\\, B', 'X-INTERVIEW-DESK-VERSION;VALUE=TEXT:2\\,1'],
    ],
    [
      'an alarm, whose lines are not the event’s',
      ['BEGIN:VALARM', 'DESCRIPTION:Remind', 'TRIGGER:-PT15M', 'END:VALARM'],
    ],
    [
      'properties the import does not read',
      ['ATTENDEE;CN=A;PARTSTAT=ACCEPTED:mailto:a@x.id', 'CATEGORIES:a,b', 'GEO:1.5;2.5'],
    ],
    ['a lone carriage return in a value', ['SUMMARY:one\rtwo']],
    [
      'lower-case names and a repeated property',
      ['summary:first', 'SUMMARY:second', 'Dtstart:20261207T100000'],
    ],
  ])('%s', (_, lines) => {
    expect(eventsReadAlike(calendar([event(...lines), event('SUMMARY:x')]), 2)).toBe(2)
  })

  it('puts a group back before the line that closes the calendar, as ical.js reads the lines', () => {
    for (const text of [
      calendar([event('SUMMARY:a')]).replace('PRODID:-//test//EN', 'X-NOTE:a\rEND:VCALENDAR'),
      calendar([event('SUMMARY:a')]).replace('PRODID:-//test//EN', 'BEGIN:X-A\r\nEND:VCALENDAR'),
    ]) {
      const chunks = calendarChunks(text, 10)!
      expect(icalEvents(chunks.groupText(chunks.groups[0]!))).toHaveLength(1)
      expect(eventsReadAlike(text)).toBe(1)
    }
  })

  it.each([
    [
      'a vCard anywhere',
      calendar([event('SUMMARY:a')]).replace('END:VCALENDAR', 'BEGIN:VCARD\r\nEND:VCARD\r\nEND:VCALENDAR'),
    ],
    ['a vCard folded', calendar([event('BEGIN:VC', ' ARD', 'FN:x', 'END:VC', ' ARD', 'SUMMARY:a')])],
    ['a folded line that may begin something', calendar([event('BEG', ' IN:VALARM', 'SUMMARY:a')])],
    [
      'components after the calendar',
      calendar([event('SUMMARY:a')]).replace('PRODID', 'END:X\r\nBEGIN:Y\r\nPRODID'),
    ],
  ])('does not cut a file with %s', (_, text) => {
    expect(calendarChunks(text, 10)).toBeUndefined()
  })

  it('unfolds lines as ical.js does: CRLF or LF, then a space or a tab', () => {
    const text = calendar([event('SUMMARY:Inter', ' view with', '\tPT A', 'DESCRIPTION:a', ' ', ' b')])
    expect(eventsReadAlike(text)).toBe(1)
    expect(eventsReadAlike(text.replace(/\r\n/g, '\n'))).toBe(1)
  })

  it.each([
    ['a series', 'RRULE:FREQ=WEEKLY;COUNT=3'],
    ['extra dates', 'RDATE:20261208T100000'],
    ['an RFC 6868 escape', "ORGANIZER;CN=A ^'B^':mailto:a@x.id"],
    ['a list parameter', 'ATTENDEE;DELEGATED-FROM="mailto:a@x.id","mailto:b@x.id":mailto:c@x.id'],
    ['a period', 'DTSTART;VALUE=PERIOD:20261207T100000Z/PT1H'],
    ['a line ical.js refuses', 'this is not a property'],
    ['an unclosed quote', 'ORGANIZER;CN="Ana:mailto:a@x.id'],
    ['a parameter without a value', 'DTSTART;TZID:20261207T100000'],
    ['a BEGIN with a parameter', 'BEGIN;X-A=1:VALARM'],
    ['a kept property in an unusual type', 'SUMMARY;VALUE=INTEGER:12'],
    ['an escape in the last quoted parameter', 'SUMMARY;CN="\\,:":x'],
  ])('leaves to ical.js %s', (_, line) => {
    const text = calendar([event('SUMMARY:x'), event('SUMMARY:x', line)])
    expect(readPlainEvents(text, calendarChunks(text, 10)!.groups[0]!).map(Boolean)).toEqual([true, false])
  })

  it('agrees with ical.js on generated events, hostile ones among them (property)', () => {
    const name = fc.constantFrom(
      'SUMMARY',
      'DESCRIPTION',
      'LOCATION',
      'URL',
      'STATUS',
      'UID',
      'DTSTART',
      'DTEND',
      'DURATION',
      'ORGANIZER',
      'ATTENDEE',
      'X-INTERVIEW-DESK-COMPANY',
      'X-ALT-DESC',
      'CATEGORIES',
      'dtstart',
      'Summary',
    )
    const piece = fc.stringMatching(/^[A-Za-z0-9 :;,"=^\\/.@-]{0,12}$/)
    const parameter = fc.oneof(
      {
        arbitrary: fc.constantFrom(';TZID=Asia/Jakarta', ';VALUE=DATE', ';CN="A: B; C"', ';CN=A\\,B'),
        weight: 6,
      },
      {
        arbitrary: fc.constantFrom(';SENT-BY="mailto:x@y.id"', ';VALUE=TEXT', ';MEMBER="mailto:a@x.id"'),
        weight: 2,
      },
      { arbitrary: fc.constantFrom(';VALUE=PERIOD', ';X-A=^n', ';CN="open'), weight: 1 },
      { arbitrary: piece.map((text) => `;${text}`), weight: 1 },
    )
    const property = fc
      .tuple(name, fc.array(parameter, { maxLength: 2 }), piece)
      .map(([n, p, v]) => [`${n}${p.join('')}:${v}`])
    const line = fc.oneof(
      { arbitrary: property, weight: 12 },
      {
        arbitrary: fc.constantFrom(
          ['BEGIN:VALARM', 'DESCRIPTION:not the event’s', 'END:VALARM'],
          ['DTSTART:20261207'],
          ['DTSTART:20261207T1000'],
        ),
        weight: 2,
      },
      { arbitrary: fc.constantFrom(['RRULE:FREQ=DAILY'], ['no property here']), weight: 1 },
      { arbitrary: piece.map((text) => [text]), weight: 1 },
    )
    // A third of the lines folded somewhere, as a mail program may fold them.
    const folded = fc
      .tuple(line, fc.nat(), fc.constantFrom('\r\n ', '\n\t', '\r\n\t'))
      .map(([lines, at, fold]) => {
        const [text] = lines
        const cut = at % (text!.length + 1)
        if (lines.length > 1 || at % 3 !== 0) return lines
        return [`${text!.slice(0, cut)}${fold}${text!.slice(cut)}`]
      })
    const events = fc.array(
      fc.array(folded, { maxLength: 6 }).map((lists) => lists.flat()),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    let read = 0
    fc.assert(
      fc.property(events, fc.boolean(), (lists, lf) => {
        const text = calendar(
          lists.map((lines) => event(...lines)),
          lf ? '\n' : '\r\n',
        )
        read += eventsReadAlike(text, 2)
      }),
      { numRuns: 600 },
    )
    // Not a test that passes by leaving everything to ical.js.
    expect(read).toBeGreaterThan(500)
  })
})
