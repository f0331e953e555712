import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import type { FollowUp, TaskKind } from '../../../shared/model/followup'

export interface FollowUpRow {
  id: string
  interview_id: string
  type: 'log' | 'task'
  kind: string
  channel: string | null
  at: number
  due_at: number | null
  done_at: number | null
  subject: string | null
  body: string | null
  note: string | null
}

const iso = (ms: number | null) => (ms === null ? undefined : new Date(ms).toISOString())

function fromRow(row: FollowUpRow): FollowUp {
  const optional = {
    channel: row.channel ?? undefined,
    dueAt: iso(row.due_at),
    doneAt: iso(row.done_at),
    subject: row.subject ?? undefined,
    body: row.body ?? undefined,
    note: row.note ?? undefined,
  }
  return {
    id: row.id,
    interviewId: row.interview_id,
    type: row.type,
    kind: row.kind,
    at: new Date(row.at).toISOString(),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  } as FollowUp
}

const ms = (value: string | undefined) => (value === undefined ? null : Date.parse(value))

/** A new open task for an interview, due at `dueMs`. */
export function insertTask(
  db: Database,
  interviewId: string,
  kind: TaskKind,
  at: string,
  dueMs: number,
): void {
  insertFollowUp(db, {
    id: randomUUID(),
    interviewId,
    type: 'task',
    kind,
    at,
    dueAt: new Date(dueMs).toISOString(),
  })
}

export function insertFollowUp(db: Database, followUp: FollowUp): void {
  statement(
    db,
    `INSERT INTO follow_ups (id, interview_id, type, kind, channel, at, due_at, done_at, subject, body, note)
     VALUES (@id, @interview_id, @type, @kind, @channel, @at, @due_at, @done_at, @subject, @body, @note)`,
  ).run({
    id: followUp.id,
    interview_id: followUp.interviewId,
    type: followUp.type,
    kind: followUp.kind,
    channel: followUp.channel ?? null,
    at: Date.parse(followUp.at),
    due_at: ms(followUp.dueAt),
    done_at: ms(followUp.doneAt),
    subject: followUp.subject ?? null,
    body: followUp.body ?? null,
    note: followUp.note ?? null,
  })
}

export function getFollowUp(db: Database, id: string): FollowUp | undefined {
  const row = statement(db, 'SELECT * FROM follow_ups WHERE id = ?').get(id) as FollowUpRow | undefined
  return row && fromRow(row)
}

export function setFollowUpNote(db: Database, id: string, note: string | null): void {
  statement(db, 'UPDATE follow_ups SET note = ? WHERE id = ?').run(note, id)
}

export function deleteFollowUp(db: Database, id: string): void {
  statement(db, 'DELETE FROM follow_ups WHERE id = ?').run(id)
}

export function completeFollowUp(db: Database, id: string, at: number): boolean {
  return (
    db
      .prepare("UPDATE follow_ups SET done_at = ? WHERE id = ? AND type = 'task' AND done_at IS NULL")
      .run(at, id).changes > 0
  )
}

export interface FollowUpFilter {
  interviewId?: string
  type?: 'log' | 'task'
  kind?: string
  fromMs?: number
  toMs?: number
  openOnly?: boolean
}

/** Newest first; tasks are placed by their due date. */
export function listFollowUps(db: Database, filter: FollowUpFilter = {}): FollowUp[] {
  const when = 'coalesce(due_at, at)'
  const conditions: [boolean, string][] = [
    [filter.interviewId !== undefined, 'interview_id = @interviewId'],
    [filter.type !== undefined, 'type = @type'],
    [filter.kind !== undefined, 'kind = @kind'],
    [filter.fromMs !== undefined, `${when} >= @fromMs`],
    [filter.toMs !== undefined, `${when} < @toMs`],
    [filter.openOnly === true, "type = 'task' AND done_at IS NULL"],
  ]
  const where = conditions.filter(([applies]) => applies).map(([, sql]) => sql)
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const rows = statement(db, `SELECT * FROM follow_ups ${clause} ORDER BY ${when} DESC, id`).all({
    interviewId: filter.interviewId,
    type: filter.type,
    kind: filter.kind,
    fromMs: filter.fromMs,
    toMs: filter.toMs,
  }) as FollowUpRow[]
  return rows.map(fromRow)
}

/** Marks every open task of this kind for the interview done (the thing it waited for has happened). */
export function completeOpenTasks(db: Database, interviewId: string, kind: string, at: number): number {
  return statement(
    db,
    "UPDATE follow_ups SET done_at = @at WHERE interview_id = @interviewId AND kind = @kind AND type = 'task' AND done_at IS NULL",
  ).run({ at, interviewId, kind }).changes
}
