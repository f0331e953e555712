import type { Database } from 'better-sqlite3'
import { rawStatement, statement } from '../statements'
import type { Interview, Status } from '../../../shared/model/interview'
import { MAX_DURATION_MS } from '../../../shared/model/limits'
import {
  COLUMNS,
  fromRow,
  fromValues,
  rowValues,
  toRow,
  type InterviewRow,
  type RowValues,
} from './interviewRows'

/** Named columns in a fixed order: `SELECT *` follows the migrations' order, which differs between stores. */
const SELECT_ALL = `SELECT ${COLUMNS.join(', ')} FROM interviews`

const INSERT_SQL = `INSERT INTO interviews (${COLUMNS.join(', ')}, ics_uid) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?)`
const UPDATE_SQL = `UPDATE interviews SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
  .map((c) => `${c} = @${c}`)
  .join(', ')} WHERE id = @id`

export function insertInterview(db: Database, interview: Interview, icsUid?: string): void {
  const values = rowValues(interview)
  values.push(icsUid ?? null)
  // Values as arguments, not one array: better-sqlite3 reads an array's items one call at a time, ~15 % of
  // a 10 000-event import's inserts.
  statement(db, INSERT_SQL).run(...values)
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

/** The WHERE clause's conditions of a filter, narrowed first by the start index. */
function conditionsOf(filter: InterviewFilter): { where: string[]; params: Record<string, unknown> } {
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
  return { where, params }
}

const clauseOf = (where: readonly string[]) => (where.length > 0 ? `WHERE ${where.join(' AND ')}` : '')
/** The list's order, which the start index gives. */
const ORDER = 'ORDER BY starts_at, id'

export function listInterviewsSql(filter: InterviewFilter): { sql: string; params: Record<string, unknown> } {
  const { where, params } = conditionsOf(filter)
  const clause = clauseOf(where)
  const limit = filter.limit === undefined ? '' : ` LIMIT ${Math.floor(filter.limit)}`
  if (!filter.withHolds || !clause) return { sql: `${SELECT_ALL} ${clause} ${ORDER}${limit}`, params }
  // Pending requests are few: their interviews come along whatever their own time (the caller draws the
  // proposed times it shows). The second part reads them by their partial index and leaves out those the
  // first part has, so UNION ALL needs no comparing of whole rows; each part keeps to its own index.
  if (!limit)
    return {
      sql: `${SELECT_ALL} ${clause} UNION ALL ${SELECT_ALL} WHERE reschedule IS NOT NULL AND NOT (${where.join(' AND ')}) ${ORDER}`,
      params,
    }
  // A limited page (the agenda's first interviews from a day on): the limit counts the range's interviews,
  // and every pending request not among them still comes along, since its proposed times may fall inside the
  // page however late its own interview is.
  const page = `${SELECT_ALL} ${clause} ${ORDER}${limit}`
  return {
    sql:
      `WITH page AS (${page}) SELECT * FROM page UNION ALL ${SELECT_ALL} ` +
      `WHERE reschedule IS NOT NULL AND id NOT IN (SELECT id FROM page) ${ORDER}`,
    params,
  }
}

type RangeFilter = Omit<InterviewFilter, 'withHolds' | 'limit'>

/** How many interviews `listInterviews` would list for the filter, without holds or a limit. */
export function countMatchingSql(filter: RangeFilter): { sql: string; params: Record<string, unknown> } {
  const { where, params } = conditionsOf(filter)
  return { sql: `SELECT count(*) FROM interviews ${clauseOf(where)}`, params }
}

export function countMatching(db: Database, filter: RangeFilter): number {
  const { sql, params } = countMatchingSql(filter)
  return (rawStatement(db, sql).get(params) as [number])[0]
}

export function listInterviews(db: Database, filter: InterviewFilter = {}): Interview[] {
  return listInterviewValues(db, filter).map(fromValues)
}

/** The rows as arrays, to be made interviews with `fromValues` a part at a time (a large export). */
export function listInterviewValues(db: Database, filter: InterviewFilter = {}): RowValues[] {
  const { sql, params } = listInterviewsSql(filter)
  return rawStatement(db, sql).all(params) as RowValues[]
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
