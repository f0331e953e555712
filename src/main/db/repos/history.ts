import type { Database } from 'better-sqlite3'
import { statement } from '../statements'

export type HistoryChange = 'created' | 'rescheduled' | 'status'

export interface HistoryEntry {
  interviewId: string
  at: string
  change: HistoryChange
  detail: Record<string, unknown>
}

interface HistoryRow {
  interview_id: string
  at: number
  change: HistoryChange
  detail: string
}

export function addHistory(db: Database, entry: HistoryEntry): void {
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
 * The "created" entry of each of these interviews, from their stored rows, in one statement: a bulk import
 * of thousands writes them at once rather than one call per row.
 */
export function addCreatedHistory(db: Database, interviewIds: readonly string[]): void {
  statement(
    db,
    `INSERT INTO interview_history (interview_id, at, change, detail)
     SELECT id, created_at, 'created',
            json_object('startsAt', ${isoSql('starts_at')}, 'endsAt', ${isoSql('ends_at')}, 'status', status)
     FROM interviews WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(JSON.stringify(interviewIds))
}

export function historyOf(db: Database, interviewId: string): HistoryEntry[] {
  const rows = db
    .prepare('SELECT * FROM interview_history WHERE interview_id = ? ORDER BY at, id')
    .all(interviewId) as HistoryRow[]
  return rows.map((row) => ({
    interviewId: row.interview_id,
    at: new Date(row.at).toISOString(),
    change: row.change,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }))
}
