import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  latestVersion,
  migrate,
  MIGRATIONS,
  schemaVersion,
  type Migration,
} from '../../src/main/db/migrations'
import { DbOpenError } from '../../src/main/db/errors'
import { tempDir } from '../helpers/temp'

const tables = (db: BetterSqlite3.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  ).map((row) => row.name)

const fresh = () => new BetterSqlite3(join(tempDir(), 'db.sqlite3'))

describe('migrations', () => {
  it('bring a fresh database to the newest version with STRICT tables', () => {
    const db = fresh()
    expect(migrate(db)).toEqual({ from: 0, to: latestVersion() })
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    expect(tables(db)).toEqual([
      'app_state',
      'follow_ups',
      'interview_history',
      'interviews',
      'reminders_shown',
      'settings',
      'travel_times',
    ])
    const strict = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'interviews'").get() as {
      sql: string
    }
    expect(strict.sql).toMatch(/\) STRICT$/)
  })

  it('apply step by step: version 1 first, then the rest from where it stopped', () => {
    const db = fresh()
    migrate(db, MIGRATIONS.slice(0, 1))
    expect(schemaVersion(db)).toBe(1)
    expect(tables(db)).not.toContain('interview_history')
    expect(migrate(db)).toEqual({ from: 1, to: latestVersion() })
    expect(tables(db)).toContain('interview_history')
  })

  it('are idempotent: running again changes nothing', () => {
    const db = fresh()
    migrate(db)
    expect(migrate(db)).toEqual({ from: latestVersion(), to: latestVersion() })
  })

  it('roll a failing migration back completely and keep the previous version', () => {
    const db = fresh()
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'half done',
      up: (handle) => {
        handle.exec('CREATE TABLE half (x INTEGER) STRICT')
        throw new Error('disk on fire')
      },
    }
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('disk on fire')
    expect(schemaVersion(db)).toBe(latestVersion())
    expect(tables(db)).not.toContain('half')
  })

  it('refuse a database written by a newer app, untouched', () => {
    const db = fresh()
    migrate(db)
    db.pragma('user_version = 99')
    expect(() => migrate(db)).toThrow(DbOpenError)
    expect(() => migrate(db)).toThrow(/newer version/)
    expect(schemaVersion(db)).toBe(99)
  })

  it('refuse a list with a gap in the numbering', () => {
    const gap = [MIGRATIONS[0]!, { ...MIGRATIONS[1]!, version: 3 }]
    expect(() => migrate(fresh(), gap)).toThrow(/expected 2/)
  })
})

describe('migration 9: the interviews table rebuilt with its checks as comparisons', () => {
  const at8 = () => {
    const db = fresh()
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 8))
    db.prepare(
      `INSERT INTO interviews (id, company, position, contact_name, contact_title, contact_role, contact_email,
         contact_phone, mode, location, meeting_url, access_code, starts_at, ends_at, time_zone, status,
         reference_number, priority, notes, reschedule, created_at, updated_at, ics_uid)
       VALUES ('i1', 'PT A', 'Analyst', 'Rina', 'ms', 'hr', 'r@a.co.id', '+6281234567890', 'video', NULL,
         'https://meet.google.com/abc', '735102', 1000, 2000, 'Asia/Jakarta', 'confirmed', 'REF/1', 2, 'n',
         '{"proposals":[]}', 10, 20, 'uid-1@example.com'),
         ('i2', 'PT B', 'Staf', NULL, NULL, NULL, NULL, NULL, 'onsite', 'Gedung 5', NULL, NULL, 3000, 4000,
         'Asia/Makassar', 'invited', NULL, NULL, NULL, NULL, 10, 20, NULL)`,
    ).run()
    db.prepare(
      "INSERT INTO interview_history (interview_id, at, change, detail) VALUES ('i1', 10, 'created', '{}')",
    ).run()
    db.prepare(
      "INSERT INTO follow_ups (id, interview_id, type, kind, at) VALUES ('f1', 'i1', 'log', 'note', 10)",
    ).run()
    return db
  }
  const rows = (db: BetterSqlite3.Database) =>
    db.prepare('SELECT rowid, * FROM interviews ORDER BY id').all() as Record<string, unknown>[]

  it('keeps every row, value and link, and foreign keys stay on', () => {
    const db = at8()
    const before = rows(db)
    migrate(db)
    expect(schemaVersion(db)).toBe(9)
    // Same values by column (the column order may differ from an old store's).
    expect(rows(db)).toEqual(before)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.prepare('SELECT count(*) AS n FROM interview_history').get()).toEqual({ n: 1 })
    expect(db.pragma('foreign_key_check')).toEqual([])
    // The links still cascade: removing the interview removes its history and follow-ups.
    db.prepare("DELETE FROM interviews WHERE id = 'i1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM interview_history').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM follow_ups').get()).toEqual({ n: 0 })
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'interviews' AND sql IS NOT NULL",
      )
      .all()
    expect(indexes.map((row) => (row as { name: string }).name).sort()).toEqual([
      'interviews_by_ics_uid',
      'interviews_by_start',
      'interviews_with_requests',
    ])
  })

  it.each([
    ['mode', "'email'"],
    ['status', "'done'"],
    ['contact_role', "'boss'"],
    ['contact_title', "'dr'"],
    ['priority', '6'],
    ['ends_at', '0'],
    ['reschedule', "'not json'"],
  ])('still refuses a bad %s (%s)', (column, value) => {
    const db = at8()
    migrate(db)
    expect(() => db.prepare(`UPDATE interviews SET ${column} = ${value} WHERE id = 'i2'`).run()).toThrow(
      /CHECK constraint failed/,
    )
  })

  it('a failing check aborts the whole rebuild and keeps version 8', () => {
    const db = at8()
    db.pragma('foreign_keys = OFF')
    db.prepare(
      "INSERT INTO follow_ups (id, interview_id, type, kind, at) VALUES ('f2', 'gone', 'log', 'x', 1)",
    ).run()
    db.pragma('foreign_keys = ON')
    expect(() => migrate(db)).toThrow(/pointing at nothing/)
    expect(schemaVersion(db)).toBe(8)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(rows(db)).toHaveLength(2)
  })
})
