import ICAL from 'ical.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText, fold, stampOf, utcStamp, writeCalendar, type IcsEvent } from '../../src/main/ics/writer'

const octets = (line: string) => new TextEncoder().encode(line).length

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'a@interview-desk',
  start: new Date('2026-12-07T03:00:00Z'),
  end: new Date('2026-12-07T04:00:00Z'),
  summary: 'PT Maju, Tbk; Jakarta \\ Pusat',
  x: [],
  alarms: [],
  ...overrides,
})

const write = (events: IcsEvent[]) =>
  writeCalendar({ name: 'Interview Desk', prodId: '-//t//t//EN', stamp: new Date(0), events })

describe('ics writer', () => {
  it('escapes TEXT values as RFC 5545 says', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf')
  })

  it('writes UTC stamps', () => {
    expect(utcStamp(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z')
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'Wawancara di Gedung Ratu Plaza 🇮🇩 é '.repeat(6)}`
    const lines = fold(line).split('\r\n')
    expect(lines.length).toBeGreaterThan(2)
    for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(lines.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line)
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short')
  })

  it('keeps a URI as it is and drops quotes from a parameter', () => {
    const text = write([
      event({ url: 'https://zoom.us/j/1?pwd=a,b', organizer: { name: 'Sari "W", HR', email: 's@x.co' } }),
    ])
    expect(text).toContain('URL;VALUE=URI:https://zoom.us/j/1?pwd=a,b\r\n')
    expect(text).toContain('ORGANIZER;CN="Sari W, HR":mailto:s@x.co\r\n')
  })

  it('gives back every text exactly when ical.js reads it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ maxLength: 80 }),
        (summary, place) => {
          const clean = (value: string) => value.replace(/\r\n?/g, '\n')
          const text = write([
            event({ summary: summary || 'x', location: place || undefined, description: summary }),
          ])
          const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!
          expect(vevent.getFirstPropertyValue('summary')).toBe(clean(summary || 'x'))
          if (place) expect(vevent.getFirstPropertyValue('location')).toBe(clean(place))
          for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('writes alarms before the start and a cancelled status', () => {
    const text = write([
      event({
        cancelled: true,
        alarms: [
          { minutesBefore: 30, description: 'soon' },
          { minutesBefore: 120, description: 'later' },
          { minutesBefore: 1440, description: 'tomorrow' },
        ],
      }),
    ])
    expect(text).toContain('STATUS:CANCELLED')
    expect(text).toMatch(/TRIGGER:-PT30M[\s\S]*TRIGGER:-PT2H[\s\S]*TRIGGER:-P1D/)
  })
})

describe('ics writer shortcuts give what the plain forms give', () => {
  it('a stamp from epoch milliseconds (halves cached) equals the one from a Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000_000, max: 260_000_000_000_000 }), (ms) => {
        expect(stampOf(ms)).toBe(utcStamp(new Date(ms)))
        expect(stampOf(new Date(ms))).toBe(utcStamp(new Date(ms)))
      }),
      { numRuns: 2000 },
    )
  })

  it('escapes a lone CR, and leaves a value that needs nothing as it is', () => {
    expect(escapeText('a\rb\r\n\nc')).toBe('a\\nb\\n\\nc')
    const plain = 'PT Maju Jaya Tbk'
    expect(escapeText(plain)).toBe(plain)
  })

  it('tests an organizer name for non-ASCII: a long accented name is folded by octets', () => {
    const name = 'É'.repeat(40)
    const text = write([event({ organizer: { name, email: 'hr@example.co.id' } })])
    for (const part of text.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(text.replace(/\r\n /g, '')).toContain(`ORGANIZER;CN=${name}:mailto:hr@example.co.id\r\n`)
  })
})
