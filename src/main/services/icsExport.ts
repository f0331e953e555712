import { Worker } from 'node:worker_threads'
import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import type { IcsExportProgress } from '../../shared/model/exchange'
import type { Settings } from '../../shared/model/settings'
import { AppFailure } from '../../shared/result'
import type { Connection } from '../db/connection'
import { countMatching } from '../db/repos/interviews'
import { exportRowsIcs } from '../ics/export'
import { exportRows } from '../ics/exportRows'
import type { ExportJob, ExportMessage } from '../ics/exportJob'
import { releaseAfterLargeWork } from '../memory'
import { workerFile } from '../workerFile'
import { getSettings, type SystemDefaults } from './settings'

/** The progress of the calendar export running now (or of the last one), read by `ics/exportProgress`. */
export class ExportProgress {
  private current: IcsExportProgress = { running: false, done: 0, total: 0 }

  get(): IcsExportProgress {
    return { ...this.current }
  }

  set(value: IcsExportProgress): void {
    this.current = value
  }
}

/** From this many interviews, the memory an export needed is given back after it. */
const LARGE_EXPORT = 2000

/**
 * Starting a worker costs tens of milliseconds (it loads its modules and opens the file); an export smaller
 * than this is written here in less time than that (a single interview from its timeline, a week).
 */
const IN_WORKER_FROM = 1000

/**
 * The chosen interviews (all by default) as one .ics text. A large export is written by a worker thread
 * that reads the rows itself (exportWorker.ts): the request path only hands over the settings and receives
 * the text.
 *
 * Where 10 000 events (11.9 MB) spend their time, from the worker's CPU profile: the writer was the cost
 * (~400 ms of ~660: an array of lines per event, a regex and a `Buffer.byteLength` per line, escaping by a
 * callback per match, an `IcsEvent` of Dates and a map of UIDs, plus ~150 ms of garbage collection). It is
 * kept and made lean rather than replaced: each event is one string, a value is tested once for escaping and
 * non-ASCII, stamps come from cached halves, chunks of 500 events are joined as they are written, and the rows
 * are read with their UID in one lean query (~55 ms). Writing now costs ~90 ms warm, ~200 ms in the fresh
 * worker (its code is not yet optimised); starting the worker ~40 ms. The text comes back as a string:
 * handing over a transferred buffer instead (Latin-1 or UTF-8) was tried and measured no faster, in CPU or
 * in wall time, at 10 000 and 50 000 events.
 */
export async function exportCalendar(
  connection: Connection,
  system: SystemDefaults,
  input: ChannelParsed<'ics/export'>,
  now: Date,
  progress: ExportProgress,
): Promise<{ text: string }> {
  const db = connection.database
  const settings = getSettings(db, system)
  // The total is known at once, so the progress reads "0 of N" while the worker starts and reads the rows.
  const total = input.ids ? new Set(input.ids).size : countMatching(db, {})
  progress.set({ running: true, done: 0, total })
  try {
    if (total < IN_WORKER_FROM) return { text: exportHere(db, input.ids, settings, now) }
    const job: ExportJob = {
      file: connection.options.file,
      nativeBinding: connection.options.nativeBinding,
      ids: input.ids,
      total,
      settings,
      now: now.toISOString(),
    }
    return { text: await exportInWorker(job, progress) }
  } finally {
    const { total } = progress.get()
    progress.set({ running: false, done: total, total })
    if (total >= LARGE_EXPORT) releaseAfterLargeWork()
  }
}

function exportHere(db: Database, ids: readonly string[] | undefined, settings: Settings, now: Date): string {
  const { text, count } = exportRowsIcs(exportRows(db, ids), settings, now, () => undefined)
  if (ids && count !== new Set(ids).size) throw missing()
  return text
}

async function exportInWorker(job: ExportJob, progress: ExportProgress): Promise<string> {
  const worker = new Worker(workerFile('exportWorker.js', 'INTERVIEW_DESK_EXPORT_WORKER', 'export'), {
    workerData: job,
  })
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.on('message', (message: ExportMessage) => {
        if (message.kind === 'progress') {
          const { done, total } = message
          progress.set({ running: done < total, done, total })
        } else if (message.kind === 'done') resolve(message.text)
        else if (message.kind === 'missing') reject(missing())
        else reject(new Error(`The export failed: ${message.message}`))
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`The export worker stopped (exit code ${code}).`)))
    })
  } finally {
    void worker.terminate()
  }
}

const missing = () => new AppFailure('NOT_FOUND', 'Some of those interviews do not exist.')
