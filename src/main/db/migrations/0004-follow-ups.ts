import type { Database } from 'better-sqlite3'

export const name = 'follow-ups'

/** The log of every contact with a company, and the tasks to follow up on by a date. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE follow_ups (
      id TEXT PRIMARY KEY,
      interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
      type TEXT NOT NULL CHECK (type IN ('log', 'task')),
      kind TEXT NOT NULL,
      channel TEXT CHECK (channel IN ('email', 'phone', 'whatsapp', 'in-person', 'other')),
      at INTEGER NOT NULL,
      due_at INTEGER,
      done_at INTEGER,
      subject TEXT,
      body TEXT,
      note TEXT,
      CHECK (type = 'log' OR due_at IS NOT NULL)
    ) STRICT;

    CREATE INDEX follow_ups_by_interview ON follow_ups (interview_id, at);
    CREATE INDEX follow_ups_open_tasks ON follow_ups (due_at) WHERE type = 'task' AND done_at IS NULL;
  `)
}
