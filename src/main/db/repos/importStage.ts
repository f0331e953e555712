import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import { COLUMNS } from './interviewRows'

/**
 * New interviews of an import written ahead, while the rest of its file is still being read, into a table of
 * the connection's own TEMP database: no other request reads it, and it takes no lock on the store. Once the
 * file is read, one INSERT … SELECT per table moves them in, inside the import's transaction; binding 10 000
 * rows one at a time costs more than SQLite's own copying.
 */
const STAGED = [...COLUMNS, 'ics_uid']
const CREATE = `CREATE TEMP TABLE IF NOT EXISTS import_stage (batch INTEGER NOT NULL, ${STAGED.join(', ')}, history TEXT NOT NULL)`
/** Rows per INSERT: one call into SQLite per row costs more than the row. */
const CHUNK = 40
const ROW = `(${Array<string>(STAGED.length + 2)
  .fill('?')
  .join(', ')})`
const insertSql = (rows: number) =>
  `INSERT INTO temp.import_stage (batch, ${STAGED.join(', ')}, history) VALUES ${Array<string>(rows).fill(ROW).join(', ')}`

/** One staged row: the interview's values in COLUMNS order, its calendar UID and its history entry's detail. */
export interface StagedRow {
  values: unknown[]
  icsUid: string | null
  history: string
}

/** Makes the connection's stage, once (it lasts as long as the connection). */
export function createStage(db: Database): void {
  db.exec(CREATE)
}

export function stageRows(db: Database, batch: number, rows: readonly StagedRow[]): void {
  const params: unknown[] = []
  const flush = (count: number) => {
    statement(db, insertSql(count)).run(...params)
    params.length = 0
  }
  db.transaction(() => {
    let inChunk = 0
    for (const row of rows) {
      params.push(batch, ...row.values, row.icsUid, row.history)
      inChunk += 1
      if (inChunk === CHUNK) {
        flush(CHUNK)
        inChunk = 0
      }
    }
    if (inChunk > 0) flush(inChunk)
  })()
}

/**
 * Moves a batch's rows (but those left out: events that turned out to be updates) into the store with their
 * history entries, in file order. Runs inside the caller's transaction.
 */
export function moveStaged(
  db: Database,
  batch: number,
  leaveOut: readonly string[],
  history: { at: number; change: 'created' | 'imported' },
): void {
  if (leaveOut.length > 0)
    statement(
      db,
      'DELETE FROM temp.import_stage WHERE batch = ? AND id IN (SELECT value FROM json_each(?))',
    ).run(batch, JSON.stringify(leaveOut))
  const columns = STAGED.join(', ')
  statement(
    db,
    `INSERT INTO interviews (${columns}) SELECT ${columns} FROM temp.import_stage WHERE batch = ? ORDER BY rowid`,
  ).run(batch)
  statement(
    db,
    `INSERT INTO interview_history (interview_id, at, change, detail)
     SELECT id, ?, ?, history FROM temp.import_stage WHERE batch = ? ORDER BY rowid`,
  ).run(history.at, history.change, batch)
}

export function clearStaged(db: Database, batch: number): void {
  if (!db.open) return
  statement(db, 'DELETE FROM temp.import_stage WHERE batch = ?').run(batch)
}
