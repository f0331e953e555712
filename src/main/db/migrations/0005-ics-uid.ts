import type { Database } from 'better-sqlite3'

export const name = 'calendar UID of imported interviews'

/** The UID an interview was imported under, so importing the same invitation again updates it. */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE interviews ADD COLUMN ics_uid TEXT;
    CREATE UNIQUE INDEX interviews_by_ics_uid ON interviews (ics_uid) WHERE ics_uid IS NOT NULL;
  `)
}
