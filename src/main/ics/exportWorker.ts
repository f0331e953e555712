import BetterSqlite3 from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { exportRowsIcs } from './export'
import type { ExportJob, ExportMessage } from './exportJob'
import { exportRows } from './exportRows'

/**
 * The calendar export, in a worker thread of its own: it reads the rows through its own read-only
 * connection (WAL lets it read beside the app's writer) and writes the text, so neither the row read nor
 * the writing holds up other requests. It ends once it has answered, giving back all it needed.
 */
const job = workerData as ExportJob
const post = (message: ExportMessage) => parentPort?.postMessage(message)

function run(): void {
  const db = new BetterSqlite3(job.file, {
    readonly: true,
    fileMustExist: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  })
  try {
    db.pragma('busy_timeout = 5000')
    // One read transaction, each row written as it is read (a message reaches the app while this runs).
    const { text, count } = db.transaction(() =>
      exportRowsIcs(exportRows(db, job.ids), job.settings, new Date(job.now), (done) =>
        post({ kind: 'progress', done, total: job.total }),
      ),
    )()
    if (job.ids && count !== job.total) return post({ kind: 'missing' })
    post({ kind: 'done', text })
  } finally {
    db.close()
  }
}

try {
  run()
} catch (error: unknown) {
  post({ kind: 'failed', message: String(error) })
}
