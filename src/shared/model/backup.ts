import { z } from 'zod'

export interface Backup {
  /** File name inside the backups folder; never a path. */
  file: string
  createdAt: string
  bytes: number
}

export const backupFileSchema = z
  .string({ error: 'expected_text' })
  .regex(/^interview-desk-\d{8}T\d{6}\d{3}Z(?:-[a-z-]+)?\.sqlite3$/, { error: 'invalid_backup_name' })

/**
 * `read-only`: open and readable, but nothing can be saved (the file or its folder is not writable).
 * `replaced`: the file was removed or replaced under the running app; writes are refused.
 */
export type DatabaseState = 'ok' | 'read-only' | 'replaced' | 'corrupt' | 'too-new' | 'unreadable'

export interface DatabaseStatus {
  state: DatabaseState
  /** Plain-words description of the problem, when there is one. */
  problem?: string
  file: string
  backupsDir: string
  /** Where a damaged file was moved aside, after a restore or reset. */
  keptAside?: string
}
