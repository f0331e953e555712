import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeIcs } from '../../src/main/ics/decode'
import { exportIcs } from '../../src/main/ics/export'
import { readPlainCalendar } from '../../src/main/ics/lean'
import { parseInvitations } from '../../src/main/ics/parse'
import { calendarText } from '../helpers/icsCalendar'
import { at, settings } from '../helpers/interviews'

const options = { userZone: 'Asia/Jakarta', now: Date.parse('2026-11-22T03:00:00Z') }
const FIXTURES = join(__dirname, '../fixtures/ics')
const fixtures = readdirSync(FIXTURES).map((name) => ({
  name,
  text: decodeIcs(readFileSync(join(FIXTURES, name))).text,
}))

/** What parseInvitations answers (or the error it throws) with the plain reader allowed or not. */
const answer = (text: string, plain: boolean) => {
  try {
    return { result: parseInvitations(text, { ...options, plain }) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}
/** The calendar part parseInvitations hands to the readers (from the first BEGIN to the last END). */
const part = (text: string) => text.slice(text.indexOf('BEGIN:VCALENDAR'))
const readsPlainly = (text: string) => readPlainCalendar(part(text)) !== undefined

describe('the plain-calendar reader gives what ical.js gives, or leaves the file to it', () => {
  it.each(fixtures)('fixture $name', ({ text }) => {
    expect(answer(text, true)).toStrictEqual(answer(text, false))
  })

  it('reads plain invitations itself and leaves series, file-defined zones and damage to ical.js', () => {
    const plain = fixtures.filter(({ text }) => readsPlainly(text)).map(({ name }) => name)
    expect(plain).toEqual(
      expect.arrayContaining([
        'google-invite.ics',
        'outlook-windows-zone.ics',
        'quoted-organizer.ics',
        'teams-invite.ics',
        'two-calendars.ics',
        'zero-length.ics',
      ]),
    )
    const series = [
      'many-occurrences.ics',
      'outlook-display-zone.ics',
      'rdate-period.ics',
      'teams-series-ended.ics',
    ]
    for (const name of series) expect(plain).not.toContain(name)
  })

  it('the 10 000-event bench calendar and our own export', () => {
    const bench = calendarText(2000)
    expect(readsPlainly(bench)).toBe(true)
    expect(answer(bench, true)).toStrictEqual(answer(bench, false))
    const interviews = [
      at('2026-12-07T03:00', 60, { company: 'PT A, Tbk; "B"\\C', notes: 'line 1\nline 2, ok' }),
      at('2026-12-08T03:00', 90, { mode: 'video', meetingUrl: 'https://zoom.us/j/1?pwd=a,b;c' }),
      at('2026-12-09T03:00', 30, { status: 'cancelled', contact: { name: 'Budi', email: 'b@x.co.id' } }),
    ]
    const own = exportIcs(interviews, settings(), new Map(), new Date(options.now))
    expect(readsPlainly(own)).toBe(true)
    expect(answer(own, true)).toStrictEqual(answer(own, false))
  })

  /** Lines real files hold, the plain and the odd: each calendar is a random pick of them. */
  const ZONES = ['Asia/Jakarta', 'SE Asia Standard Time', '(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Mars/Base']
  const plainLine = fc.constantFrom(
    'UID:a@example.com',
    'UID: spaced ',
    'DTSTART:20261207T030000Z',
    'DTSTART:20261207T100000',
    'DTSTART:20261207',
    'DTSTART;VALUE=DATE:20261207',
    'DTSTART;VALUE=DATE-TIME:20261207T100000',
    'DTEND:20261207T040000Z',
    'DTEND:20261207T030000Z',
    'DTEND;VALUE=DATE:20261208',
    'DURATION:PT45M',
    'DURATION:nonsense',
    'SUMMARY:Interview User - Product Analyst (Budi) - PT Toko Maju',
    'SUMMARY:Wawancara\\, tahap 2\\; PT A\\\\B\\nbaris',
    'summary:lower-case name',
    'DESCRIPTION:No. referensi: TMD/REC/2026/0877\\nPasscode: 735102\\nhttps://zoom.us/j/123',
    'DESCRIPTION;LANGUAGE=id:Hubungi 0812-3456-7890',
    'LOCATION:Gedung 5\\, Jl. Sudirman',
    'URL:https://meet.google.com/abc-defg-hij',
    'URL;VALUE=URI:https://teams.microsoft.com/l/meetup-join/1',
    'ORGANIZER;CN=Rina:mailto:rina@example.co.id',
    'ORGANIZER;CN="Kartika, Rina; HR":mailto:rina@example.co.id',
    'ORGANIZER;CN="Rina":"mailto:rina@example.co.id"',
    'ORGANIZER;SENT-BY="mailto:a@b.co";CN=A:MAILTO:A@B.CO',
    'ORGANIZER:',
    'STATUS:CANCELLED',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Budi Santoso:mailto:b@x.co',
    'ATTENDEE;DELEGATED-FROM="mailto:a@b.co","mailto:c@d.co":mailto:e@f.co',
    'ATTENDEE;CN="x:y":mailto:e@f.co',
    'ATTENDEE;=x:mailto:e@f.co',
    'ATTENDEE;CN="unclosed:mailto:e@f.co',
    'DTSTAMP:20261120T081500Z',
    'SEQUENCE:0',
    'CATEGORIES:a,b\\,c',
    'GEO:1.5;2.5',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'X-INTERVIEW-DESK-COMPANY:PT Own\\, Tbk',
    'X-INTERVIEW-DESK-POSITION:Analyst',
    'X-INTERVIEW-DESK-MODE:video',
    'X-INTERVIEW-DESK-VERSION:2',
    'BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM',
  )
  const oddLine = fc.constantFrom(
    'DTSTART;VALUE=PERIOD:20261207T100000Z/PT1H',
    'DTSTART:2026-12-07',
    'DTSTART:20260231T100000Z',
    "ORGANIZER;CN=R^'ina^n:mailto:r@example.co.id",
    'ORGANIZER;CN=R\\,ina:mailto:r@example.co.id',
    'ORGANIZER;CN=A;DELEGATED-TO="mailto:a@b.co","mailto:c@d.co":mailto:a@b.co',
    'ATTENDEE;X-BROKEN:mailto:e@f.co',
    'X-ODD;VALUE=RECUR:FREQ=NEVER',
    'X-ODD;VALUE=PERIOD:20261207T100000Z',
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'RDATE:20261210T030000Z',
    'EXDATE:20261214T030000Z',
    'RECURRENCE-ID:20261207T030000Z',
    'no colon here',
    '',
    ' folded continuation',
    'BEGIN:VALARM\r\nTRIGGER:-PT15M',
    'END:VALARM',
    'BEGIN;X=1:VALARM',
    'BEGIN:VEVENT ',
  )
  const eventLine = fc.oneof(
    { arbitrary: plainLine, weight: 30 },
    { arbitrary: oddLine, weight: 1 },
    fc.constantFrom(...ZONES).map((zone) => `DTSTART;TZID=${zone}:20261207T100000`),
    fc.constantFrom(...ZONES).map((zone) => `DTEND;TZID="${zone}":20261207T110000`),
  )
  const vevent = fc
    .array(eventLine, { maxLength: 10 })
    .map((lines) => ['BEGIN:VEVENT', 'UID:e@example.com', 'DTSTART:20261207T030000Z', ...lines, 'END:VEVENT'])
  const calendarLine = fc.constantFrom(
    'METHOD:CANCEL',
    'METHOD:REQUEST',
    'METHOD;X=1:CANCEL',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'X-WR-TIMEZONE:Asia/Jakarta',
    'BEGIN:VTIMEZONE\r\nTZID:Mars/Base\r\nX-LIC-LOCATION:Asia/Jakarta\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nEND:STANDARD\r\nEND:VTIMEZONE',
    'BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nEND:STANDARD\r\nEND:VTIMEZONE',
    'BEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\nRRULE:FREQ=NEVER\r\nEND:STANDARD\r\nEND:VTIMEZONE',
  )
  const vcalendar = fc
    .tuple(fc.array(calendarLine, { maxLength: 2 }), fc.array(vevent, { minLength: 1, maxLength: 3 }))
    .map(([lines, events]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, ...events.flat(), 'END:VCALENDAR'])
  const file = fc
    .tuple(fc.array(vcalendar, { minLength: 1, maxLength: 2 }), fc.constantFrom('\r\n', '\n'))
    .map(([calendars, newline]) => calendars.flat().join(newline).replace(/\r\n/g, newline))

  it('generated calendars: the same answer both ways, and most plain ones read plainly', () => {
    let plain = 0
    fc.assert(
      fc.property(file, (text) => {
        if (readsPlainly(text)) plain += 1
        expect(answer(text, true)).toStrictEqual(answer(text, false))
      }),
      { numRuns: 1500, seed: 12 },
    )
    // The comparison means something only if the plain reader took a good share of them itself.
    expect(plain).toBeGreaterThan(300)
  })

  it('damaged calendars (a character inserted or removed anywhere): the same answer both ways', () => {
    const damaged = fc
      .tuple(file, fc.nat(), fc.constantFrom('', ';', ':', ',', '"', '\\', '^', ' ', '\r\n', '\n', '=', 'x'))
      .map(([text, position, insert]) => {
        const at = position % (text.length + 1)
        return insert === ''
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + insert + text.slice(at)
      })
    fc.assert(
      fc.property(damaged, (text) => {
        expect(answer(text, true)).toStrictEqual(answer(text, false))
      }),
      { numRuns: 1500, seed: 21 },
    )
  })
})
