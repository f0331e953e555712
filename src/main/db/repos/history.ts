import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import type { HistoryChange, HistoryDetail, HistoryEntry } from '../../../shared/model/history'

interface HistoryRow {
  id: number
  interview_id: string
  at: number
  change: HistoryChange
  detail: string
}

export function addHistory<C extends HistoryChange>(
  db: Database,
  entry: { interviewId: string; at: string; change: C; detail: HistoryDetail[C] },
): void {
  statement(
    db,
    'INSERT INTO interview_history (interview_id, at, change, detail) VALUES (@interview_id, @at, @change, @detail)',
  ).run({
    interview_id: entry.interviewId,
    at: Date.parse(entry.at),
    change: entry.change,
    detail: JSON.stringify(entry.detail),
  })
}

/** ISO 8601 in UTC with milliseconds, as toISOString writes it, from epoch milliseconds in SQL. */
const isoSql = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`

/**
 * The "created" (or "imported") entry of each of these interviews, from their stored rows, in one
 * statement: a bulk import of thousands writes them at once rather than one call per row. `at` is when it
 * happened (an imported record keeps its own createdAt).
 */
export function addCreatedHistory(
  db: Database,
  interviewIds: readonly string[],
  at: number,
  source?: 'file' | 'calendar',
): void {
  statement(
    db,
    `INSERT INTO interview_history (interview_id, at, change, detail)
     SELECT id, @at, @change,
            json_patch(json_object('startsAt', ${isoSql('starts_at')}, 'endsAt', ${isoSql('ends_at')}, 'status', status),
                       @extra)
     FROM interviews WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).run({
    at,
    change: source ? 'imported' : 'created',
    extra: JSON.stringify(source ? { source } : {}),
    ids: JSON.stringify(interviewIds),
  })
}

/** Oldest first, in the order written. */
export function historyOf(db: Database, interviewId: string): HistoryEntry[] {
  const rows = statement(db, 'SELECT * FROM interview_history WHERE interview_id = ? ORDER BY at, id').all(
    interviewId,
  ) as HistoryRow[]
  return rows.map(
    (row) =>
      ({
        id: row.id,
        interviewId: row.interview_id,
        at: new Date(row.at).toISOString(),
        change: row.change,
        detail: JSON.parse(row.detail) as unknown,
      }) as HistoryEntry,
  )
}
