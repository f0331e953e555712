import { Worker } from 'node:worker_threads'
import { AppFailure, type AppError, type FieldIssue } from '../../shared/result'
import { workerFile } from '../workerFile'
import type { ParsedInvitation } from '../ics/parse'
import type { ParseTask, ParseTaskResult } from './tasks'

/** What a task sends ahead of its answer: an .ics file's invitations, a group at a time. */
type PartOf<K extends ParseTask['kind']> = K extends 'ics' ? ParsedInvitation[] : never

/** Limits for one parse: a file that needs more is refused with a reason, never left to freeze the app. */
export interface ParseLimits {
  timeoutMs: number
  /**
   * Extra time per megabyte of input: a 5 MB calendar of 15 000 invitations is real and takes seconds on a
   * busy machine, while hostile small files are stopped by the recurrence bounds long before the base limit.
   */
  perMegabyteMs: number
  /** V8 heap of one worker (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number
  /**
   * Whether an idle worker, once loaded, reads small practice calendars so that the first real file runs
   * optimised code (default yes; the phases bench turns it off to measure what it saves).
   */
  warmUp?: boolean
  /** How long after loading it starts (default 3 s: the app's start comes first). */
  warmUpAfterMs?: number
}

export const DEFAULT_LIMITS: ParseLimits = { timeoutMs: 5000, perMegabyteMs: 2000, memoryMb: 256 }

/** A worker that read a file this large (MB) is replaced: its heap has grown with the file. */
const RENEW_AFTER_MB = 0.5
/** …once the import that sent it is done with the machine's cores (loading and practice take ~0.5 s of CPU). */
const RENEW_DELAY_MS = 2000

type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: AppError }
  | { id: number; part: unknown }

interface Slot {
  worker: Worker
  busy: boolean
  /** Settles once the worker has loaded its modules (or died trying). */
  loaded: Promise<void>
  /** Settles once it has also practised (or a task came first, or it died). */
  practised: Promise<void>
}

/**
 * Runs untrusted parsing in worker threads. One worker is kept warm (starting one costs ~50 ms, more than a
 * typical parse); a second task while it is busy gets its own worker, so a slow file never queues the others.
 * A worker that hits a limit is terminated and replaced on the next task.
 */
export class ParsePool {
  private readonly idle: Slot[] = []
  private readonly running = new Set<Slot>()
  private nextId = 1
  private stopped = false

  constructor(
    private readonly limits: ParseLimits = DEFAULT_LIMITS,
    private readonly file: string = workerFile('parseWorker.js', 'INTERVIEW_DESK_PARSE_WORKER', 'parsing'),
  ) {}

  /**
   * Runs a task in a worker. `onPart` takes what the worker sends ahead of its answer (a task that asks
   * for parts); if it throws, later parts are not passed on and the task ends with that error.
   */
  run<K extends ParseTask['kind']>(
    task: Extract<ParseTask, { kind: K }>,
    onPart?: (part: PartOf<K>) => void,
  ): Promise<ParseTaskResult<K>> {
    if (this.stopped) return Promise.reject(new Error('The parsing pool is stopped.'))
    const slot = this.idle.pop() ?? this.spawn()
    slot.busy = true
    this.running.add(slot)
    const id = this.nextId++
    return new Promise<ParseTaskResult<K>>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const large = megabytesOf(task) >= RENEW_AFTER_MB
      let settled = false
      const finish = (keep: boolean) => {
        settled = true
        clearTimeout(timer)
        slot.worker.off('message', onMessage)
        slot.worker.off('error', onError)
        slot.worker.off('exit', onExit)
        this.running.delete(slot)
        slot.busy = false
        if (keep && !large && !this.stopped && this.idle.length === 0) this.idle.push(slot)
        else void slot.worker.terminate()
        if (large && !this.stopped) setTimeout(() => this.warm(), RENEW_DELAY_MS).unref()
      }
      let partFailed: { error: unknown } | undefined
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return
        if ('part' in reply) {
          if (partFailed) return
          try {
            onPart?.(reply.part as PartOf<K>)
          } catch (error) {
            // The worker reads on (within its limits) and stays warm; the task ends with this error.
            partFailed = { error }
          }
          return
        }
        finish(true)
        if (partFailed) reject(partFailed.error as Error)
        else if (reply.ok) resolve(reply.value as ParseTaskResult<K>)
        else reject(new AppFailure(reply.error.code, reply.error.message, reply.error.issues))
      }
      const onError = (error: Error & { code?: string }) => {
        finish(false)
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitFailure('memory', this.limits.memoryMb) : error,
        )
      }
      const onExit = () => {
        finish(false)
        reject(limitFailure('memory', this.limits.memoryMb))
      }
      // The clock starts once the worker has loaded its modules: on a busy machine loading alone can take
      // seconds, and that is no fault of the file.
      const allowed = this.limits.timeoutMs + megabytesOf(task) * this.limits.perMegabyteMs
      void slot.loaded.then(() => {
        if (settled) return
        timer = setTimeout(() => {
          finish(false)
          reject(limitFailure('time', Math.ceil(allowed / 1000)))
        }, allowed)
      })
      slot.worker.on('message', onMessage)
      slot.worker.on('error', onError)
      slot.worker.on('exit', onExit)
      slot.worker.postMessage({ id, task })
    })
  }

  /** Starts a worker ahead of the first task, so that the first paste does not wait for it to load. */
  warm(): void {
    if (!this.stopped && this.idle.length === 0 && this.running.size === 0) this.idle.push(this.spawn())
  }

  /** Resolves when the warm worker has loaded, as it has long before a user picks a file. */
  async ready(): Promise<void> {
    this.warm()
    await Promise.all(this.idle.map((slot) => slot.loaded))
  }

  /** Resolves when the warm worker has also practised: the state the app is in long before a file is picked. */
  async practised(): Promise<void> {
    await this.ready()
    await Promise.all(this.idle.map((slot) => slot.practised))
  }

  stop(): void {
    this.stopped = true
    for (const slot of [...this.idle.splice(0), ...this.running]) void slot.worker.terminate()
  }

  private spawn(): Slot {
    const worker = new Worker(this.file, {
      workerData: { warmUp: this.limits.warmUp !== false, warmUpAfterMs: this.limits.warmUpAfterMs },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    })
    // An idle worker must not keep browser mode or a test process alive.
    worker.unref()
    const said = (word: 'ready' | 'practised') =>
      new Promise<void>((resolve) => {
        const onWord = (message: Record<string, unknown>) => {
          if (!message[word]) return
          worker.off('message', onWord)
          resolve()
        }
        worker.on('message', onWord)
        worker.once('exit', () => resolve())
      })
    const slot = { worker, busy: false, loaded: said('ready'), practised: said('practised') }
    // A worker that dies while idle (even while loading, under a tiny memory limit) is forgotten, so the
    // next task starts a fresh one; its error is no one's to answer.
    worker.on('error', () => undefined)
    worker.once('exit', () => {
      const index = this.idle.indexOf(slot)
      if (index >= 0) this.idle.splice(index, 1)
    })
    return slot
  }
}

function megabytesOf(task: ParseTask): number {
  const source = 'source' in task ? task.source : undefined
  const chars = source ? ('text' in source ? source.text.length : (source.base64.length * 3) / 4) : 0
  return chars / 1_048_576
}

/**
 * The answer for a file that needs more time or memory than a real one ever does: a code with the limit
 * (seconds or megabytes) that the UI words in the user's language.
 */
export function limitFailure(limit: 'time' | 'memory', amount: number): AppFailure {
  const message =
    limit === 'time'
      ? `Reading this file took longer than ${amount} s, so it was stopped. Nothing was imported.`
      : `Reading this file needed more than ${amount} MB of memory, so it was stopped. Nothing was imported.`
  const issue: FieldIssue =
    limit === 'time'
      ? { path: 'file', code: 'parse_time_limit', message, params: { seconds: amount } }
      : { path: 'file', code: 'parse_memory_limit', message, params: { megabytes: amount } }
  return new AppFailure('VALIDATION', message, [issue])
}
