import type { Database } from 'better-sqlite3'

export const name = 'travel times and reminders'

export function up(db: Database): void {
  db.exec(`
    -- One row per pair of places, stored once in name order; the key columns hold normalized names.
    CREATE TABLE travel_times (
      place_a_key TEXT NOT NULL,
      place_b_key TEXT NOT NULL,
      place_a TEXT NOT NULL,
      place_b TEXT NOT NULL,
      minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
      PRIMARY KEY (place_a_key, place_b_key),
      CHECK (place_a_key < place_b_key)
    ) STRICT;

    -- Reminders already shown, so each is shown once, across restarts.
    CREATE TABLE reminders_shown (
      key TEXT PRIMARY KEY,
      shown_at INTEGER NOT NULL
    ) STRICT;

    -- Small bits of app state that are not user settings (e.g. when reminders were last checked).
    CREATE TABLE app_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `)
}
