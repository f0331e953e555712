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

/** What a "created" (or "imported") entry records: the interview's times and status as stored. */
export interface CreatedEntry {
  interviewId: string
  startsAt: string
  endsAt: string
  status: string
}

/**
 * The "created" (or "imported") entries of new interviews, one prepared insert per row inside the caller's
 * transaction: the details are written here rather than built by SQLite's JSON functions, which cost a
 * 10 000-interview import more than the rows themselves. `at` is when it happened (an imported record
 * keeps its own createdAt).
 */
export function addCreatedHistory(
  db: Database,
  entries: readonly CreatedEntry[],
  at: number,
  source?: 'file' | 'calendar',
): void {
  const insert = statement(
    db,
    'INSERT INTO interview_history (interview_id, at, change, detail) VALUES (?, ?, ?, ?)',
  )
  const change = source ? 'imported' : 'created'
  for (const { interviewId, startsAt, endsAt, status } of entries) {
    const detail = source ? { startsAt, endsAt, status, source } : { startsAt, endsAt, status }
    insert.run(interviewId, at, change, JSON.stringify(detail))
  }
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
