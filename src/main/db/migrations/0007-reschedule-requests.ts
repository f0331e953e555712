import type { Database } from 'better-sqlite3'

export const name = 'reschedule requests and a readable history'

/** Every kind of entry the history holds (SQLite cannot widen a CHECK in place: the table is rebuilt). */
const CHANGES = [
  'created',
  'imported',
  'changed',
  'rescheduled',
  'status',
  'reschedule-requested',
  'reschedule-accepted',
  'reschedule-refused',
  'reschedule-withdrawn',
  'message-sent',
]

/**
 * A sent reschedule request waits on the interview (`reschedule`, JSON: proposed times and when it was
 * asked) until the company answers; the interview's own times stay what was agreed.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE interviews ADD COLUMN reschedule TEXT CHECK (reschedule IS NULL OR json_valid(reschedule));

    CREATE TABLE interview_history_next (
      id INTEGER PRIMARY KEY,
      interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      change TEXT NOT NULL CHECK (change IN (${CHANGES.map((c) => `'${c}'`).join(', ')})),
      detail TEXT NOT NULL
    ) STRICT;
    INSERT INTO interview_history_next (id, interview_id, at, change, detail)
      SELECT id, interview_id, at, change, detail FROM interview_history;
    DROP TABLE interview_history;
    ALTER TABLE interview_history_next RENAME TO interview_history;
    CREATE INDEX interview_history_by_interview ON interview_history (interview_id, at);
  `)
}
