import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { calendarChunks } from '../../src/main/ics/chunks'
import { decodeIcs } from '../../src/main/ics/decode'
import { readPlainEvents } from '../../src/main/ics/plainEvents'
import { parseInvitations, type ParsedInvitation, type ParseOptions } from '../../src/main/ics/parse'
import { practiceCalendar } from '../../src/main/parsing/warmUp'
import { calendarText } from '../helpers/icsCalendar'

const NOW = Date.UTC(2026, 0, 10, 3)
const options = { userZone: 'Asia/Jakarta', now: NOW }
const fixtures = join(__dirname, '../fixtures/ics')

/** The practice calendar without its moved occurrences (a file with RECURRENCE-ID is never cut). */
function plainCalendar(events: number): string {
  const text = practiceCalendar(events)
  return text.replace(
    /BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[^])*?RECURRENCE-ID(?:(?!END:VEVENT)[^])*END:VEVENT\r\n/g,
    '',
  )
}

/** Reads a text both ways, the grouped way through onPart as the import does. */
function bothWays(text: string, extra: Partial<ParseOptions> = {}) {
  const whole = parseInvitations(text, { ...options, ...extra, grouped: false })
  const parts: ParsedInvitation[][] = []
  const grouped = parseInvitations(text, { ...options, ...extra, onPart: (part) => parts.push(part) })
  return { whole, grouped: { ...grouped, invitations: [...parts.flat(), ...grouped.invitations] }, parts }
}

describe('a large plain calendar is parsed a group of events at a time', () => {
  it('cuts a plain file into its frame and groups of events, each a calendar of its own', () => {
    const text = plainCalendar(1200)
    const chunks = calendarChunks(text, 500)!
    expect(chunks.groups).toHaveLength(Math.ceil((text.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0) / 500))
    expect(chunks.frame).not.toMatch(/VEVENT/)
    expect(chunks.frame).toMatch(/BEGIN:VTIMEZONE[^]*TZID:Practice\/Zone/)
    const texts = chunks.groups.map((group) => chunks.groupText(group))
    for (const group of texts)
      expect(group).toMatch(/^BEGIN:VCALENDAR\r\n[^]*TZID:Practice\/Zone[^]*END:VCALENDAR\r\n$/)
    const events = texts.join('').match(/^BEGIN:VEVENT\r$/gm)?.length
    expect(events).toBe(text.match(/^BEGIN:VEVENT\r$/gm)?.length)
  })

  it('leaves whole any file it cannot cut exactly', () => {
    const plain = plainCalendar(30)
    expect(calendarChunks(practiceCalendar(30), 10)).toBeUndefined() // RECURRENCE-ID
    expect(calendarChunks(plain + plain, 10)).toBeUndefined() // two calendars
    expect(calendarChunks(plain.replace('END:VEVENT', 'END:VEVENT '), 10)).toBeUndefined()
    expect(calendarChunks(plain.replace('BEGIN:VEVENT', 'begin:vevent'), 10)).toBeUndefined()
    expect(calendarChunks(plain.replace('END:VEVENT\r\n', 'END:VEVENT\r\n X-FOLDED\r\n'), 10)).toBeUndefined()
    const nested = plain.replace('END:VTIMEZONE', 'BEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VTIMEZONE')
    expect(calendarChunks(nested, 10)).toBeUndefined()
    expect(calendarChunks(plain.replace(/\r\n/g, '\n'), 10)?.groups).toHaveLength(3)
  })

  it('reads every fixture and generated calendar exactly as the whole-file parse does', () => {
    const texts = readdirSync(fixtures)
      .filter((name) => name.endsWith('.ics'))
      .map((name) => decodeIcs(readFileSync(join(fixtures, name))).text)
    texts.push(plainCalendar(1200), plainCalendar(501), calendarText(1100), practiceCalendar(600))
    texts.push(calendarText(1100).replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:CANCEL'))
    texts.push(plainCalendar(700).replace(/\r\n/g, '\n'))
    for (const text of texts) {
      const { whole, grouped } = bothWays(text)
      expect(grouped).toEqual(whole)
    }
  })

  it('reads a group partly itself and partly with ical.js, in file order, as the whole-file parse does', () => {
    const lines = calendarText(1100).split('\r\n')
    // Event 600 repeats, event 700 names a delegate: both are left to ical.js, the rest of their group is not.
    lines.splice(lines.indexOf('UID:bench-600@example.com') + 1, 0, 'RRULE:FREQ=WEEKLY;COUNT=3')
    const delegate = 'ATTENDEE;DELEGATED-FROM="mailto:a@x.id":mailto:b@x.id'
    lines.splice(lines.indexOf('UID:bench-700@example.com') + 1, 0, delegate)
    const text = lines.join('\r\n')
    const second = calendarChunks(text, 500)!.groups[1]!
    expect(readPlainEvents(text, second).filter((event) => !event)).toHaveLength(2)
    const { whole, grouped } = bothWays(text, { now: Date.UTC(2027, 0, 10) })
    expect(grouped).toEqual(whole)
    expect(whole.invitations.filter((each) => each.uid?.startsWith('bench-600@'))).toHaveLength(3)
  })

  it('sends the invitations on a group at a time as they are read, and keeps none back', () => {
    const { grouped, parts, whole } = bothWays(calendarText(1200))
    expect(parts.map((part) => part.length)).toEqual([500, 500, 200])
    expect(whole.invitations).toHaveLength(1200)
    expect(grouped.invitations).toHaveLength(1200)
  })

  it('a file read whole is sent on in parts too, once it is parsed', () => {
    const text = practiceCalendar(1100)
    expect(calendarChunks(text, 500)).toBeUndefined()
    const { grouped, parts, whole } = bothWays(text)
    expect(parts.length).toBeGreaterThan(1)
    expect(grouped).toEqual(whole)
  })

  it('a damaged line in a later group refuses the file as the whole parse does, after earlier parts were sent', () => {
    const lines = calendarText(1200).split('\r\n')
    const last = lines.lastIndexOf('END:VEVENT')
    lines.splice(last, 0, 'this line is not calendar format')
    const text = lines.join('\r\n')
    const parts: ParsedInvitation[][] = []
    expect(() => parseInvitations(text, { ...options, grouped: false })).toThrow(/cannot be read/)
    expect(() => parseInvitations(text, { ...options, onPart: (part) => parts.push(part) })).toThrow(
      /cannot be read/,
    )
    expect(parts.flat()).toHaveLength(1000)
  })
})
