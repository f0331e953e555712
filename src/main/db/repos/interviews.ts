import type { Database } from 'better-sqlite3'
import { rawStatement, statement } from '../statements'
import type { Interview, Status } from '../../../shared/model/interview'
import { MAX_DURATION_MS } from '../../../shared/model/limits'
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

const COLUMNS = [
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

/** Named columns in a fixed order: `SELECT *` follows the migrations' order, which differs between stores. */
const SELECT_ALL = `SELECT ${COLUMNS.join(', ')} FROM interviews`

/** Rows are written in bulk by imports: the fast reader of the contract's instants. */
const ms = (iso: string) => instantMs(iso)

/**
 * The row's values in COLUMNS order, written straight into an array: a bulk import binds 10 000 of them,
 * and a row object plus a map per row cost more than SQLite's own insert.
 */
function rowValues(interview: Interview): unknown[] {
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
const INSERT_SQL = `INSERT INTO interviews (${COLUMNS.join(', ')}, ics_uid) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?)`
const UPDATE_SQL = `UPDATE interviews SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
  .map((c) => `${c} = @${c}`)
  .join(', ')} WHERE id = @id`

export function insertInterview(db: Database, interview: Interview, icsUid?: string): void {
  const values = rowValues(interview)
  values.push(icsUid ?? null)
  statement(db, INSERT_SQL).run(values)
}

export function updateInterview(db: Database, interview: Interview): void {
  statement(db, UPDATE_SQL).run(toRow(interview))
}

export function getInterview(db: Database, id: string): Interview | undefined {
  const row = statement(db, 'SELECT * FROM interviews WHERE id = ?').get(id) as InterviewRow | undefined
  return row && fromRow(row)
}

/** Every interview, with its history and follow-ups (foreign keys cascade). */
export function deleteAllInterviews(db: Database): void {
  statement(db, 'DELETE FROM interviews').run()
}

/** How many interviews are stored (the total a full export reports its progress against). */
export function countInterviews(db: Database): number {
  return (statement(db, 'SELECT count(*) AS count FROM interviews').get() as { count: number }).count
}

export function deleteInterview(db: Database, id: string): boolean {
  return statement(db, 'DELETE FROM interviews WHERE id = ?').run(id).changes > 0
}

export interface InterviewFilter {
  /** Keep interviews that overlap [fromMs, toMs). */
  fromMs?: number
  toMs?: number
  statuses?: readonly Status[]
  ids?: readonly string[]
  limit?: number
  /** Also every interview with a pending reschedule request. */
  withHolds?: boolean
}

export function listInterviewsSql(filter: InterviewFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (filter.fromMs !== undefined) {
    // The lower bound on starts_at keeps the search on interviews_by_start: nothing lasts over MAX_DURATION.
    where.push('starts_at > @earliestStart', 'ends_at > @fromMs')
    params.earliestStart = filter.fromMs - MAX_DURATION_MS
    params.fromMs = filter.fromMs
  }
  if (filter.toMs !== undefined) {
    where.push('starts_at < @toMs')
    params.toMs = filter.toMs
  }
  if (filter.ids) {
    where.push('id IN (SELECT value FROM json_each(@ids))')
    params.ids = JSON.stringify(filter.ids)
  }
  if (filter.statuses && filter.statuses.length > 0) {
    where.push(`status IN (${filter.statuses.map((_, i) => `@status${i}`).join(', ')})`)
    filter.statuses.forEach((status, i) => (params[`status${i}`] = status))
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const limit = filter.limit === undefined ? '' : ` LIMIT ${Math.floor(filter.limit)}`
  // Pending requests are few: their interviews come along whatever their own time (the caller draws the
  // proposed times it shows). The second part reads them by their partial index and leaves out those the
  // first part has, so UNION ALL needs no comparing of whole rows; each part keeps to its own index.
  const holds =
    filter.withHolds && clause
      ? ` UNION ALL ${SELECT_ALL} WHERE reschedule IS NOT NULL AND NOT (${where.join(' AND ')})`
      : ''
  return { sql: `${SELECT_ALL} ${clause}${holds} ORDER BY starts_at, id${limit}`, params }
}

export function listInterviews(db: Database, filter: InterviewFilter = {}): Interview[] {
  return listInterviewValues(db, filter).map(fromValues)
}

/** The rows as arrays, to be made interviews with `fromValues` a part at a time (a large export). */
export function listInterviewValues(db: Database, filter: InterviewFilter = {}): RowValues[] {
  const { sql, params } = listInterviewsSql(filter)
  return rawStatement(db, sql).all(params) as RowValues[]
}

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

/** The interviews imported under any of these calendar UIDs, by UID (one query for a whole file). */
export function findByIcsUids(db: Database, uids: readonly string[]): Map<string, Interview> {
  const rows = statement(
    db,
    'SELECT * FROM interviews WHERE ics_uid IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(uids)) as (InterviewRow & { ics_uid: string })[]
  return new Map(rows.map((row) => [row.ics_uid, fromRow(row)]))
}

/** The calendar UIDs of the given interviews (for export: an imported interview keeps its UID). */
export function icsUids(db: Database): Map<string, string> {
  const rows = statement(db, 'SELECT id, ics_uid FROM interviews WHERE ics_uid IS NOT NULL').all() as {
    id: string
    ics_uid: string
  }[]
  return new Map(rows.map((row) => [row.id, row.ics_uid]))
}
