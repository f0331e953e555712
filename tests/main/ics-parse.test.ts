import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeIcs } from '../../src/main/ics/decode'
import { splitSummary } from '../../src/main/invitations/summary'
import { parseInvitations } from '../../src/main/ics/parse'

const now = Date.parse('2026-11-22T03:00:00Z')
const options = { userZone: 'Asia/Jakarta', now }
const fixture = (name: string) => decodeIcs(readFileSync(join(__dirname, '../fixtures/ics', name))).text
const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n')
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')

describe('reading .ics bytes', () => {
  it('unfolds lines before decoding, so a fold inside a UTF-8 character does not break it', () => {
    const bytes = Buffer.from('SUMMARY:Wawancara — ü\r\n', 'utf8')
    const split = bytes.indexOf(0x94) // inside the em dash (E2 80 94)
    const folded = Buffer.concat([bytes.subarray(0, split), Buffer.from('\r\n '), bytes.subarray(split)])
    expect(decodeIcs(folded).text).toBe('SUMMARY:Wawancara — ü\r\n')
  })
})

describe('invitations from Google and Outlook', () => {
  it('Google: organizer as contact, Meet link as the meeting, reference number from the description', () => {
    const { invitations, skipped } = parseInvitations(fixture('google-invite.ics'), options)
    expect(skipped).toEqual([])
    expect(invitations).toMatchObject([
      {
        uid: '7kq2p1s0example@google.com',
        fields: {
          company: 'PT Nusantara Data Raya',
          position: 'Data Analyst',
          contact: { name: 'Rina Kartika', email: 'rina.kartika@example.co.id' },
          mode: 'video',
          meetingUrl: 'https://meet.google.com/abc-defg-hij',
          startsAt: '2026-12-07T03:00:00.000Z',
          endsAt: '2026-12-07T04:00:00.000Z',
          timeZone: 'Asia/Jakarta',
          status: 'invited',
          referenceNumber: 'REF-NDR/2026/117',
        },
      },
    ])
  })

  it('Outlook: a Windows zone name is read as its IANA zone; the location makes it onsite', () => {
    const [invitation] = parseInvitations(fixture('outlook-windows-zone.ics'), options).invitations
    expect(invitation!.fields).toMatchObject({
      company: 'Bank Sentosa Makmur',
      position: 'Business Intelligence Officer',
      mode: 'onsite',
      location: 'Sentosa Tower Lt. 5, BSD City, Tangerang',
      startsAt: '2026-12-08T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      contact: { name: 'Agus Pranoto' },
    })
  })
})

describe('times and zones', () => {
  it('an unknown TZID is skipped with a reason, never read as host time', () => {
    const text = calendar(event('UID:x', 'DTSTART;TZID=Mars/Olympus:20261207T100000', 'SUMMARY:A - B'))
    expect(parseInvitations(text, options)).toEqual({
      invitations: [],
      skipped: [{ uid: 'x', code: 'unknown-zone', params: { zone: 'Mars/Olympus' } }],
      notices: [],
    })
  })

  it('a custom VTIMEZONE defined in the file is used', () => {
    const text = calendar(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Office Time',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0530',
        'TZOFFSETTO:+0530',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
      event('UID:y', 'DTSTART;TZID=Office Time:20261207T100000', 'SUMMARY:A - B'),
    )
    expect(parseInvitations(text, options).invitations[0]!.fields).toMatchObject({
      startsAt: '2026-12-07T04:30:00.000Z',
      endsAt: '2026-12-07T05:30:00.000Z',
    })
  })

  it.each([
    [
      'DTEND missing, DURATION given',
      ['DTSTART:20261207T030000Z', 'DURATION:PT45M'],
      '2026-12-07T03:45:00.000Z',
    ],
    ['DTEND and DURATION missing: an hour', ['DTSTART:20261207T030000Z'], '2026-12-07T04:00:00.000Z'],
    [
      'all-day: the whole day in the user zone',
      ['DTSTART;VALUE=DATE:20261207', 'DTEND;VALUE=DATE:20261208'],
      '2026-12-07T17:00:00.000Z',
    ],
  ])('%s', (_name, lines, endsAt) => {
    const [invitation] = parseInvitations(
      calendar(event('UID:z', 'SUMMARY:A - B', ...lines)),
      options,
    ).invitations
    expect(invitation!.fields.endsAt).toBe(endsAt)
  })

  it('an impossible date (31 February) is skipped with a reason', () => {
    const result = parseInvitations(
      calendar(event('UID:feb', 'DTSTART:20270231T030000Z', 'SUMMARY:A - B')),
      options,
    )
    expect(result.skipped).toEqual([
      { uid: 'feb', code: 'impossible-date', params: { date: '2027-02-31T03:00:00Z' } },
    ])
  })

  it('a multi-day event is skipped: an interview lasts at most a day', () => {
    const result = parseInvitations(
      calendar(
        event('UID:long', 'DTSTART;VALUE=DATE:20261207', 'DTEND;VALUE=DATE:20261210', 'SUMMARY:A - B'),
      ),
      options,
    )
    expect(result.skipped).toMatchObject([{ code: 'too-long' }])
  })
})

describe('recurring invitations', () => {
  it('are expanded inside a bounded window, honouring EXDATE and RECURRENCE-ID', () => {
    const text = calendar(
      event(
        'UID:weekly',
        'SUMMARY:Panel - Interview',
        'DTSTART;TZID=Asia/Jakarta:20261201T100000',
        'DTEND;TZID=Asia/Jakarta:20261201T110000',
        'RRULE:FREQ=WEEKLY;COUNT=4',
        'EXDATE;TZID=Asia/Jakarta:20261208T100000',
      ),
      event(
        'UID:weekly',
        'RECURRENCE-ID;TZID=Asia/Jakarta:20261215T100000',
        'SUMMARY:Panel - Moved',
        'DTSTART;TZID=Asia/Jakarta:20261216T140000',
        'DTEND;TZID=Asia/Jakarta:20261216T150000',
      ),
    )
    const { invitations } = parseInvitations(text, options)
    expect(invitations.map((i) => [i.fields.startsAt, i.fields.position])).toEqual([
      ['2026-12-01T03:00:00.000Z', 'Interview'],
      ['2026-12-16T07:00:00.000Z', 'Moved'],
      ['2026-12-22T03:00:00.000Z', 'Interview'],
    ])
    expect(new Set(invitations.map((i) => i.uid)).size).toBe(3)
  })

  it('an endless rule stops at the end of the window', () => {
    const text = calendar(event('UID:daily', 'SUMMARY:A - B', 'DTSTART:20261201T030000Z', 'RRULE:FREQ=DAILY'))
    const { invitations } = parseInvitations(text, options)
    expect(invitations.length).toBeGreaterThan(300)
    expect(Date.parse(invitations.at(-1)!.fields.startsAt as string)).toBeLessThanOrEqual(
      now + 366 * 86_400_000,
    )
  })
})

describe('damaged files', () => {
  it.each([
    ['truncated in an event', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261207T030000Z\r\n'],
    ['missing END:VCALENDAR', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n'],
    ['not a calendar', 'hello'],
  ])('%s is refused whole', (_name, text) => {
    expect(() => parseInvitations(text, options)).toThrow(/incomplete|not a calendar/)
  })
})

describe('company and position from the summary', () => {
  it.each([
    ['Data Analyst at PT Nusantara', { company: 'PT Nusantara', position: 'Data Analyst' }],
    ['Interview: Bank Sentosa - BI Officer', { company: 'Bank Sentosa', position: 'BI Officer' }],
    [
      'Data Analyst - PT Nusantara Data Raya',
      { company: 'PT Nusantara Data Raya', position: 'Data Analyst' },
    ],
    ['Wawancara dengan PT Kopi Kita', { company: 'PT Kopi Kita', position: 'Wawancara dengan PT Kopi Kita' }],
    ['Phone screen', { company: 'Phone screen', position: 'Phone screen' }],
    [
      'Interview User - Product Analyst (Budi Santoso) - PT Toko Maju Digital',
      { company: 'PT Toko Maju Digital', position: 'Product Analyst' },
    ],
    [
      'Wawancara HR - Staf Keuangan - PT Mitra Sejahtera',
      { company: 'PT Mitra Sejahtera', position: 'Staf Keuangan' },
    ],
    [
      'Backend Engineer (Remote) - Awan Tech Pte. Ltd.',
      { company: 'Awan Tech Pte. Ltd.', position: 'Backend Engineer (Remote)' },
    ],
  ])('%s', (summary, expected) => {
    expect(splitSummary(summary)).toEqual(expected)
  })
})
