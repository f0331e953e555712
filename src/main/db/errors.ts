import { AppFailure, type ErrorCode } from '../../shared/result'

/** Why a database file could not be opened. The file itself is left exactly as it was found. */
export class DbOpenError extends AppFailure {
  constructor(
    readonly state: 'corrupt' | 'too-new' | 'unreadable',
    message: string,
    code?: ErrorCode,
  ) {
    super(
      code ?? (state === 'too-new' ? 'DB_TOO_NEW' : state === 'corrupt' ? 'DB_CORRUPT' : 'DB_UNAVAILABLE'),
      message,
    )
    this.name = 'DbOpenError'
  }
}

/** SQLite result codes that mean the bytes on disk are not a sound database. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT_VTAB'
}
