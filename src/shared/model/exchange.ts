import { z } from 'zod'
import { idSchema } from './interview'

/** `ics/import` takes pasted text or a file's raw bytes as base64, and may only preview. */
export const icsImportSchema = z.union([
  z.strictObject({ text: z.string().min(1, { error: 'required' }), preview: z.boolean().optional() }),
  z.strictObject({
    base64: z.base64({ error: 'invalid' }).min(1, { error: 'required' }),
    preview: z.boolean().optional(),
  }),
])

export const icsExportSchema = z.strictObject({ ids: z.array(idSchema).max(100_000).optional() })

export interface IcsImportItem {
  uid: string
  action: 'add' | 'update' | 'skip'
  company?: string
  position?: string
  startsAt?: string
  reason?: string
}

export interface IcsImportResult {
  imported: number
  updated: number
  skipped: { uid?: string; reason: string }[]
  /** Every event, in file order, with what happened (or would happen, in a preview). */
  items: IcsImportItem[]
}
