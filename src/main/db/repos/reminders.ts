import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

export function shownKeys(db: Database, keys: readonly string[]): Set<string> {
  if (keys.length === 0) return new Set()
  // One statement for any number of keys: the list travels as a JSON array.
  const rows = statement(
    db,
    'SELECT key FROM reminders_shown WHERE key IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(keys)) as { key: string }[]
  return new Set(rows.map((row) => row.key))
}

export function markShown(db: Database, keys: readonly string[], at: number): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO reminders_shown (key, shown_at) VALUES (?, ?)')
  for (const key of keys) insert.run(key, at)
}

export function readState(db: Database, key: string): string | undefined {
  return (
    statement(db, 'SELECT value FROM app_state WHERE key = ?').get(key) as { value: string } | undefined
  )?.value
}

export function writeState(db: Database, key: string, value: string): void {
  statement(
    db,
    'INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value)
}
