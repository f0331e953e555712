import type { Settings } from '../../shared/model/settings'

/** What the export worker is given: where to read, what to write, and how. */
export interface ExportJob {
  file: string
  nativeBinding?: string | undefined
  ids?: readonly string[] | undefined
  /** How many interviews: all that are stored, or the distinct chosen ids. */
  total: number
  settings: Settings
  /** The stamp of every event (ISO). */
  now: string
}

/** What the export worker says back: progress as it writes, then the text (or why there is none). */
export type ExportMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; text: string }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
