import { copyFileSync, existsSync, fsyncSync, openSync, closeSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import type { Backup, DatabaseStatus } from '../../shared/model/backup'
import { AppFailure } from '../../shared/result'
import { createBackup, listBackups, needsDailyBackup, type BackupReason } from './backups'
import { DbOpenError } from './errors'
import { latestVersion, schemaVersion } from './migrations'
import { APPLICATION_ID } from './migrations/0001-interviews'
import { openDatabase, type OpenOptions } from './open'

export interface ConnectionOptions extends OpenOptions {
  file: string
}

/**
 * The one database connection of the process. It may be in a failed state (damaged or too-new file):
 * then every data call answers with that failure and only status, restore and reset work.
 */
export class Connection {
  private db: Database | undefined
  private failure: DbOpenError | undefined
  private keptAside: string | undefined
  private busy = false

  constructor(readonly options: ConnectionOptions) {}

  async open(): Promise<void> {
    try {
      this.db = await openDatabase(this.options.file, this.options)
      this.failure = undefined
    } catch (error) {
      if (!(error instanceof DbOpenError)) throw error
      this.db = undefined
      this.failure = error
    }
  }

  /** The open database, or the reason there is none, thrown as an AppFailure. */
  get database(): Database {
    if (this.busy)
      throw new AppFailure('DB_UNAVAILABLE', 'The database is being restored. Try again in a moment.')
    if (this.db) return this.db
    throw this.failure ?? new AppFailure('DB_UNAVAILABLE', 'The database is not open.')
  }

  status(): DatabaseStatus {
    const base = { file: this.options.file, backupsDir: this.options.backupsDir }
    const aside = this.keptAside ? { keptAside: this.keptAside } : {}
    if (this.db) return { state: 'ok', ...base, ...aside }
    if (this.failure) return { state: this.failure.state, problem: this.failure.message, ...base, ...aside }
    return { state: 'unreadable', problem: 'The database is not open.', ...base, ...aside }
  }

  backups(): Backup[] {
    return listBackups(this.options.backupsDir)
  }

  async backup(reason: BackupReason): Promise<Backup> {
    return createBackup(this.database, this.options.backupsDir, this.options.now(), reason)
  }

  /** Called at start and periodically: at most one automatic backup a day. */
  async dailyBackup(): Promise<Backup | undefined> {
    if (!this.db || this.busy || !needsDailyBackup(this.options.backupsDir, this.options.now()))
      return undefined
    return this.backup('daily')
  }

  /**
   * Replaces the live database with a backup. The backup is checked first; the current file is backed
   * up (or, when it is damaged, moved aside) before anything is replaced.
   */
  async restore(file: string): Promise<{ restored: string; keptAside?: string }> {
    const source = join(this.options.backupsDir, file)
    if (!this.backups().some((backup) => backup.file === file)) {
      throw new AppFailure('NOT_FOUND', `There is no backup named ${file}.`)
    }
    verifyBackup(source)
    this.busy = true
    try {
      if (this.db) {
        await createBackup(this.db, this.options.backupsDir, this.options.now(), 'pre-restore')
        this.db.close()
        this.db = undefined
      } else {
        this.keptAside = this.moveAside()
      }
      replaceFile(source, this.options.file)
    } finally {
      this.busy = false
    }
    await this.open()
    return this.keptAside ? { restored: file, keptAside: this.keptAside } : { restored: file }
  }

  /** After a failed open: keeps the damaged file aside and starts an empty database. */
  async reset(): Promise<DatabaseStatus> {
    if (this.db)
      throw new AppFailure('CONFLICT', 'The database is healthy; restore a backup instead of resetting.')
    this.keptAside = this.moveAside()
    await this.open()
    return this.status()
  }

  /** SQLite's full integrity check: `ok`, or the problems it lists (the first ten). */
  integrity(): { ok: boolean; problems: string[] } {
    const rows = this.database.pragma('integrity_check(10)') as { integrity_check: string }[]
    const problems = rows.map((row) => row.integrity_check).filter((text) => text !== 'ok')
    return { ok: problems.length === 0, problems }
  }

  close(): void {
    this.db?.close()
    this.db = undefined
  }

  private moveAside(): string | undefined {
    const { file } = this.options
    if (!existsSync(file)) return undefined
    const stamp = this.options.now().toISOString().replace(/[-:.]/g, '')
    const aside = `${file}.damaged-${stamp}`
    renameSync(file, aside)
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix)
    }
    return aside
  }
}

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
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppFailure('DB_CORRUPT', `That backup cannot be restored: ${reason}.`)
  } finally {
    db?.close()
  }
}

/** Copies `source` over `target` through a synced temporary file and a rename: all or nothing. */
function replaceFile(source: string, target: string): void {
  const temporary = `${target}.restoring`
  copyFileSync(source, temporary)
  const fd = openSync(temporary, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  // A closed WAL database has no -wal left; any stray one belongs to the old file and must not replay.
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
  renameSync(temporary, target)
}
