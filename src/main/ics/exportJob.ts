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

/**
 * What the export worker says back: progress as it writes, then the text (or why there is none). The text
 * comes as bytes handed over (transferred), not copied: a 12 MB string cost ~40–60 ms to clone across, part
 * of it on the app's thread; ASCII text travels as Latin-1, one byte a character both ways.
 */
export type ExportMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; bytes: ArrayBuffer; encoding: 'latin1' | 'utf8' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
