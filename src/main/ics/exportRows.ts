import type { Database } from 'better-sqlite3'
import { rawStatement } from '../db/statements'
import type { ExportedInterview } from './exportText'

/**
 * What an export reads of each interview, and nothing more: no reschedule JSON, no creation times, and
 * the calendar UID in the same row (no second query and map). Rows come as arrays, in this order.
 */
const COLUMNS = [
  'id',
  'company',
  'position',
  'contact_name',
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
  'ics_uid',
  'contact_title',
  'updated_at',
] as const

type Value = string | number | null
export type ExportRow = Value[]

const SELECT = `SELECT ${COLUMNS.join(', ')} FROM interviews`
const ORDER = 'ORDER BY starts_at, id'

/** The rows of the chosen interviews (all by default) in start order, read as they are written. */
export function exportRows(db: Database, ids?: readonly string[]): IterableIterator<ExportRow> {
  if (!ids) return rawStatement(db, `${SELECT} ${ORDER}`).iterate() as IterableIterator<ExportRow>
  const sql = `${SELECT} WHERE id IN (SELECT value FROM json_each(?)) ${ORDER}`
  return rawStatement(db, sql).iterate(JSON.stringify(ids)) as IterableIterator<ExportRow>
}

const text = (value: Value) => (value === null ? undefined : (value as string))

/** A row as the interview the writer reads, with its calendar UID when it was imported. */
export function exportedOf(row: ExportRow): { interview: ExportedInterview; icsUid: string | undefined } {
  const contact: ExportedInterview['contact'] = {}
  if (row[3] !== null) contact.name = row[3] as string
  if (row[4] !== null) contact.role = row[4] as NonNullable<ExportedInterview['contact']['role']>
  if (row[5] !== null) contact.email = row[5] as string
  if (row[6] !== null) contact.phone = row[6] as string
  if (row[19] !== null) contact.title = row[19] as NonNullable<ExportedInterview['contact']['title']>
  const interview = {
    id: row[0] as string,
    company: row[1] as string,
    position: row[2] as string,
    contact,
    mode: row[7] as ExportedInterview['mode'],
    location: text(row[8]!),
    meetingUrl: text(row[9]!),
    accessCode: text(row[10]!),
    startMs: row[11] as number,
    endMs: row[12] as number,
    timeZone: row[13] as string,
    status: row[14] as ExportedInterview['status'],
    referenceNumber: text(row[15]!),
    priority: row[16] === null ? undefined : (row[16] as ExportedInterview['priority']),
    notes: text(row[17]!),
    updatedMs: row[20] as number,
  }
  return { interview, icsUid: text(row[18]!) }
}
