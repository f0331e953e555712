import type { Database } from 'better-sqlite3'

export const name = 'interviews and settings'

/** 'IDsk': marks the file as ours, so another program's SQLite file is never migrated into shape. */
export const APPLICATION_ID = 0x4944736b

export function up(db: Database): void {
  db.pragma(`application_id = ${APPLICATION_ID}`)
  db.exec(`
    CREATE TABLE interviews (
      id TEXT PRIMARY KEY,
      company TEXT NOT NULL,
      position TEXT NOT NULL,
      contact_name TEXT,
      contact_role TEXT CHECK (contact_role IN ('recruiter', 'hiring-manager', 'hr', 'interviewer', 'other')),
      contact_email TEXT,
      contact_phone TEXT,
      mode TEXT NOT NULL CHECK (mode IN ('onsite', 'video', 'phone')),
      location TEXT,
      meeting_url TEXT,
      access_code TEXT,
      starts_at INTEGER NOT NULL,
      ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
      time_zone TEXT NOT NULL,
      status TEXT NOT NULL
        CHECK (status IN ('invited', 'confirmed', 'cancelled', 'declined', 'completed', 'no-show')),
      reference_number TEXT,
      priority INTEGER CHECK (priority BETWEEN 1 AND 5),
      notes TEXT,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    -- Range queries ("what overlaps this week") search on start; durations are capped at 24 h.
    CREATE INDEX interviews_by_start ON interviews (starts_at);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `)
}
