import { z } from 'zod'
import { email, instant, typeError, phone, requiredText, text, timeZone, webUrl } from './fields'

export const CONTACT_ROLES = ['recruiter', 'hiring-manager', 'hr', 'interviewer', 'other'] as const
export const MODES = ['onsite', 'video', 'phone'] as const
export const CONTACT_TITLES = ['mr', 'ms'] as const
export const STATUSES = ['invited', 'confirmed', 'cancelled', 'declined', 'completed', 'no-show'] as const

export type ContactRole = (typeof CONTACT_ROLES)[number]
/** How the contact is addressed: Bapak / Mr or Ibu / Ms. Absent when unknown; never guessed. */
export type ContactTitle = (typeof CONTACT_TITLES)[number]
export type Mode = (typeof MODES)[number]
export type Status = (typeof STATUSES)[number]

/** An interview longer than a day is a data-entry mistake; the bound also keeps range queries on the index. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000

export const LIMITS = {
  company: 200,
  position: 200,
  contactName: 200,
  location: 500,
  accessCode: 100,
  referenceNumber: 100,
  notes: 10_000,
  query: 200,
} as const

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

export type InterviewInput = z.input<typeof interviewInputSchema>
export type InterviewFields = z.output<typeof interviewInputSchema>

export const idSchema = z.uuid({ error: 'invalid_id' })

/** A whole stored interview (as in a data export): the input fields plus id and timestamps, strictly. */
export const storedInterviewSchema = z
  .strictObject({ ...inputShape, id: idSchema, createdAt: instant, updatedAt: instant })
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
  createdAt: string
  updatedAt: string
}

export const interviewListSchema = z
  .strictObject({
    from: instant.optional(),
    to: instant.optional(),
    status: z.union([fieldShapes.status, z.array(fieldShapes.status).max(STATUSES.length)]).optional(),
    query: text(LIMITS.query).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && Date.parse(value.to) <= Date.parse(value.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' })
    }
  })
export type InterviewListQuery = z.input<typeof interviewListSchema>
