import { parentPort } from 'node:worker_threads'
import { AppFailure } from '../../shared/result'
import { preloadReaders, runTask, type ParseTask } from './tasks'

/** The parsing worker: one task at a time, each answered by id. A limit hit is handled by the pool. */
// The .ics reader is loaded with this script; the other readers follow, and "ready" is said once all are
// loaded (a few hundred ms on a busy machine), so the pool knows it is warm. A task sent before then is
// answered as soon as the reader it needs is loaded.
void preloadReaders().then(() => parentPort?.postMessage({ ready: true }))
parentPort?.on('message', ({ id, task }: { id: number; task: ParseTask }) => {
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
