import BetterSqlite3 from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { fromValues } from '../db/repos/interviewRows'
import { icsUids, listInterviewValues } from '../db/repos/interviews'
import { exportIcsInChunks } from './export'
import type { ExportJob, ExportMessage } from './exportJob'

/**
 * The calendar export, in a worker thread of its own: it reads the rows through its own read-only
 * connection (WAL lets it read beside the app's writer) and writes the text, so neither the row read nor
 * the writing holds up other requests. It ends once it has answered, giving back all it needed.
 */
const job = workerData as ExportJob
const post = (message: ExportMessage) => parentPort?.postMessage(message)

async function run(): Promise<void> {
  const db = new BetterSqlite3(job.file, {
    readonly: true,
    fileMustExist: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  })
  try {
    db.pragma('busy_timeout = 5000')
    // One read transaction: the rows and their calendar UIDs come from the same moment.
    const { rows, uids } = db.transaction(() => ({
      rows: listInterviewValues(db, job.ids ? { ids: job.ids } : {}),
      uids: icsUids(db),
    }))()
    if (job.ids && rows.length !== new Set(job.ids).size) return post({ kind: 'missing' })
    const text = await exportIcsInChunks(
      rows,
      fromValues,
      job.settings,
      uids,
      new Date(job.now),
      (done, total) => post({ kind: 'progress', done, total }),
    )
    post({ kind: 'done', text })
  } finally {
    db.close()
  }
}

run().catch((error: unknown) => post({ kind: 'failed', message: String(error) }))
