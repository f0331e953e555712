import { z } from 'zod'
import type { IcsReason } from '../ics/reasons'
import { idSchema } from './interview'

const importOptions = {
  preview: z.boolean().optional(),
  /** Yes to adding every occurrence of a series that repeats more than 20 times in the coming year. */
  acceptSeries: z.boolean().optional(),
}

/** `ics/import` takes pasted text or a file's raw bytes as base64, and may only preview. */
export const icsImportSchema = z.union([
  z.strictObject({ text: z.string().min(1, { error: 'required' }), ...importOptions }),
  z.strictObject({ base64: z.base64({ error: 'invalid' }).min(1, { error: 'required' }), ...importOptions }),
])

export const icsExportSchema = z.strictObject({ ids: z.array(idSchema).max(100_000).optional() })

/** How far the running calendar export is (the last one, once it has finished). */
export interface IcsExportProgress {
  running: boolean
  /** Interviews written so far, of `total`. */
  done: number
  total: number
}

/** A reason as code and parameters (the renderer words it) and as a sentence in the user's language. */
export type IcsReasonOut = IcsReason & { reason: string }

export interface IcsImportItem {
  /** The event's UID; empty when the file gives none (such events are matched by their content). */
  uid: string
  action: 'add' | 'update' | 'skip'
  company?: string
  position?: string
  startsAt?: string
  /** What will be stored besides company, position and time (shown in the preview). */
  details?: {
    contact?: { name?: string; email?: string; phone?: string }
    meetingUrl?: string
    accessCode?: string
    referenceNumber?: string
    location?: string
    /** An interview already in the calendar at an overlapping time (preview only). */
    clash?: { company: string; position: string; startsAt: string }
  }
  reason?: string
  code?: IcsReason['code']
  params?: IcsReason['params']
}

export interface IcsImportResult {
  imported: number
  updated: number
  skipped: ({ uid?: string } & IcsReasonOut)[]
  /** Every event, in file order, with what happened (or would happen, in a preview). */
  items: IcsImportItem[]
  /** About the file as a whole (e.g. its text encoding had to be guessed). */
  notices: IcsReasonOut[]
  /** Series that were not added because they repeat often: import again with `acceptSeries` to add them. */
  series: { uid: string; count: number; company?: string; position?: string }[]
}
