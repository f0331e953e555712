import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { Backup } from '../../shared/model/backup'

export type BackupReason = 'manual' | 'daily' | 'pre-migration' | 'pre-restore' | 'pre-import'

/** Automatic backups kept; manual ones are the user's and are never deleted for them. */
export const KEEP_AUTOMATIC = 7
const DAY_MS = 24 * 60 * 60 * 1000
const NAME = /^interview-desk-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.sqlite3$/

export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '')
  return `interview-desk-${stamp}-${reason}.sqlite3`
}

function parseName(file: string): { createdAt: Date; reason: string } | undefined {
  const match = NAME.exec(file)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, ms, reason] = match
  return { createdAt: new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`), reason: reason ?? '' }
}

/** Backups in the folder, newest first. Files that are not ours are ignored. */
export function listBackups(dir: string): Backup[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const backups: Backup[] = []
  for (const file of names) {
    const parsed = parseName(file)
    if (!parsed) continue
    backups.push({ file, createdAt: parsed.createdAt.toISOString(), bytes: statSync(join(dir, file)).size })
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file))
}

/**
 * Copies the live database with SQLite's online backup into the folder. The copy is written under a
 * temporary name and renamed, so a crash never leaves a half-written file that looks like a backup.
 */
export async function createBackup(
  db: Database,
  dir: string,
  at: Date,
  reason: BackupReason,
): Promise<Backup> {
  mkdirSync(dir, { recursive: true })
  let file = backupFileName(at, reason)
  // Two backups in the same millisecond (a restore right after a manual backup) must not collide.
  for (let bump = 1; listBackups(dir).some((backup) => backup.file === file); bump += 1) {
    file = backupFileName(new Date(at.getTime() + bump), reason)
  }
  const partial = join(dir, `${file}${PARTIAL_SUFFIX}`)
  try {
    await db.backup(partial)
    markRollbackJournal(partial)
    renameSync(partial, join(dir, file))
  } catch (error) {
    // A half-written copy must not stay behind on a full disk (it would only take more of it).
    for (const suffix of ['', '-journal', '-wal', '-shm']) {
      try {
        rmSync(partial + suffix, { force: true })
      } catch {
        // Not ours to remove (e.g. a folder of that name): the failure to report is the backup's.
      }
    }
    throw error
  }
  rotateBackups(dir)
  return { file, createdAt: parseName(file)!.createdAt.toISOString(), bytes: statSync(join(dir, file)).size }
}

export const PARTIAL_SUFFIX = '.partial'

/**
 * Marks a fresh copy as a rollback-journal database (header bytes 18–19 = 1; WAL is 2). The online backup
 * copies the live file's WAL mark, and opening a WAL file, even read-only, needs a -shm file beside it:
 * on a full disk or read-only folder that fails, and a sound backup would look unreadable. The copy has no
 * WAL content, so the mark is all that differs; the app switches the restored file back to WAL on open.
 */
export function markRollbackJournal(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    writeSync(fd, Buffer.from([1, 1]), 0, 2, 18)
  } finally {
    closeSync(fd)
  }
}

export function rotateBackups(dir: string, keep = KEEP_AUTOMATIC): void {
  const automatic = listBackups(dir).filter((backup) => parseName(backup.file)?.reason !== 'manual')
  for (const old of automatic.slice(keep)) rmSync(join(dir, old.file), { force: true })
}

export function needsDailyBackup(dir: string, now: Date): boolean {
  const newest = listBackups(dir)[0]
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS
}
