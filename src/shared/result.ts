/** Stable error codes: code branches on these, people read `message`. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_CHANNEL'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'BAD_REQUEST'
  | 'DB_CORRUPT'
  | 'DB_TOO_NEW'
  | 'DB_UNAVAILABLE'
  /** Another Interview Desk process has this database open. */
  | 'DB_LOCKED'
  /** The database file was removed or replaced under the running app. */
  | 'DB_REPLACED'
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'BUSY'
  /** A request body over the transport's limit (browser mode, 8 MB). */
  | 'TOO_LARGE'
  | 'INTERNAL'

/** One problem with one field; `path` is dotted (`contact.email`), `code` a key the UI translates. */
export interface FieldIssue {
  path: string
  code: string
  message: string
  params?: Record<string, number | string>
}

export interface AppError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})

/** Thrown inside main-process services; turned into a failed Result at the boundary. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
