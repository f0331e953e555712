import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

/** Settings are stored one row per field (JSON value), so adding a field never rewrites the others. */
export function readStoredSettings(db: Database): Record<string, unknown> {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[]
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
}

export function writeStoredSettings(db: Database, changes: Record<string, unknown>): void {
  const upsert = statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )
  const remove = statement(db, 'DELETE FROM settings WHERE key = ?')
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) remove.run(key)
    else upsert.run(key, JSON.stringify(value))
  }
}
