import type { Database } from 'better-sqlite3'
import {
  timeIssues,
  type Interview,
  type InterviewFields,
  type InterviewPatch,
} from '../../shared/model/interview'
import type { ChannelParsed } from '../../shared/contract'
import { AppFailure } from '../../shared/result'
import { fieldIssue, summarizeIssues } from '../../shared/validation'
import { addCreatedHistory, addHistory, historyOf } from '../db/repos/history'
import type { HistoryEntry } from '../../shared/model/history'
import * as repo from '../db/repos/interviews'
import { completeOpenTasks, insertTask } from '../db/repos/followups'
import { isActive } from '../../shared/schedule/conflicts'
import { fieldChanges } from './fieldChanges'
import { newInterviewId } from './interviewId'

/** What a new interview is made from: its fields, or (an import) a whole stored record to keep as it is. */
export interface NewInterview {
  fields: InterviewFields | Interview
  icsUid?: string
}

/** Stores a new interview and its creation in the history; `icsUid` marks one imported from a calendar. */
export function createInterview(
  db: Database,
  now: Date,
  fields: InterviewFields,
  icsUid?: string,
): Interview {
  guardStatus(fields, now)
  const item = { fields, ...(icsUid ? { icsUid } : {}) }
  return createInterviews(db, now, [item], icsUid ? 'calendar' : undefined)[0]!
}

/**
 * `interviews/create`: the interview and, when the invitation asked for a reply by a date, the task to
 * confirm in writing by then, in one transaction (a reply date already past sets no task).
 */
export function createWithReplyBy(
  db: Database,
  now: Date,
  { replyBy, ...fields }: ChannelParsed<'interviews/create'>,
): Interview {
  return atomically(db, () => {
    const interview = createInterview(db, now, fields)
    if (replyBy !== undefined && Date.parse(replyBy) > now.getTime())
      insertTask(db, interview.id, 'confirm-in-writing', now.toISOString(), Date.parse(replyBy))
    return interview
  })
}

/**
 * Several new interviews and their "created" (or, from a file or calendar, "imported") entries, in one
 * transaction (or the caller's). A whole record keeps its id and timestamps.
 */
export function createInterviews(
  db: Database,
  now: Date,
  items: readonly NewInterview[],
  source?: 'file' | 'calendar',
): Interview[] {
  const interviews = newRecords(items, now)
  if (interviews.length >= BULK) checkpointAfterReply(db)
  atomically(db, () => {
    interviews.forEach((interview, i) => repo.insertInterview(db, interview, items[i]!.icsUid))
    addCreatedHistory(db, interviews, now.getTime(), source)
  })
  return interviews
}

/** The stored form of new interviews: an id and timestamps each (a whole record keeps its own). */
export function newRecords(items: readonly NewInterview[], now: Date): Interview[] {
  const stamp = now.toISOString()
  return items.map(({ fields }) => normalizeTimes(newRecord(fields, stamp)))
}

/** New interviews from which a write is a bulk import (~1000 pages of WAL, SQLite's checkpoint threshold). */
export const BULK = 1000

/**
 * Copying the WAL into the database file (a checkpoint) is left until after the import has answered:
 * SQLite runs it inside the COMMIT that passes 1000 pages of WAL, ~25-40 ms of a 10 000-event import's
 * 6 MB. Durability is the same: with synchronous=FULL the COMMIT syncs the WAL before it returns, and a WAL
 * not yet copied is read (and copied) on the next open. The checkpoint runs as the app's next task, as
 * SQLite would have run it (PASSIVE: readers are not waited for), and the threshold is restored.
 */
export function checkpointAfterReply(db: Database): void {
  const pages = db.pragma('wal_autocheckpoint', { simple: true }) as number
  if (pages <= 0) return
  db.pragma('wal_autocheckpoint = 0')
  setImmediate(() => {
    if (!db.open) return
    db.pragma(`wal_autocheckpoint = ${pages}`)
    if (!db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)')
  })
}

export function getInterview(db: Database, id: string): Interview {
  const interview = repo.getInterview(db, id)
  if (!interview) throw notFound(id)
  return interview
}

export function interviewHistory(db: Database, id: string): HistoryEntry[] {
  getInterview(db, id)
  return historyOf(db, id)
}

export interface UpdateOptions {
  /** Status guardrails: off for a data file brought back as it was. */
  guard?: boolean
}

/**
 * Applies a patch; every change (fields before → after, time, status) is logged in the interview's
 * history, in one transaction. A time that differs only in how it is written is not a change.
 */
export function updateInterview(
  db: Database,
  now: Date,
  patch: InterviewPatch,
  options: UpdateOptions = {},
): Interview {
  return atomically(db, () => {
    const current = getInterview(db, patch.id)
    const next = applyPatch(current, patch, now)
    const problems = timeIssues(next.startsAt, next.endsAt)
    if (problems.length > 0) {
      const issues = problems.map((problem) => fieldIssue(problem.path, problem.message))
      throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
    }
    if (options.guard !== false && next.status !== current.status) guardStatus(next, now)
    const fields = fieldChanges(current, next)
    const moved = next.startsAt !== current.startsAt || next.endsAt !== current.endsAt
    if (!moved && next.status === current.status && Object.keys(fields).length === 0) return current
    repo.updateInterview(db, next)
    const at = next.updatedAt
    if (Object.keys(fields).length > 0) {
      addHistory(db, { interviewId: next.id, at, change: 'changed', detail: { fields } })
    }
    if (moved) {
      addHistory(db, {
        interviewId: next.id,
        at,
        change: 'rescheduled',
        detail: {
          from: { startsAt: current.startsAt, endsAt: current.endsAt },
          to: { startsAt: next.startsAt, endsAt: next.endsAt },
          ...(patch.agreed ? { agreed: true } : {}),
        },
      })
    }
    if (next.status !== current.status) {
      addHistory(db, {
        interviewId: next.id,
        at,
        change: 'status',
        detail: { from: current.status, to: next.status, ...(patch.undo ? { undo: true } : {}) },
      })
    }
    // The company answered a cancellation that asked for video first: held by video, or cancelled.
    if (
      (next.mode !== 'onsite' && current.mode === 'onsite') ||
      (next.status !== current.status && !isActive(next))
    )
      completeOpenTasks(db, next.id, 'video-answer', now.getTime())
    return next
  })
}

/**
 * A future interview cannot have been attended or missed: marking it so is a mistake the app refuses
 * rather than records (it would silence its reminders and skew the history).
 */
function guardStatus(next: Pick<Interview, 'status' | 'startsAt' | 'company'>, now: Date): void {
  if (next.status !== 'completed' && next.status !== 'no-show') return
  if (Date.parse(next.startsAt) <= now.getTime()) return
  const what = next.status === 'completed' ? 'completed' : 'a no-show'
  throw new AppFailure(
    'CONFLICT',
    `${next.company} cannot be marked ${what} yet: it starts at ${next.startsAt}, which is still ahead.`,
  )
}

/** Runs `work` in a transaction, or inside the caller's (a bulk import) without a savepoint per record. */
export function atomically<T>(db: Database, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work)()
}

export function deleteInterview(db: Database, id: string): { id: string } {
  if (!repo.deleteInterview(db, id)) throw notFound(id)
  return { id }
}

function applyPatch(current: Interview, patch: InterviewPatch, now: Date): Interview {
  const { id: _id, undo: _undo, agreed: _agreed, ...changes } = patch
  const merged: Record<string, unknown> = { ...current }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue
    if (value === null) delete merged[key]
    else merged[key] = key === 'contact' ? dropUndefined(value as Record<string, unknown>) : value
  }
  merged.updatedAt = now.toISOString()
  return normalizeTimes(merged as unknown as Interview)
}

/** Times as the store gives them back (with milliseconds), so "10:00:00Z" and "10:00:00.000Z" are one time. */
/** The contract's own form, as toISOString writes it: such a value is kept as it is. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

function normalizeTimes(interview: Interview): Interview {
  const iso = (value: string) =>
    CANONICAL_INSTANT.test(value) ? value : new Date(Date.parse(value)).toISOString()
  interview.startsAt = iso(interview.startsAt)
  interview.endsAt = iso(interview.endsAt)
  interview.createdAt = iso(interview.createdAt)
  interview.updatedAt = iso(interview.updatedAt)
  return interview
}

/**
 * `{ id, createdAt, updatedAt, ...fields }` without `undefined` values, in one copy (a bulk import makes
 * 10 000): what the fields give wins, an `undefined` removes.
 */
function newRecord(fields: InterviewFields | Interview, stamp: string): Interview {
  const record: Record<string, unknown> = { id: newInterviewId(), createdAt: stamp, updatedAt: stamp }
  const source = fields as unknown as Record<string, unknown>
  for (const key of Object.keys(source)) {
    const v = source[key]
    if (v === undefined) delete record[key]
    else
      record[key] =
        v !== null && typeof v === 'object' && !Array.isArray(v)
          ? dropUndefined(v as Record<string, unknown>)
          : v
  }
  return record as unknown as Interview
}

/** A copy without `undefined` values, nested objects included (a plain loop: bulk imports call it per record). */
function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const v = value[key]
    if (v === undefined) continue
    copy[key] =
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? dropUndefined(v as Record<string, unknown>)
        : v
  }
  return copy as T
}

export function notFound(id: string): AppFailure {
  return new AppFailure('NOT_FOUND', `No interview with id ${id}.`)
}
