import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import type { IcsExportProgress } from '../../shared/model/exchange'
import { AppFailure } from '../../shared/result'
import { fromValues, icsUids, listInterviewValues } from '../db/repos/interviews'
import { exportIcsInChunks } from '../ics/export'
import { releaseAfterLargeWork } from '../memory'
import { getSettings, type SystemDefaults } from './settings'

/** The progress of the calendar export running now (or of the last one), read by `ics/exportProgress`. */
export class ExportProgress {
  private current: IcsExportProgress = { running: false, done: 0, total: 0 }

  get(): IcsExportProgress {
    return { ...this.current }
  }

  set(value: IcsExportProgress): void {
    this.current = value
  }
}

/** From this many interviews, the memory an export needed is given back after it. */
const LARGE_EXPORT = 2000

/**
 * The chosen interviews (all by default) as one .ics text. The rows are read in one query — one consistent
 * snapshot, as arrays, the cheap part — and written a chunk at a time, yielding between chunks.
 */
export async function exportCalendar(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'ics/export'>,
  now: Date,
  progress: ExportProgress,
): Promise<{ text: string }> {
  const rows = listInterviewValues(db, input.ids ? { ids: input.ids } : {})
  if (input.ids && rows.length !== new Set(input.ids).size)
    throw new AppFailure('NOT_FOUND', 'Some of those interviews do not exist.')
  const settings = getSettings(db, system)
  const uids = icsUids(db)
  try {
    const text = await exportIcsInChunks(rows, fromValues, settings, uids, now, (done, total) =>
      progress.set({ running: done < total, done, total }),
    )
    return { text }
  } finally {
    const { total } = progress.get()
    progress.set({ running: false, done: total, total })
    if (total >= LARGE_EXPORT) releaseAfterLargeWork()
  }
}
