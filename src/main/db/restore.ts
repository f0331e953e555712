import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { AppFailure } from '../../shared/result'
import { markRollbackJournal } from './backups'
import type { DbOpenError } from './errors'
import { latestVersion, schemaVersion } from './migrations'
import { APPLICATION_ID } from './migrations/0001-interviews'
import { asStorageFailure } from './storageErrors'

/** Names beside the database that only exist while a restore runs; left over after a crash. */
export const RESTORING_SUFFIX = '.restoring'
export const PREVIOUS_SUFFIX = '.previous'

export interface SwapSteps {
  source: string
  target: string
  /** Closes the live database after a checkpoint; false when none was open. */
  close: () => boolean
  /** Moves a damaged file (none was open) aside. */
  keepAside: () => void
  /** Opens the file at `target`; the open failure, if any. */
  open: () => Promise<DbOpenError | undefined>
}

/**
 * Puts a backup in place of the database in steps that can each be undone: the backup is copied beside the
 * target and checked there; the old file stays reachable through a hard link until the restored one has
 * opened; a failure at any step reopens the old file, so the app is never left without a database.
 */
export async function swapInBackup(steps: SwapSteps): Promise<void> {
  const { target } = steps
  const temporary = target + RESTORING_SUFFIX
  const previous = target + PREVIOUS_SUFFIX
  try {
    copyFileSync(steps.source, temporary)
    markRollbackJournal(temporary)
    syncFile(temporary)
    verifyBackup(temporary)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw nothingRestored(error, target)
  }
  let closed = false
  try {
    closed = steps.close()
    if (!closed) steps.keepAside()
    rmSync(previous, { force: true })
    if (closed) linkSync(target, previous)
    // The checkpoint emptied the WAL: what is left of it belongs to the old file and must not replay.
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
    renameSync(temporary, target)
    syncFile(dirname(target))
  } catch (error) {
    rmSync(temporary, { force: true })
    rmSync(previous, { force: true })
    if (closed) await steps.open()
    throw nothingRestored(error, target)
  }
  const failure = await steps.open()
  if (failure && existsSync(previous)) {
    renameSync(previous, target)
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
    await steps.open()
    throw new AppFailure(
      failure.code,
      `The backup could not be opened, so your data was reopened as it was. ${failure.message}`,
    )
  }
  rmSync(previous, { force: true })
}

function nothingRestored(error: unknown, near: string): AppFailure {
  const failure = asStorageFailure(error, dirname(near))
  if (failure instanceof AppFailure) {
    return new AppFailure(failure.code, `Nothing was restored. ${failure.message}`, failure.issues)
  }
  const reason = failure instanceof Error ? failure.message : String(failure)
  return new AppFailure('DB_UNAVAILABLE', `Nothing was restored: ${reason}.`)
}

/** The copy is a sound database of ours, from this version of the app or an older one. */
function verifyBackup(path: string): void {
  let db: Database | undefined
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
    const check = db.pragma('quick_check', { simple: true })
    const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID
    if (check !== 'ok' || !ours)
      throw new Error(check === 'ok' ? 'not an Interview Desk database' : String(check))
    if (schemaVersion(db) > latestVersion()) throw new Error('it was made by a newer version of the app')
  } catch (error) {
    const storage = asStorageFailure(error, dirname(path))
    if (storage instanceof AppFailure) throw storage
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppFailure('DB_CORRUPT', `That backup cannot be restored: ${reason}.`)
  } finally {
    db?.close()
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
