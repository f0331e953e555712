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
