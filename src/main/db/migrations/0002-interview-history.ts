import type { Database } from 'better-sqlite3'

export const name = 'interview history'

/** Every creation, reschedule and status change, so the user can see what changed when. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE interview_history (
      id INTEGER PRIMARY KEY,
      interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      change TEXT NOT NULL CHECK (change IN ('created', 'rescheduled', 'status')),
      detail TEXT NOT NULL
    ) STRICT;

    CREATE INDEX interview_history_by_interview ON interview_history (interview_id, at);
  `)
}
