import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { createBackup } from './backups'
import { DbOpenError, isCorruptionError } from './errors'
import { latestVersion, migrate, schemaVersion, tooNew } from './migrations'
import { APPLICATION_ID } from './migrations/0001-interviews'
import { storageCode, storageFailure } from './storageErrors'

export interface OpenOptions {
  backupsDir: string
  now: () => Date
  /** Path of a better-sqlite3 addon built for the running runtime (Electron); Node uses the default. */
  nativeBinding?: string
}

const SQLITE_MAGIC = 'SQLite format 3\u0000'

/**
 * Opens (or creates) the database and brings it up to date. Nothing is written to a file until it has
 * passed every check: an empty, foreign, damaged or too-new file raises DbOpenError and stays as it was.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<Database> {
  const existed = existsSync(file)
  if (existed) checkHeader(file)
  let db: Database
  try {
    db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw new DbOpenError('unreadable', `The database file could not be opened: ${describe(error)}.`)
  }
  try {
    db.pragma('busy_timeout = 5000')
    checkIntegrity(db)
    const version = schemaVersion(db)
    if (version > latestVersion()) throw tooNew(version, latestVersion())
    checkOwnership(db, version)
    // Checks passed: from here on the file may be written.
    db.pragma('journal_mode = WAL')
    // FULL: a transaction the app acknowledged survives a power cut, not only a crash.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // A page cache that holds a whole store of 10 000 interviews (~5 MB) and more: with SQLite's default
    // 2 MB, a full read (an export) pushed the pages out and a month's list read a third of the file again
    // from the OS, three times its cost. Pages are cached as they are read, so a small store stays small.
    db.pragma('cache_size = -16384')
    if (version > 0 && version < latestVersion()) {
      await createBackup(db, options.backupsDir, options.now(), 'pre-migration')
    }
    migrate(db)
    return db
  } catch (error) {
    db.close()
    if (error instanceof DbOpenError) throw error
    if (isCorruptionError(error)) throw corrupt(`SQLite reports: ${describe(error)}`)
    const storage = folderWritable(file) ? storageCode(error, dirname(file)) : 'READ_ONLY'
    if (storage && storage !== 'DB_REPLACED') {
      throw new DbOpenError('unreadable', storageFailure(storage).message, storage)
    }
    throw new DbOpenError('unreadable', `The database could not be read: ${describe(error)}.`)
  }
}

function checkHeader(file: string): void {
  let size: number
  const header = Buffer.alloc(16)
  try {
    size = statSync(file).size
    if (size === 0) throw corrupt('The file is empty (0 bytes)')
    const fd = openSync(file, 'r')
    try {
      readSync(fd, header, 0, 16, 0)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    if (error instanceof DbOpenError) throw error
    throw new DbOpenError('unreadable', `The database file could not be read: ${describe(error)}.`)
  }
  if (header.toString('latin1') !== SQLITE_MAGIC) throw corrupt('The file does not start like a database')
}

function checkIntegrity(db: Database): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[]
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok')
  if (problems.length > 0) throw corrupt(`The integrity check found: ${problems.slice(0, 3).join('; ')}`)
}

function checkOwnership(db: Database, version: number): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number
  }
  const ours = applicationId === APPLICATION_ID || (applicationId === 0 && version === 0 && tables.n === 0)
  if (!ours) {
    throw new DbOpenError('corrupt', 'This file is a database of another program, not of Interview Desk.')
  }
}

/** WAL needs files beside the database: in a folder that cannot be written, not even reads work. */
function folderWritable(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK)
    return true
  } catch {
    return false
  }
}

function corrupt(detail: string): DbOpenError {
  return new DbOpenError('corrupt', `The database file is damaged and cannot be used as it is. ${detail}.`)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
