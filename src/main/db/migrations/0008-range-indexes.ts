import type { Database } from 'better-sqlite3'

export const name = 'range reads in list order, and an index of pending reschedule requests'

/**
 * Range reads (a month, the alert window) list by start, then id. With the start index alone SQLite sorted
 * every row again by id; indexed on both, rows come out in order. Every interview with a pending request
 * comes along with a range (its proposed times may fall in it): without an index that part scanned the whole
 * table, 50 000 rows per month shown and per `alerts/list`. A partial index holds only those few.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX interviews_by_start;
    CREATE INDEX interviews_by_start ON interviews (starts_at, id);
    CREATE INDEX interviews_with_requests ON interviews (starts_at, id) WHERE reschedule IS NOT NULL;
  `)
}
