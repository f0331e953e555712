import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PARTIAL_SUFFIX } from './backups'
import { PREVIOUS_SUFFIX, RESTORING_SUFFIX } from './restore'

const BACKUP_SIDE_FILE = /^interview-desk-.*\.sqlite3(?:\.partial)?(?:-wal|-shm|-journal)$/

/**
 * Files an interrupted backup or restore leaves behind (a crash, a kill, a full disk). Run at start, while
 * holding the lock, so no other process can be using them. Returns the names removed, for the log.
 */
export function removeLeftovers(dbFile: string, backupsDir: string): string[] {
  const removed: string[] = []
  const remove = (path: string) => {
    if (!existsSync(path)) return
    rmSync(path, { force: true })
    removed.push(path)
  }
  const previous = dbFile + PREVIOUS_SUFFIX
  // A restore keeps the old file linked as `.previous` until the new one opens; alone, it is the data.
  if (existsSync(previous) && !existsSync(dbFile)) renameSync(previous, dbFile)
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    remove(dbFile + RESTORING_SUFFIX + suffix)
    remove(previous + suffix)
  }
  let names: string[] = []
  try {
    names = readdirSync(backupsDir)
  } catch {
    return removed
  }
  for (const name of names) {
    if (name.endsWith(PARTIAL_SUFFIX) || BACKUP_SIDE_FILE.test(name)) remove(join(backupsDir, name))
  }
  return removed
}
