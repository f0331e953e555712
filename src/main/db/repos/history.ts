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
