import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBackend, type Backend } from '../../src/main/backend'
import type { IcsImportResult } from '../../src/shared/model/exchange'

const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`))
const date = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 2025, max: 2028 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 35 }),
    )
    .map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
  digits(8),
)
const time = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}00`),
  digits(6),
)
const zone = fc.constantFrom(
  'Asia/Jakarta',
  'America/New_York',
  'SE Asia Standard Time',
  'Mars/Base',
  'UTC',
  '',
  '+07:00',
  'Europe/London',
)
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'PT Nusantara - Data Analyst',
    'Wawancara dengan Bank; "Sentosa", \\n',
    '💼 Interview at Kopi Kita',
  ),
)
const escape = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/[;,]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n')

const startLine = fc.oneof(
  fc.tuple(date, time).map(([d, t]) => `DTSTART:${d}T${t}Z`),
  fc.tuple(zone, date, time).map(([z, d, t]) => `DTSTART;TZID=${z}:${d}T${t}`),
  date.map((d) => `DTSTART;VALUE=DATE:${d}`),
  fc.string({ maxLength: 30 }).map((garbage) => `DTSTART:${garbage.replace(/[\r\n]/g, '')}`),
)
const endLine = fc.oneof(
  fc.constant(undefined),
  fc.tuple(date, time).map(([d, t]) => `DTEND:${d}T${t}Z`),
  fc.constantFrom('DURATION:PT45M', 'DURATION:P1D', 'DURATION:-PT1H', 'DURATION:PT0S', 'DURATION:nonsense'),
)
/** One VEVENT without recurrence, so every event must come back imported or skipped. */
const vevent = fc
  .record({
    uid: fc.uuid(),
    start: startLine,
    end: endLine,
    summary: text,
    location: fc.option(text),
    organizer: fc.option(text),
  })
  .map((e) =>
    [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      e.start,
      ...(e.end ? [e.end] : []),
      `SUMMARY:${escape(e.summary)}`,
      ...(e.location !== null ? [`LOCATION:${escape(e.location)}`] : []),
      ...(e.organizer !== null
        ? [`ORGANIZER;CN=${escape(e.organizer).replace(/[:"]/g, '')}:mailto:someone@example.com`]
        : []),
      'END:VEVENT',
    ].join('\r\n'),
  )
const calendar = fc.array(vevent, { minLength: 1, maxLength: 4 }).map((events) => ({
  text: ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n'),
  events: events.length,
}))

/** Known-bad files people and programs produce. */
const CORPUS = [
  '',
  'BEGIN:VCALENDAR',
  'END:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261207T030000Z\r\nRRULE:FREQ=NEVER\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261207T030000Z\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261207T030000Z\r\nRRULE:FREQ=DAILY;UNTIL=20200101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261207T030000Z\r\nRECURRENCE-ID:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR',
  '\ufeffBEGIN:VCALENDAR\rBEGIN:VEVENT\rUID:cr-only\rDTSTART:20261207T030000Z\rEND:VEVENT\rEND:VCALENDAR\r',
  `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:long\r\nDTSTART:20261207T030000Z\r\nSUMMARY:${'x'.repeat(100_000)}\r\nEND:VEVENT\r\nEND:VCALENDAR`,
  'BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Broken\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Broken:20261207T100000\r\nEND:VEVENT\r\nEND:VCALENDAR',
  '\u0000\u0001\u0002binary garbage\u00ff',
]

describe('fuzzing .ics import', () => {
  let backend: Backend
  // Its own folder for the whole file: tempDir() folders are removed after each test, and the app rightly
  // refuses to go on with a database file that was removed under it.
  const dir = mkdtempSync(join(tmpdir(), 'interview-desk-fuzz-'))
  beforeAll(async () => {
    backend = await startBackend({
      dbFile: join(dir, 'ics-fuzz.sqlite3'),
      system: { language: 'en', timeZone: 'Asia/Jakarta' },
    })
  })
  afterAll(() => {
    backend.stop()
    rmSync(dir, { recursive: true, force: true })
  })
  const preview = (input: string) => backend.registry.dispatch('ics/import', { text: input, preview: true })

  it('10 000 generated calendars: no crash, every event imported or skipped with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(calendar, fc.option(fc.nat(), { freq: 5 }), async ({ text: file, events }, cut) => {
        const truncated = cut !== null ? file.slice(0, cut % file.length) : file
        const result = await preview(truncated)
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION')
          return
        }
        const value = result.value as IcsImportResult
        if (truncated === file) expect(value.items).toHaveLength(events)
        for (const item of value.items) if (item.action === 'skip') expect(item.reason).toMatch(/\w/)
      }),
      { numRuns: 10_000 },
    )
  }, 300_000)

  it.each(CORPUS.map((file, index) => [index, file] as const))(
    'known-bad file %i is refused or read, never a crash',
    async (_index, file) => {
      const result = await preview(file)
      if (!result.ok) expect(['VALIDATION']).toContain(result.error.code)
      else expect(Array.isArray((result.value as IcsImportResult).items)).toBe(true)
    },
  )
})
