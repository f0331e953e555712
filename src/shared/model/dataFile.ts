import { z } from 'zod'
import { FOLLOWUP_CHANNELS, LOG_KINDS, TASK_KINDS, type FollowUp } from './followup'
import { idSchema, storedInterviewSchema, type Interview } from './interview'
import { instant, text } from './fields'
import { travelTimeSchema, type TravelTime } from './travel'

/** The versioned JSON export: everything the user keeps in the app. */
export const DATA_FORMAT = 'interview-desk'
export const DATA_VERSION = 1

export interface DataFile {
  format: typeof DATA_FORMAT
  version: typeof DATA_VERSION
  exportedAt: string
  interviews: Interview[]
  followUps: FollowUp[]
  travelTimes: TravelTime[]
}

const storedFollowUp = z
  .strictObject({
    id: idSchema,
    interviewId: idSchema,
    type: z.enum(['log', 'task']),
    kind: z.enum([...LOG_KINDS, ...TASK_KINDS]),
    channel: z.enum(FOLLOWUP_CHANNELS).optional(),
    at: instant,
    dueAt: instant.optional(),
    doneAt: instant.optional(),
    subject: text(300).optional(),
    body: text(20_000).optional(),
    note: text(5000).optional(),
  })
  .superRefine((value, ctx) => {
    // The same rules the database holds, checked here so a bad record is named instead of failing the write.
    if (value.type === 'task' && !value.dueAt)
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'required' })
    const kinds: readonly string[] = value.type === 'task' ? TASK_KINDS : LOG_KINDS
    if (!kinds.includes(value.kind))
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'invalid_choice' })
  })

/** A data file as read back: every record validated as strictly as the contract validates a call. */
export const dataFileSchema = z.strictObject({
  format: z.literal(DATA_FORMAT, { error: 'not_interview_desk_data' }),
  version: z.literal(DATA_VERSION, { error: 'unsupported_version' }),
  exportedAt: instant,
  interviews: z.array(storedInterviewSchema).max(200_000),
  followUps: z.array(storedFollowUp).max(1_000_000),
  travelTimes: z.array(travelTimeSchema).max(10_000),
})

export const dataExportSchema = z.strictObject({
  format: z.enum(['json', 'csv'], { error: 'invalid_choice' }),
  /** For CSV, which table (one CSV file each); JSON always holds everything. */
  table: z.enum(['interviews', 'followups']).optional(),
})

export const dataImportSchema = z.strictObject({
  text: z
    .string()
    .min(1, { error: 'required' })
    .max(200 * 1024 * 1024),
  mode: z.enum(['merge', 'replace'], { error: 'invalid_choice' }),
})

export interface DataImportResult {
  interviews: { added: number; updated: number }
  followUps: { added: number }
  travelTimes: number
  /** Replace only: the backup of the data as it was, made before anything was replaced. */
  backup?: string
}
