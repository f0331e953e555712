import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { createInterviews } from '../../src/main/services/interviews'
import { newInterviewId } from '../../src/main/services/interviewId'
import { STATUSES, idSchema, type Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { calendarText } from '../helpers/icsCalendar'
import { interviewInput, tempDir } from '../helpers/temp'

const NOW = new Date('2026-11-22T03:00:00.000Z')

/**
 * The statement that wrote the "created"/"imported" entries until the detail was written in TypeScript: the
 * reference the entries are held to, byte for byte, from the stored row.
 */
const iso = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`
const REFERENCE = `SELECT h.interview_id AS id, h.at, h.change, h.detail,
    json_patch(json_object('startsAt', ${iso('i.starts_at')}, 'endsAt', ${iso('i.ends_at')}, 'status', i.status),
               @extra) AS expected
  FROM interview_history h JOIN interviews i ON i.id = h.interview_id ORDER BY h.id`

function entries(db: Database, source?: 'file' | 'calendar') {
  return db.prepare(REFERENCE).all({ extra: JSON.stringify(source ? { source } : {}) }) as {
    id: string
    at: number
    change: string
    detail: string
    expected: string
  }[]
}

/** Whole records as a data file brings them: odd milliseconds, before 1970, leap days, far years. */
const TIMES = [
  ['2026-12-01T02:00:00.000Z', '2026-12-01T03:00:00.000Z'],
  ['2026-12-01T02:00:00.001Z', '2026-12-01T02:59:59.999Z'],
  ['2028-02-29T23:30:00.123Z', '2028-03-01T00:30:00.456Z'],
  ['1969-12-31T23:59:59.999Z', '1970-01-01T00:30:00.000Z'],
  ['1900-03-01T00:00:00.007Z', '1900-03-01T01:00:00.070Z'],
  ['0001-01-01T00:00:00.000Z', '0001-01-01T01:00:00.000Z'],
  ['9999-12-31T22:00:00.500Z', '9999-12-31T23:59:59.999Z'],
] as const

function record(index: number): Interview {
  const [startsAt, endsAt] = TIMES[index % TIMES.length]!
  return {
    ...(interviewInput() as unknown as Interview),
    id: newInterviewId(),
    startsAt,
    endsAt,
    status: STATUSES[index % STATUSES.length]!,
    createdAt: '2025-01-02T03:04:05.678Z',
    updatedAt: '2025-01-02T03:04:05.678Z',
  }
}

describe('the "created" and "imported" entries of new interviews', () => {
  it.each([
    ['created one by one', undefined, 1],
    ['imported from a data file, a remainder after whole chunks', 'file', 257],
    ['imported from a calendar, exactly two chunks', 'calendar', 200],
  ] as const)('%s: change, at and detail text are what the SQL wrote', async (_name, source, count) => {
    const dir = tempDir()
    const db = await openDatabase(join(dir, 'db.sqlite3'), { backupsDir: dir, now: () => NOW })
    const items = Array.from({ length: count }, (_, i) => ({ fields: record(i) }))
    const stored = db.transaction(() => createInterviews(db, NOW, items, source))()
    const rows = entries(db, source)
    db.close()
    expect(rows.map((row) => row.id)).toEqual(stored.map((interview) => interview.id))
    for (const row of rows) {
      expect(row.detail).toBe(row.expected)
      expect(row.at).toBe(NOW.getTime())
      expect(row.change).toBe(source ? 'imported' : 'created')
    }
  })

  it('a calendar import through the app writes one entry per event, as the SQL wrote them', async () => {
    const app = await testBackend()
    const result = await app.value<{ imported: number }>('ics/import', { text: calendarText(150) })
    expect(result.imported).toBe(150)
    const db = new BetterSqlite3(join(app.dir, 'db.sqlite3'), { readonly: true })
    const rows = entries(db, 'calendar')
    const count = (db.prepare('SELECT count(*) AS n FROM interviews').get() as { n: number }).n
    db.close()
    app.stop()
    expect(rows).toHaveLength(150)
    expect(new Set(rows.map((row) => row.id)).size).toBe(count)
    for (const row of rows) {
      expect(row.detail).toBe(row.expected)
      expect(row.change).toBe('imported')
      expect(row.at).toBe(NOW.getTime())
    }
    expect(JSON.parse(rows[0]!.detail)).toEqual({
      startsAt: expect.stringMatching(/^2027-\d\d-\d\dT\d\d:\d\d:00\.000Z$/),
      endsAt: expect.stringMatching(/^2027-\d\d-\d\dT\d\d:\d\d:00\.000Z$/),
      status: 'invited',
      source: 'calendar',
    })
  })
})

describe('interview ids', () => {
  it('are version 7 UUIDs the contract accepts, in the order they were made, within a millisecond too', () => {
    const at = Date.parse('2026-11-22T03:00:00.000Z')
    // 5000 in one millisecond: past the 4096 the counter holds, the count carries into the time.
    const ids = [...Array.from({ length: 5000 }, () => newInterviewId(at)), newInterviewId(at - 10)]
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const id of [ids[0]!, ids[4095]!, ids[4096]!, ids.at(-1)!]) {
      expect(idSchema.safeParse(id).success).toBe(true)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(parseInt(ids[0]!.replace('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(at)
    expect(ids.at(-1)!.slice(0, 8)).toBe(ids[0]!.slice(0, 8))
  })
})
