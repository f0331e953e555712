import { parentPort, workerData } from 'node:worker_threads'
import { AppFailure } from '../../shared/result'
import { preloadReaders, runTask, type ParseTask } from './tasks'
import { warmUp } from './warmUp'

/** The parsing worker: one task at a time, each answered by id. A limit hit is handled by the pool. */
// The .ics reader is loaded with this script; the other readers follow, then the .ics reader practises on
// small calendars (warmUp.ts), and "ready" is said once both are done (well under a second), so the pool
// knows it is warm. A task sent before then is answered as soon as the reader it needs is loaded; the
// practice stops as soon as a task arrives.
let tasks = 0
const practise = (workerData as { warmUp?: boolean } | undefined)?.warmUp !== false
void preloadReaders()
  .then(() => (practise ? warmUp(() => tasks > 0) : undefined))
  .then(() => parentPort?.postMessage({ ready: true }))
parentPort?.on('message', ({ id, task }: { id: number; task: ParseTask }) => {
  tasks += 1
  runTask(task).then(
    (value) => parentPort?.postMessage({ id, ok: true, value }),
    (error: unknown) => {
      if (error instanceof AppFailure) {
        const { code, message, issues } = error
        parentPort?.postMessage({ id, ok: false, error: { code, message, ...(issues ? { issues } : {}) } })
        return
      }
      // A file must never surface as INTERNAL: anything unexpected reads as an unreadable file.
      console.error('Parsing failed', error)
      const message = 'This file cannot be read. Nothing was imported.'
      parentPort?.postMessage({
        id,
        ok: false,
        error: { code: 'VALIDATION', message, issues: [{ path: 'file', code: 'unreadable', message }] },
      })
    },
  )
})
