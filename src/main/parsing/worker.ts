import { parentPort, workerData } from 'node:worker_threads'
import { AppFailure } from '../../shared/result'
import { preloadReaders, runTask, type ParseTask } from './tasks'
import { warmUp } from './warmUp'

/** The parsing worker: one task at a time, each answered by id. A limit hit is handled by the pool. */
// The .ics reader is loaded with this script; the other readers follow, and "ready" is said once all are
// loaded (a few hundred ms on a busy machine), so the pool knows it is warm. A task sent before then is
// answered as soon as the reader it needs is loaded. Later, once the app has started (practising at once
// delayed its first paint by ~0.5 s on 2 cores), the .ics reader practises on small calendars (warmUp.ts)
// and "practised" is said; the practice stops as soon as a task arrives.
let tasks = 0
const { warmUp: practise = true, warmUpAfterMs = 3000 } = (workerData ?? {}) as {
  warmUp?: boolean
  warmUpAfterMs?: number
}
void preloadReaders().then(async () => {
  parentPort?.postMessage({ ready: true })
  if (practise) {
    await new Promise((resolve) => setTimeout(resolve, warmUpAfterMs))
    await warmUp(() => tasks > 0)
  }
  parentPort?.postMessage({ practised: true })
})
parentPort?.on('message', ({ id, task }: { id: number; task: ParseTask }) => {
  tasks += 1
  runTask(task, (part) => parentPort?.postMessage({ id, part })).then(
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
