import { z } from 'zod'
import { DRAFT_KINDS } from '../drafts/types'
import { instant, text } from './fields'
import { idSchema } from './interview'

/** Something that happened (a message sent, a call, a note) or a task to do by a date. */
export const LOG_KINDS = [
  ...DRAFT_KINDS,
  'call',
  'call-received',
  'email-received',
  'message-received',
  'note',
] as const
/**
 * `video-answer`: a cancellation asked first whether the interview can go ahead by video; the company's answer
 * (by video, or cancelled) settles it.
 */
export const TASK_KINDS = [
  'confirm-in-writing',
  'send-thanks',
  'chase-reply',
  'video-answer',
  'custom',
] as const
export const FOLLOWUP_CHANNELS = ['email', 'phone', 'whatsapp', 'in-person', 'other'] as const
/** What the user logs by hand (a thank-you said in person or by phone, say), as opposed to a message sent. */
export const MANUAL_LOG_KINDS = [
  'call',
  'call-received',
  'email-received',
  'message-received',
  'thanks',
  'note',
] as const

export type LogKind = (typeof LOG_KINDS)[number]
export type TaskKind = (typeof TASK_KINDS)[number]
export type FollowUpChannel = (typeof FOLLOWUP_CHANNELS)[number]

export interface FollowUp {
  id: string
  interviewId: string
  type: 'log' | 'task'
  kind: LogKind | TaskKind
  channel?: FollowUpChannel
  /** When it happened (log) or was set (task). */
  at: string
  dueAt?: string
  doneAt?: string
  subject?: string
  body?: string
  note?: string
}

export const followUpAddSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('log'),
    interviewId: idSchema,
    kind: z.enum(LOG_KINDS, { error: 'invalid_choice' }),
    channel: z.enum(FOLLOWUP_CHANNELS, { error: 'invalid_choice' }).optional(),
    at: instant.optional(),
    note: text(5000).optional(),
    /** Also set a reminder: a task to follow up, due then, with the same note (in one transaction). */
    remindAt: instant.optional(),
  }),
  z.strictObject({
    type: z.literal('task'),
    interviewId: idSchema,
    kind: z.enum(TASK_KINDS, { error: 'invalid_choice' }),
    dueAt: instant,
    note: text(5000).optional(),
  }),
])

export const followUpListSchema = z.strictObject({
  interviewId: idSchema.optional(),
  type: z.enum(['log', 'task']).optional(),
  kind: z.enum([...LOG_KINDS, ...TASK_KINDS]).optional(),
  from: instant.optional(),
  to: instant.optional(),
  openOnly: z.boolean().optional(),
})

/** Completed at the app's clock: a caller's time would be stored as the completion time. */
export const followUpCompleteSchema = z.strictObject({ id: idSchema })

/** A hand-written entry's note, corrected; empty clears it (a note entry, which is its note, keeps one). */
export const followUpUpdateSchema = z.strictObject({ id: idSchema, note: text(5000) })

/** A hand-written entry or a reminder the user set, taken out of the log. */
export const followUpDeleteSchema = z.strictObject({ id: idSchema })

/**
 * Whether the user may correct or remove this entry: what they logged by hand, or an open reminder they
 * set. A message marked as sent, and a task the app set (it waits for something), record what the app did.
 */
export function isUsersOwn(followUp: FollowUp): boolean {
  if (followUp.type === 'task') return followUp.kind === 'custom' && !followUp.doneAt
  return (MANUAL_LOG_KINDS as readonly string[]).includes(followUp.kind) && followUp.body === undefined
}
