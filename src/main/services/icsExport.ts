import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ChannelParsed } from '../../shared/contract'
import type { IcsExportProgress } from '../../shared/model/exchange'
import { AppFailure } from '../../shared/result'
import type { Connection } from '../db/connection'
import { countInterviews } from '../db/repos/interviews'
import type { ExportJob, ExportMessage } from '../ics/exportJob'
import { releaseAfterLargeWork } from '../memory'
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
 * The worker script. Built: electron-vite emits `exportWorker.js` beside `index.js` and `web.js` (this
 * module may sit in `chunks/`, hence the parent). From source (vitest) a global setup bundles it and names
 * it in INTERVIEW_DESK_EXPORT_WORKER.
 */
function exportWorkerFile(): string {
  const candidates = [join(__dirname, 'exportWorker.js'), join(__dirname, '..', 'exportWorker.js')]
  const built = candidates.find((file) => existsSync(file))
  const fromEnv = process.env.INTERVIEW_DESK_EXPORT_WORKER
  if (built) return built
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  throw new Error(`The export worker is missing (looked for ${candidates.join(', ')}).`)
}

/**
 * The chosen interviews (all by default) as one .ics text, written by a worker thread that reads the rows
 * itself (exportWorker.ts): the request path only hands over the settings and receives the text.
 */
export async function exportCalendar(
  connection: Connection,
  system: SystemDefaults,
  input: ChannelParsed<'ics/export'>,
  now: Date,
  progress: ExportProgress,
): Promise<{ text: string }> {
  const job: ExportJob = {
    file: connection.options.file,
    nativeBinding: connection.options.nativeBinding,
    ids: input.ids,
    // Read here, through the app's connection: this also refuses an export while the database is unavailable.
    settings: getSettings(connection.database, system),
    now: now.toISOString(),
  }
  // The total is known at once, so the progress reads "0 of N" while the worker starts and reads the rows.
  const total = input.ids ? new Set(input.ids).size : countInterviews(connection.database)
  progress.set({ running: true, done: 0, total })
  const worker = new Worker(exportWorkerFile(), { workerData: job })
  try {
    const text = await new Promise<string>((resolve, reject) => {
      worker.on('message', (message: ExportMessage) => {
        if (message.kind === 'progress') {
          const { done, total } = message
          progress.set({ running: done < total, done, total })
        } else if (message.kind === 'done') resolve(message.text)
        else if (message.kind === 'missing')
          reject(new AppFailure('NOT_FOUND', 'Some of those interviews do not exist.'))
        else reject(new Error(`The export failed: ${message.message}`))
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`The export worker stopped (exit code ${code}).`)))
    })
    return { text }
  } finally {
    void worker.terminate()
    const { total } = progress.get()
    progress.set({ running: false, done: total, total })
    if (total >= LARGE_EXPORT) releaseAfterLargeWork()
  }
}
