import type { Database } from 'better-sqlite3'

export const name = 'contact title'

/**
 * How the contact is addressed (Bapak/Mr or Ibu/Ms). Existing rows get NULL: the title is unknown, and
 * drafts then use the name without a guessed title rather than "Bapak/Ibu <name>".
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE interviews ADD COLUMN contact_title TEXT CHECK (contact_title IN ('mr', 'ms'))`)
}
