import { randomUUID } from 'node:crypto'
import { matchesSearch, searchWords } from '../../shared/search'
import type { Database } from 'better-sqlite3'
import {
  timeIssues,
  type Interview,
  type InterviewFields,
  type InterviewPatch,
  type Status,
} from '../../shared/model/interview'
import type { ChannelParsed } from '../../shared/contract'
import { AppFailure } from '../../shared/result'
import { fieldIssue, summarizeIssues } from '../../shared/validation'
import { addCreatedHistory, addHistory } from '../db/repos/history'
import * as repo from '../db/repos/interviews'

/** Stores a new interview and its creation in the history; `icsUid` marks one imported from a calendar. */
export function createInterview(
  db: Database,
  now: Date,
  fields: InterviewFields,
  icsUid?: string,
): Interview {
  return createInterviews(db, now, [{ fields, ...(icsUid ? { icsUid } : {}) }])[0]!
}

/** Several new interviews and their creation entries, in one transaction (or the caller's). */
export function createInterviews(
  db: Database,
  now: Date,
  items: readonly { fields: InterviewFields; icsUid?: string }[],
): Interview[] {
  const stamp = now.toISOString()
  const interviews = items.map(
    ({ fields }) =>
      dropUndefined({ id: randomUUID(), ...fields, createdAt: stamp, updatedAt: stamp }) as Interview,
  )
  atomically(db, () => {
    interviews.forEach((interview, i) => repo.insertInterview(db, interview, items[i]!.icsUid))
    addCreatedHistory(
      db,
      interviews.map((interview) => interview.id),
    )
  })
  return interviews
}

export function getInterview(db: Database, id: string): Interview {
  const interview = repo.getInterview(db, id)
  if (!interview) throw notFound(id)
  return interview
}

/** Applies a patch; a change of time or status is logged in the interview's history, in one transaction. */
export function updateInterview(db: Database, now: Date, patch: InterviewPatch): Interview {
  return atomically(db, () => {
    const current = getInterview(db, patch.id)
    const next = applyPatch(current, patch, now)
    const problems = timeIssues(next.startsAt, next.endsAt)
    if (problems.length > 0) {
      const issues = problems.map((problem) => fieldIssue(problem.path, problem.message))
      throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
    }
    repo.updateInterview(db, next)
    if (next.startsAt !== current.startsAt || next.endsAt !== current.endsAt) {
      addHistory(db, {
        interviewId: next.id,
        at: next.updatedAt,
        change: 'rescheduled',
        detail: {
          from: { startsAt: current.startsAt, endsAt: current.endsAt },
          to: { startsAt: next.startsAt, endsAt: next.endsAt },
        },
      })
    }
    if (next.status !== current.status) {
      addHistory(db, {
        interviewId: next.id,
        at: next.updatedAt,
        change: 'status',
        detail: { from: current.status, to: next.status },
      })
    }
    return next
  })
}

/** Runs `work` in a transaction, or inside the caller's (a bulk import) without a savepoint per record. */
function atomically<T>(db: Database, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work)()
}

export function deleteInterview(db: Database, id: string): { id: string } {
  if (!repo.deleteInterview(db, id)) throw notFound(id)
  return { id }
}

export function listInterviews(db: Database, query: ChannelParsed<'interviews/list'>): Interview[] {
  const statuses = query.status === undefined ? undefined : ([] as Status[]).concat(query.status)
  const found = repo.listInterviews(db, {
    ...(query.from ? { fromMs: Date.parse(query.from) } : {}),
    ...(query.to ? { toMs: Date.parse(query.to) } : {}),
    ...(statuses ? { statuses } : {}),
  })
  // Text is matched here, not in SQL, so the server and the calendar's filter follow one rule (accents
  // folded, every word); SQL narrows by range and status first, on its index.
  const words = searchWords(query.query ?? '')
  return words.length === 0 ? found : found.filter((interview) => matchesSearch(interview, words))
}

function applyPatch(current: Interview, patch: InterviewPatch, now: Date): Interview {
  const { id: _id, ...changes } = patch
  const merged: Record<string, unknown> = { ...current }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue
    if (value === null) delete merged[key]
    else merged[key] = key === 'contact' ? dropUndefined(value as Record<string, unknown>) : value
  }
  merged.updatedAt = now.toISOString()
  return merged as unknown as Interview
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

function notFound(id: string): AppFailure {
  return new AppFailure('NOT_FOUND', `No interview with id ${id}.`)
}
