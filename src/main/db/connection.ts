import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { Backup, DatabaseStatus } from '../../shared/model/backup'
import { AppFailure } from '../../shared/result'
import { createBackup, listBackups, needsDailyBackup, type BackupReason } from './backups'
import { DbOpenError } from './errors'
import { openDatabase, type OpenOptions } from './open'
import { swapInBackup } from './restore'
import { asStorageFailure, storageFailure } from './storageErrors'

export interface ConnectionOptions extends OpenOptions {
  file: string
  /** Whether this process still holds the lock beside the file; a restore swaps the file only then. */
  holdsLock?: () => boolean
}

interface FileIdentity {
  dev: number
  ino: number
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
  /** The file the connection opened; if the path later names another file (or none), it was replaced. */
  private identity: FileIdentity | undefined
  private replaced: AppFailure | undefined
  private readOnly = false

  constructor(readonly options: ConnectionOptions) {}

  async open(): Promise<void> {
    try {
      this.db = await openDatabase(this.options.file, this.options)
      this.failure = undefined
      this.replaced = undefined
      this.identity = identityOf(this.options.file)
      this.readOnly = !writable(this.options.file)
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
    if (this.replaced) throw this.replaced
    if (this.db) {
      this.confirmSameFile()
      return this.db
    }
    throw this.failure ?? new AppFailure('DB_UNAVAILABLE', 'The database is not open.')
  }

  /**
   * Checked before a call uses the database and again before its answer is sent: a write into a file that
   * was removed or replaced meanwhile would be lost on the next start, so it is never acknowledged.
   */
  confirmSameFile(): void {
    if (this.replaced) throw this.replaced
    if (!this.db || this.busy) return
    const now = identityOf(this.options.file)
    if (now && this.identity && now.dev === this.identity.dev && now.ino === this.identity.ino) return
    this.replaced = storageFailure('DB_REPLACED')
    console.error(`The database file ${this.options.file} was removed or replaced; writes are refused.`)
    // SQLite replays whatever -wal lies beside a file it opens, and does not delete ours once its file is
    // gone: our frames must never be applied to the file now at the path.
    this.close()
    for (const suffix of ['-wal', '-shm']) rmSync(this.options.file + suffix, { force: true })
    throw this.replaced
  }

  status(): DatabaseStatus {
    const base = { file: this.options.file, backupsDir: this.options.backupsDir }
    const aside = this.keptAside ? { keptAside: this.keptAside } : {}
    try {
      this.confirmSameFile()
    } catch (error) {
      return { state: 'replaced', problem: (error as Error).message, ...base, ...aside }
    }
    if (this.db) {
      if (this.readOnly || !writable(this.options.file))
        return { state: 'read-only', problem: storageFailure('READ_ONLY').message, ...base, ...aside }
      return { state: 'ok', ...base, ...aside }
    }
    if (this.failure) return { state: this.failure.state, problem: this.failure.message, ...base, ...aside }
    return { state: 'unreadable', problem: 'The database is not open.', ...base, ...aside }
  }

  backups(): Backup[] {
    return listBackups(this.options.backupsDir)
  }

  async backup(reason: BackupReason): Promise<Backup> {
    try {
      return await createBackup(this.database, this.options.backupsDir, this.options.now(), reason)
    } catch (error) {
      throw asStorageFailure(error, this.options.backupsDir)
    }
  }

  /** Called at start and periodically: at most one automatic backup a day. */
  async dailyBackup(): Promise<Backup | undefined> {
    if (!this.db || this.busy || !needsDailyBackup(this.options.backupsDir, this.options.now()))
      return undefined
    return this.backup('daily')
  }

  /**
   * Replaces the live database with a backup, while holding the lock. The current data is backed up first
   * (or, when damaged, kept aside); if anything fails, the database stays open on the data it had.
   */
  async restore(file: string): Promise<{ restored: string; keptAside?: string }> {
    if (!this.backups().some((backup) => backup.file === file)) {
      throw new AppFailure('NOT_FOUND', `There is no backup named ${file}.`)
    }
    if (this.options.holdsLock && !this.options.holdsLock()) {
      throw new AppFailure(
        'DB_LOCKED',
        'This window no longer holds the lock on its data file, so nothing was restored. Restart Interview Desk.',
      )
    }
    try {
      this.confirmSameFile()
    } catch {
      // Replaced under the app: the restore is a way out; the file now at the path is kept aside.
    }
    // No write is acknowledged from here on until the swap is done: each one is in the pre-restore backup.
    this.busy = true
    try {
      if (this.db) await this.backupBefore('pre-restore', 'restored', this.db)
      await swapInBackup({
        source: join(this.options.backupsDir, file),
        target: this.options.file,
        close: () => this.closeForSwap(),
        keepAside: () => (this.keptAside = this.moveAside()),
        open: async () => {
          await this.open()
          return this.failure
        },
      })
    } finally {
      this.busy = false
    }
    return this.keptAside ? { restored: file, keptAside: this.keptAside } : { restored: file }
  }

  /** A backup that must exist before data is replaced; without it nothing is replaced. */
  async backupBefore(
    reason: BackupReason,
    what: 'restored' | 'replaced',
    db: Database = this.database,
  ): Promise<Backup> {
    try {
      return await createBackup(db, this.options.backupsDir, this.options.now(), reason)
    } catch (error) {
      const failure = asStorageFailure(error, this.options.backupsDir)
      const code = failure instanceof AppFailure ? failure.code : 'DB_UNAVAILABLE'
      const reasonText = failure instanceof Error ? failure.message : String(failure)
      throw new AppFailure(
        code === 'INTERNAL' ? 'DB_UNAVAILABLE' : code,
        `No backup of the current data could be made, so nothing was ${what}. ${reasonText}`,
      )
    }
  }

  /**
   * After a failed open or a replaced file. A file that opens fine is simply reopened and kept; only a
   * damaged or too-new one is moved aside (never deleted) before an empty database is started.
   */
  async reset(): Promise<DatabaseStatus> {
    if (this.db && !this.replaced)
      throw new AppFailure('CONFLICT', 'The database is healthy; restore a backup instead of resetting.')
    this.close()
    this.replaced = undefined
    await this.open()
    if (this.failure && this.failure.state !== 'unreadable') {
      this.keptAside = this.moveAside()
      await this.open()
    }
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

  /** Checkpoints the WAL into the file and closes, so the file alone holds every acknowledged write. */
  private closeForSwap(): boolean {
    if (!this.db) return false
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
    if (result?.busy) throw storageFailure('BUSY')
    this.close()
    return true
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

function identityOf(file: string): FileIdentity | undefined {
  try {
    const stats = statSync(file)
    return { dev: stats.dev, ino: stats.ino }
  } catch {
    return undefined
  }
}

/** The file and its folder (where SQLite keeps the WAL) can both be written. */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK)
    accessSync(dirname(file), constants.W_OK)
    return true
  } catch {
    return false
  }
}
