import { z } from 'zod'
import type { IcsReason } from '../ics/reasons'
import { requiredText, text, webUrl } from './fields'
import { contactSchema, idSchema, LIMITS } from './interview'

/** What the user changed in the preview for one event; `null` or a blank clears an optional field. */
const clearable = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()

export const icsEventEditSchema = z.strictObject({
  company: requiredText(LIMITS.company).optional(),
  position: requiredText(LIMITS.position).optional(),
  /** The whole contact as edited: replaces the one read from the file. */
  contact: contactSchema.optional(),
  meetingUrl: webUrl.nullable().optional(),
  accessCode: clearable(LIMITS.accessCode),
  referenceNumber: clearable(LIMITS.referenceNumber),
  location: clearable(LIMITS.location),
})
export type IcsEventEdit = z.input<typeof icsEventEditSchema>
export type IcsEventEditParsed = z.output<typeof icsEventEditSchema>

/** More edits than any preview shows at once is not a person editing. */
const MAX_EDITS = 1000

/**
 * `ics/import` takes pasted text or a file's raw bytes as base64 (exactly one), and may only preview.
 * One strict object rather than a union of two, so that a bad edit is reported on its own field.
 */
export const icsImportSchema = z
  .strictObject({
    text: z.string().min(1, { error: 'required' }).optional(),
    base64: z.base64({ error: 'invalid' }).min(1, { error: 'required' }).optional(),
    preview: z.boolean().optional(),
    /** Yes to adding every occurrence of a series that repeats more than 20 times in the coming year. */
    acceptSeries: z.boolean().optional(),
    /** Edits made in the preview, by the event's `key` there; an invalid one refuses the whole import. */
    edits: z
      .record(z.string().min(1).max(2000), icsEventEditSchema)
      .refine((edits) => Object.keys(edits).length <= MAX_EDITS, { error: 'too_many' })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.text === undefined && value.base64 === undefined)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'required' })
    if (value.text !== undefined && value.base64 !== undefined)
      ctx.addIssue({ code: 'custom', path: ['base64'], message: 'not_with_text' })
  })

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
  /** Names the event in `edits`: its UID, or `#n` (its place in the file) when it has none. */
  key?: string
  action: 'add' | 'update' | 'skip'
  company?: string
  position?: string
  startsAt?: string
  /** What will be stored besides company, position and time (shown in the preview). */
  details?: {
    contact?: { name?: string; title?: 'mr' | 'ms'; email?: string; phone?: string }
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
