import type { Interview } from '../../../shared/model/interview'
import { instantMs } from '../../../shared/time'
import { instantText as iso } from '../instantText'

/** One row of `interviews`: times are epoch milliseconds (UTC), optional fields are NULL. */
export interface InterviewRow {
  id: string
  company: string
  position: string
  contact_name: string | null
  contact_title: string | null
  contact_role: string | null
  contact_email: string | null
  contact_phone: string | null
  mode: string
  location: string | null
  meeting_url: string | null
  access_code: string | null
  starts_at: number
  ends_at: number
  time_zone: string
  status: string
  reference_number: string | null
  priority: number | null
  notes: string | null
  /** JSON of a pending reschedule request (proposed times, when asked), or NULL. */
  reschedule: string | null
  created_at: number
  updated_at: number
}

export const COLUMNS = [
  'id',
  'company',
  'position',
  'contact_name',
  'contact_title',
  'contact_role',
  'contact_email',
  'contact_phone',
  'mode',
  'location',
  'meeting_url',
  'access_code',
  'starts_at',
  'ends_at',
  'time_zone',
  'status',
  'reference_number',
  'priority',
  'notes',
  'reschedule',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof InterviewRow)[]

/** Rows are written in bulk by imports: the fast reader of the contract's instants. */
const ms = (iso: string) => instantMs(iso)

/**
 * The row's values in COLUMNS order, written straight into an array: a bulk import binds 10 000 of them,
 * and a row object plus a map per row cost more than SQLite's own insert.
 */
export function rowValues(interview: Interview): unknown[] {
  const { contact } = interview
  return [
    interview.id,
    interview.company,
    interview.position,
    contact.name ?? null,
    contact.title ?? null,
    contact.role ?? null,
    contact.email ?? null,
    contact.phone ?? null,
    interview.mode,
    interview.location ?? null,
    interview.meetingUrl ?? null,
    interview.accessCode ?? null,
    ms(interview.startsAt),
    ms(interview.endsAt),
    interview.timeZone,
    interview.status,
    interview.referenceNumber ?? null,
    interview.priority ?? null,
    interview.notes ?? null,
    interview.reschedule ? JSON.stringify(interview.reschedule) : null,
    ms(interview.createdAt),
    ms(interview.updatedAt),
  ]
}

export function toRow(interview: Interview): InterviewRow {
  const values = rowValues(interview)
  return Object.fromEntries(COLUMNS.map((column, i) => [column, values[i]])) as unknown as InterviewRow
}

/**
 * Row → contract shape; NULL columns become absent keys, never `null` or `undefined` values. Written out
 * field by field (no Object.entries per row): it runs for every row of every list and export.
 */
export function fromRow(row: InterviewRow): Interview {
  const contact: Record<string, unknown> = {}
  if (row.contact_name !== null) contact.name = row.contact_name
  if (row.contact_title !== null) contact.title = row.contact_title
  if (row.contact_role !== null) contact.role = row.contact_role
  if (row.contact_email !== null) contact.email = row.contact_email
  if (row.contact_phone !== null) contact.phone = row.contact_phone
  const interview: Record<string, unknown> = {
    id: row.id,
    company: row.company,
    position: row.position,
    contact,
    mode: row.mode,
  }
  if (row.location !== null) interview.location = row.location
  if (row.meeting_url !== null) interview.meetingUrl = row.meeting_url
  if (row.access_code !== null) interview.accessCode = row.access_code
  interview.startsAt = iso(row.starts_at)
  interview.endsAt = iso(row.ends_at)
  interview.timeZone = row.time_zone
  interview.status = row.status
  if (row.reference_number !== null) interview.referenceNumber = row.reference_number
  if (row.priority !== null) interview.priority = row.priority
  if (row.notes !== null) interview.notes = row.notes
  if (row.reschedule) interview.reschedule = JSON.parse(row.reschedule) as Interview['reschedule']
  interview.createdAt = iso(row.created_at)
  interview.updatedAt = iso(row.updated_at)
  return interview as unknown as Interview
}

// Positional parameters: binding by name costs a lookup per column, which a 10 000-event import feels.
/** The columns in COLUMNS order, as a raw statement gives them. */
type ValuesOf<T extends readonly (keyof InterviewRow)[]> = { -readonly [K in keyof T]: InterviewRow[T[K]] }
export type RowValues = ValuesOf<typeof COLUMNS>

/**
 * Rows as arrays cost a third of rows as objects in better-sqlite3 (it builds each object key by key); the
 * row is rebuilt here as one literal of a fixed shape.
 */
export function fromValues(values: RowValues): Interview {
  const [
    id,
    company,
    position,
    contact_name,
    contact_title,
    contact_role,
    contact_email,
    contact_phone,
    mode,
    location,
    meeting_url,
    access_code,
    starts_at,
    ends_at,
    time_zone,
    status,
    reference_number,
    priority,
    notes,
    reschedule,
    created_at,
    updated_at,
  ] = values
  return fromRow({
    id,
    company,
    position,
    contact_name,
    contact_title,
    contact_role,
    contact_email,
    contact_phone,
    mode,
    location,
    meeting_url,
    access_code,
    starts_at,
    ends_at,
    time_zone,
    status,
    reference_number,
    priority,
    notes,
    reschedule,
    created_at,
    updated_at,
  })
}
