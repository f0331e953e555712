import type { Database } from 'better-sqlite3'
import type { Interview } from '../../shared/model/interview'
import { createdDetail } from '../db/repos/history'
import { rowValues } from '../db/repos/interviewRows'
import { clearStaged, createStage, moveStaged, stageRows } from '../db/repos/importStage'
import { BULK, checkpointAfterReply, newRecords, type NewInterview } from './interviews'

let batches = 0

/**
 * An import's new interviews, made into records and written into the connection's TEMP stage as the file
 * is read (repos/importStage), then stored in one go inside the import's transaction. Until then nothing is
 * in the store: a file that fails further on leaves only its stage, which is cleared.
 */
export class StagedInterviews {
  private readonly batch = ++batches
  private staged = 0

  constructor(
    readonly db: Database,
    private readonly now: Date,
    private readonly source: 'file' | 'calendar',
  ) {
    createStage(db)
  }

  /** Stages these; each gets its id (and timestamps) now, as createInterviews would give them. */
  add(items: readonly NewInterview[]): Interview[] {
    const records = newRecords(items, this.now)
    const rows = records.map((record, i) => ({
      values: rowValues(record),
      icsUid: items[i]!.icsUid ?? null,
      history: createdDetail(record, this.source),
    }))
    stageRows(this.db, this.batch, rows)
    this.staged += records.length
    return records
  }

  /** Stores everything staged but `leaveOut` (ids), with its history; inside the caller's transaction. */
  store(leaveOut: readonly string[]): void {
    if (this.staged - leaveOut.length >= BULK) checkpointAfterReply(this.db)
    moveStaged(this.db, this.batch, leaveOut, { at: this.now.getTime(), change: 'imported' })
  }

  /** Drops the stage (after the reply: stored or not, it is no longer needed). */
  clear(): void {
    clearStaged(this.db, this.batch)
  }
}
