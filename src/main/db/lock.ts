import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { AppFailure } from '../../shared/result'

/** What the lock file beside the database says about the process that has it open. */
export interface LockHolder {
  pid: number
  /** `app` (Electron) or `web` (browser mode). */
  mode: 'app' | 'web'
  /** Browser mode: the address of the open window (the file is readable by its owner only). */
  url?: string
}

export interface DatabaseLock {
  file: string
  /** Adds the address once the browser-mode server listens, so a second start can point to it. */
  update: (holder: Partial<LockHolder>) => void
  /** The lock file still names this process (nobody removed or took it). */
  held: () => boolean
  release: () => void
}

export const lockFileOf = (dbFile: string) => `${dbFile}.lock`

/** Thrown when another live process holds the database. */
export class DatabaseLockedError extends AppFailure {
  constructor(readonly holder: LockHolder) {
    super('DB_LOCKED', lockedMessage(holder))
    this.name = 'DatabaseLockedError'
  }
}

/** The plain words a second start shows, naming the holder and where to find it. */
export function lockedMessage(holder: LockHolder): string {
  const base = `This data is open in another Interview Desk window (process ${holder.pid}).`
  if (holder.url) return `${base} Open it at ${holder.url} or close it first.`
  return `${base} Switch to that window, or close it first.`
}

/**
 * Takes the lock beside the database: a file created exclusively (`wx`) that holds the owner's pid. A lock
 * whose process is gone (the app was killed) is stale and taken over; a live one is refused.
 */
export function acquireLock(dbFile: string, holder: Omit<LockHolder, 'pid'>): DatabaseLock {
  const file = lockFileOf(dbFile)
  let mine: LockHolder = { pid: process.pid, ...holder }
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeLock(file, mine, 'wx')
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // In a folder nobody can write, no process can change the data either: the app opens it to read.
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return unlocked()
      if (code !== 'EEXIST' || attempt >= 2) throw error
      const current = readLock(file)
      if (current && current.pid !== process.pid && isAlive(current.pid)) {
        throw new DatabaseLockedError(current)
      }
      // Stale (its process is gone) or unreadable (a crash while writing it): take it over.
      rmSync(file, { force: true })
    }
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    // Only our own lock is removed: never one a later process took over.
    if (readLock(file)?.pid === process.pid) rmSync(file, { force: true })
  }
  process.once('exit', release)
  return {
    file,
    update: (change) => {
      mine = { ...mine, ...change }
      if (!released) writeLock(file, mine, 'w')
    },
    held: () => !released && readLock(file)?.pid === process.pid,
    release: () => {
      process.removeListener('exit', release)
      release()
    },
  }
}

function unlocked(): DatabaseLock {
  return { file: '', update: () => undefined, held: () => true, release: () => undefined }
}

function writeLock(file: string, holder: LockHolder, flag: 'wx' | 'w'): void {
  const fd = openSync(file, flag, 0o600)
  try {
    writeSync(fd, JSON.stringify(holder))
  } finally {
    closeSync(fd)
  }
}

function readLock(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>
    if (!Number.isInteger(parsed.pid) || (parsed.pid ?? 0) <= 0) return undefined
    return {
      pid: parsed.pid!,
      mode: parsed.mode === 'app' ? 'app' : 'web',
      ...(typeof parsed.url === 'string' ? { url: parsed.url } : {}),
    }
  } catch {
    return undefined
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists but is not ours. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  return mayBeInterviewDesk(pid)
}

/**
 * After a crash and a reboot, the pid in a stale lock may belong to some other program. Where the system
 * shows command lines (/proc on Linux), a process that is neither Node nor Electron cannot hold our lock.
 */
function mayBeInterviewDesk(pid: number): boolean {
  let commandLine: string
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return true
  }
  return /node|electron|interview/i.test(commandLine)
}
