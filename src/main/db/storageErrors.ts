import { statfsSync } from 'node:fs'
import { AppFailure } from '../../shared/result'

/** Below this many free bytes an unspecific I/O error is taken to be a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024

const messages = {
  DISK_FULL:
    'The disk is full, so nothing could be saved. Free some space (empty the trash, remove large files) and try again.',
  READ_ONLY:
    'The data file or its folder cannot be written, so nothing could be saved. Check that the file is not read-only and that the folder is writable, or move the data to a writable folder.',
  BUSY: 'The data file is busy with another task. Nothing was changed; try again in a moment.',
  DB_REPLACED:
    'The data file was removed or replaced by another program while the app was open, so changes can no longer be saved to it. Restart Interview Desk to open the file as it is now.',
} as const

export type StorageCode = keyof typeof messages

export function storageFailure(code: StorageCode, detail?: string): AppFailure {
  return new AppFailure(code, detail ? `${messages[code]} (${detail})` : messages[code])
}

/**
 * Which storage trouble an error from SQLite or the file system stands for: a full disk, a file that
 * cannot be written, a busy database, or the file moved away. Anything else is not ours to name.
 */
export function storageCode(error: unknown, near?: string): StorageCode | undefined {
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL'
  if (code === 'SQLITE_READONLY_DBMOVED') return 'DB_REPLACED'
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return 'READ_ONLY'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'BUSY'
  // SQLite reports some write failures on a full disk (the WAL index, a journal) as plain I/O errors.
  if ((code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') && near && nearlyFull(near))
    return 'DISK_FULL'
  return undefined
}

/** The error as a typed AppFailure when it is storage trouble; otherwise unchanged. */
export function asStorageFailure(error: unknown, near?: string): unknown {
  if (error instanceof AppFailure) return error
  const code = storageCode(error, near)
  return code ? storageFailure(code) : error
}

function nearlyFull(path: string): boolean {
  try {
    const stats = statfsSync(path)
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES
  } catch {
    return false
  }
}
