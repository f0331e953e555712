import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { isUsersOwn, type FollowUp } from '../../shared/model/followup'
import { AppFailure } from '../../shared/result'
import { fieldIssue, summarizeIssues } from '../../shared/validation'
import {
  completeFollowUp,
  deleteFollowUp,
  getFollowUp,
  insertFollowUp,
  listFollowUps,
  setFollowUpNote,
} from '../db/repos/followups'
import { getInterview } from './interviews'

/**
 * A manual entry: a call made, an email received, a note — or a task with a due date. A log entry with
 * `remindAt` also sets a reminder to follow it up (a task due then, with its note), both or neither.
 */
export function addFollowUp(db: Database, input: ChannelParsed<'followups/add'>, now: number): FollowUp {
  getInterview(db, input.interviewId)
  if (input.type === 'log' && input.remindAt && Date.parse(input.remindAt) <= now) {
    const issues = [fieldIssue(['remindAt'], 'in_the_past')]
    throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
  }
  const base = {
    id: randomUUID(),
    interviewId: input.interviewId,
    kind: input.kind,
    ...(input.note ? { note: input.note } : {}),
  }
  const followUp: FollowUp =
    input.type === 'log'
      ? {
          ...base,
          type: 'log',
          at: input.at ?? new Date(now).toISOString(),
          ...(input.channel ? { channel: input.channel } : {}),
        }
      : { ...base, type: 'task', at: new Date(now).toISOString(), dueAt: input.dueAt }
  db.transaction(() => {
    insertFollowUp(db, followUp)
    if (input.type === 'log' && input.remindAt)
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: input.interviewId,
        type: 'task',
        kind: 'custom',
        at: new Date(now).toISOString(),
        dueAt: input.remindAt,
        ...(input.note ? { note: input.note } : {}),
      })
  })()
  return followUp
}

export function findFollowUps(db: Database, input: ChannelParsed<'followups/list'>): FollowUp[] {
  return listFollowUps(db, {
    ...(input.interviewId ? { interviewId: input.interviewId } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.from ? { fromMs: Date.parse(input.from) } : {}),
    ...(input.to ? { toMs: Date.parse(input.to) } : {}),
    ...(input.openOnly ? { openOnly: true } : {}),
  })
}

export function completeTask(db: Database, id: string, now: number): FollowUp {
  const existing = getFollowUp(db, id)
  if (!existing || existing.type !== 'task') throw new AppFailure('NOT_FOUND', `No task with id ${id}.`)
  completeFollowUp(db, id, now)
  return getFollowUp(db, id)!
}

/** Corrects the note of an entry the user wrote by hand (or of a reminder they set). */
export function updateNote(db: Database, input: ChannelParsed<'followups/update'>): FollowUp {
  const existing = usersOwn(db, input.id)
  const note = input.note.trim()
  // A note entry is its text: emptied, it would say nothing (the form refuses an empty one, too).
  if (!note && existing.kind === 'note') {
    const issues = [fieldIssue(['note'], 'required')]
    throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
  }
  setFollowUpNote(db, input.id, note || null)
  const { note: _old, ...entry } = existing
  return note ? { ...entry, note } : entry
}

/** Takes an entry the user wrote by hand (or a reminder they set) out of the log; gives it back, for undo. */
export function deleteOwnFollowUp(db: Database, id: string): FollowUp {
  const existing = usersOwn(db, id)
  deleteFollowUp(db, id)
  return existing
}

/**
 * The entry, if it is the user's own to change: a message marked as sent, or a task the app set, is a record
 * of what happened and is refused, naming the id.
 */
function usersOwn(db: Database, id: string): FollowUp {
  const existing = getFollowUp(db, id)
  if (!existing) throw new AppFailure('NOT_FOUND', `No follow-up with id ${id}.`)
  if (!isUsersOwn(existing)) {
    const issues = [fieldIssue(['id'], 'not_users_own')]
    throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
  }
  return existing
}
