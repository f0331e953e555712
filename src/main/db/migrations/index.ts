import type { Database } from 'better-sqlite3'
import * as m0001 from './0001-interviews'
import * as m0002 from './0002-interview-history'
import * as m0003 from './0003-travel-and-reminders'
import * as m0004 from './0004-follow-ups'
import * as m0005 from './0005-ics-uid'
import * as m0006 from './0006-contact-title'
import * as m0007 from './0007-reschedule-requests'
import * as m0008 from './0008-range-indexes'
import * as m0009 from './0009-cheaper-checks'
import { DbOpenError } from '../errors'

export interface Migration {
  version: number
  name: string
  up: (db: Database) => void
  /**
   * Rebuilds a table others refer to: foreign keys are off while it runs (dropping the old table would
   * otherwise delete every row that refers to it) and checked before it commits.
   */
  foreignKeysOff?: boolean
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m0001 },
  { version: 2, ...m0002 },
  { version: 3, ...m0003 },
  { version: 4, ...m0004 },
  { version: 5, ...m0005 },
  { version: 6, ...m0006 },
  { version: 7, ...m0007 },
  { version: 8, ...m0008 },
  { version: 9, ...m0009 },
]

export const latestVersion = (migrations: readonly Migration[] = MIGRATIONS): number =>
  migrations.at(-1)?.version ?? 0

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema to the newest version, one transaction per migration, so a failing migration leaves
 * the database at the last version that fully applied. A database from a newer app is refused untouched.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`)
    }
  })
  const from = schemaVersion(db)
  const latest = latestVersion(migrations)
  if (from > latest) throw tooNew(from, latest)
  for (const migration of migrations.slice(from)) {
    // The pragma is a no-op inside a transaction: it is set before and restored after.
    const enforced = db.pragma('foreign_keys', { simple: true }) === 1
    if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        migration.up(db)
        if (migration.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(`Migration ${migration.name} left rows pointing at nothing`)
        // user_version lives in the file header, which is part of the transaction.
        db.pragma(`user_version = ${migration.version}`)
      })()
    } finally {
      if (migration.foreignKeysOff) db.pragma(`foreign_keys = ${enforced ? 'ON' : 'OFF'}`)
    }
  }
  return { from, to: latest }
}

export function tooNew(found: number, latest: number): DbOpenError {
  return new DbOpenError(
    'too-new',
    `This database was written by a newer version of Interview Desk (schema ${found}; this version knows up to ${latest}). Update the app to open it.`,
  )
}
