import { z } from 'zod'
import { LIMITS, MAX_DURATION_MS, MAX_LISTED_IDS } from './limits'
import { email, instant, typeError, phone, requiredText, text, timeZone, webUrl } from './fields'

import {
  CONTACT_ROLES,
  CONTACT_TITLES,
  MODES,
  STATUSES,
  type ContactRole,
  type ContactTitle,
  type Mode,
  type Status,
} from './values'

export { CONTACT_ROLES, CONTACT_TITLES, MODES, STATUSES } from './values'
export type { ContactRole, ContactTitle, Mode, Status } from './values'
export { LIMITS, MAX_DURATION_MS, MAX_LISTED_IDS } from './limits'

/** Optional text on create: blank means absent. */
const optionalText = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional()

/** Optional text on update: blank or `null` clears the field, absent leaves it unchanged. */
const clearableText = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()

export const contactSchema = z.strictObject({
  name: optionalText(LIMITS.contactName),
  title: z.enum(CONTACT_TITLES, { error: typeError('invalid_choice') }).optional(),
  role: z.enum(CONTACT_ROLES, { error: typeError('invalid_choice') }).optional(),
  email: email.optional(),
  phone: phone.optional(),
})

const fieldShapes = {
  company: requiredText(LIMITS.company),
  position: requiredText(LIMITS.position),
  contact: contactSchema,
  mode: z.enum(MODES, { error: typeError('invalid_choice') }),
  meetingUrl: webUrl,
  startsAt: instant,
  endsAt: instant,
  timeZone,
  status: z.enum(STATUSES, { error: typeError('invalid_choice') }),
  priority: z
    .number({ error: typeError('expected_number') })
    .int({ error: 'expected_integer' })
    .min(1)
    .max(5),
}

/** Problems with a start/end pair, reported on `endsAt` where the user fixes them. */
export function timeIssues(startsAt: string, endsAt: string): { path: string[]; message: string }[] {
  const duration = Date.parse(endsAt) - Date.parse(startsAt)
  if (!(duration > 0)) return [{ path: ['endsAt'], message: 'end_before_start' }]
  if (duration > MAX_DURATION_MS) return [{ path: ['endsAt'], message: 'too_long_duration' }]
  return []
}

const inputShape = {
  company: fieldShapes.company,
  position: fieldShapes.position,
  contact: fieldShapes.contact.default({}),
  mode: fieldShapes.mode,
  location: optionalText(LIMITS.location),
  meetingUrl: fieldShapes.meetingUrl.optional(),
  accessCode: optionalText(LIMITS.accessCode),
  startsAt: fieldShapes.startsAt,
  endsAt: fieldShapes.endsAt,
  timeZone: fieldShapes.timeZone,
  status: fieldShapes.status.default('invited'),
  referenceNumber: optionalText(LIMITS.referenceNumber),
  priority: fieldShapes.priority.optional(),
  notes: optionalText(LIMITS.notes),
}

const checkTimes = (value: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) => {
  for (const issue of timeIssues(value.startsAt, value.endsAt)) ctx.addIssue({ code: 'custom', ...issue })
}

export const interviewInputSchema = z.strictObject(inputShape).superRefine(checkTimes)

/**
 * `interviews/create`: the fields and, for an invitation that asks for a reply by a date, that date
 * (`replyBy`): a task to confirm in writing, due then, is stored with the interview. It is due before the
 * interview starts.
 */
export const interviewCreateSchema = z
  .strictObject({ ...inputShape, replyBy: instant.optional() })
  .superRefine((value, ctx) => {
    checkTimes(value, ctx)
    if (value.replyBy !== undefined && Date.parse(value.replyBy) >= Date.parse(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['replyBy'], message: 'reply_after_start' })
  })

/** A start and end: valid instants, the end after the start, at most a day long. */
export const timeSlotSchema = z.strictObject({ startsAt: instant, endsAt: instant }).superRefine(checkTimes)
export type TimeSlot = z.output<typeof timeSlotSchema>

/** At most this many times in one request: more is not a proposal a company can answer. */
export const MAX_PROPOSED = 10

/** A reschedule request the company has not answered yet: the times proposed and when it was sent. */
export const rescheduleRequestSchema = z.strictObject({
  proposed: z.array(timeSlotSchema).max(MAX_PROPOSED),
  requestedAt: instant,
})
export type RescheduleRequest = z.output<typeof rescheduleRequestSchema>

export type InterviewInput = z.input<typeof interviewInputSchema>
export type InterviewFields = z.output<typeof interviewInputSchema>

export const idSchema = z.uuid({ error: 'invalid_id' })

/** A whole stored interview (as in a data export): the input fields plus id and timestamps, strictly. */
export const storedInterviewSchema = z
  .strictObject({
    ...inputShape,
    reschedule: rescheduleRequestSchema.optional(),
    id: idSchema,
    createdAt: instant,
    updatedAt: instant,
  })
  .superRefine(checkTimes)

/** Update: any subset of fields; `null` clears an optional one. Times are re-checked against the stored row. */
export const interviewUpdateSchema = z.strictObject({
  id: idSchema,
  company: fieldShapes.company.optional(),
  position: fieldShapes.position.optional(),
  contact: fieldShapes.contact.optional(),
  mode: fieldShapes.mode.optional(),
  location: clearableText(LIMITS.location),
  meetingUrl: fieldShapes.meetingUrl.nullable().optional(),
  accessCode: clearableText(LIMITS.accessCode),
  startsAt: fieldShapes.startsAt.optional(),
  endsAt: fieldShapes.endsAt.optional(),
  timeZone: fieldShapes.timeZone.optional(),
  status: fieldShapes.status.optional(),
  referenceNumber: clearableText(LIMITS.referenceNumber),
  priority: fieldShapes.priority.nullable().optional(),
  notes: clearableText(LIMITS.notes),
  /** Set when the change reverts the previous one (the toast's undo): the history says so. */
  undo: z.literal(true).optional(),
  /** A move the company already agreed to (no request needed): the history says so. */
  agreed: z.literal(true).optional(),
})
export type InterviewUpdate = z.input<typeof interviewUpdateSchema>
export type InterviewPatch = z.output<typeof interviewUpdateSchema>

export interface Contact {
  name?: string
  title?: ContactTitle
  role?: ContactRole
  email?: string
  phone?: string
}

export interface Interview {
  id: string
  company: string
  position: string
  contact: Contact
  mode: Mode
  location?: string
  meetingUrl?: string
  accessCode?: string
  startsAt: string
  endsAt: string
  timeZone: string
  status: Status
  referenceNumber?: string
  priority?: number
  notes?: string
  /** A reschedule request waiting for the company's answer; the times above are still the agreed ones. */
  reschedule?: RescheduleRequest
  createdAt: string
  updatedAt: string
}

/** The interviews overlapping [from, to) (either end may be left open), with one of these statuses. */
const rangeShape = {
  from: instant.optional(),
  to: instant.optional(),
  status: z.union([fieldShapes.status, z.array(fieldShapes.status).max(STATUSES.length)]).optional(),
}

/** A range's end comes after its start. */
function endAfterStart(value: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.from && value.to && Date.parse(value.to) <= Date.parse(value.from)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' })
  }
}

export const interviewListSchema = z
  .strictObject({
    ...rangeShape,
    query: text(LIMITS.query).optional(),
    /** Only these interviews (a page that shows the ones its alerts or tasks name). */
    ids: z.array(z.uuid()).max(MAX_LISTED_IDS).optional(),
    /**
     * At most this many, the earliest first (e.g. 1: "is there any interview at all?"); with a text query,
     * of those that match.
     */
    limit: z.int().min(1).max(10_000).optional(),
    /**
     * With a range: also the interviews whose pending proposed times may fall in it (drawn as holds). With
     * a limit too (and no text query), the limit counts the range's interviews and every pending request
     * comes along besides.
     */
    withHolds: z.boolean().optional(),
    /**
     * With a limit: the list does not end inside a day. After the interviews the limit counts comes the
     * rest of the last one's day in this zone, however many it holds (the agenda draws whole days).
     */
    wholeDaysIn: fieldShapes.timeZone.optional(),
  })
  .superRefine(endAfterStart)
export type InterviewListQuery = z.input<typeof interviewListSchema>

/** `interviews/count`: how many interviews `interviews/list` lists for this range and these statuses. */
export const interviewCountSchema = z.strictObject(rangeShape).superRefine(endAfterStart)
