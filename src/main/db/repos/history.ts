import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import type { HistoryChange, HistoryDetail, HistoryEntry } from '../../../shared/model/history'
import type { Interview } from '../../../shared/model/interview'

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

/** Rows per INSERT of "created" entries: 10 000 one-row calls into SQLite cost more than the rows. */
const CHUNK = 100
const ROW = '(?, ?, ?, ?)'
const INSERT_ONE = `INSERT INTO interview_history (interview_id, at, change, detail) VALUES ${ROW}`
const INSERT_CHUNK = `INSERT INTO interview_history (interview_id, at, change, detail) VALUES ${Array<string>(
  CHUNK,
)
  .fill(ROW)
  .join(', ')}`

/**
 * The detail of a "created" (or "imported") entry, as JSON text: the times as the record gives them (the
 * service stores records with toISOString's form, which is what the row's milliseconds read back as) and the
 * status, then the source of an import. Written
 * by hand, not by JSON.stringify: every part is plain ASCII without quotes or backslashes (a status is one
 * of the table's fixed words), and a 10 000-event import writes one per event.
 */
export function createdDetail(
  interview: Pick<Interview, 'startsAt' | 'endsAt' | 'status'>,
  source?: 'file' | 'calendar',
): string {
  const { startsAt, endsAt, status } = interview
  return `{"startsAt":"${startsAt}","endsAt":"${endsAt}","status":"${status}"${source ? `,"source":"${source}"` : ''}}`
}

/**
 * The "created" (or "imported") entry of each of these just-stored interviews, a hundred rows per
 * statement. `at` is when it happened (an imported record keeps its own createdAt).
 */
export function addCreatedHistory(
  db: Database,
  interviews: readonly Interview[],
  at: number,
  source?: 'file' | 'calendar',
): void {
  const change = source ? 'imported' : 'created'
  const params: unknown[] = []
  let next = 0
  for (; next + CHUNK <= interviews.length; next += CHUNK) {
    params.length = 0
    for (let i = next; i < next + CHUNK; i += 1) {
      const interview = interviews[i]!
      params.push(interview.id, at, change, createdDetail(interview, source))
    }
    // Values as arguments, not one array: better-sqlite3 reads an array's items one call at a time.
    statement(db, INSERT_CHUNK).run(...params)
  }
  for (; next < interviews.length; next += 1) {
    const interview = interviews[next]!
    statement(db, INSERT_ONE).run(interview.id, at, change, createdDetail(interview, source))
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
