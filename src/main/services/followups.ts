import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import type { FollowUp } from '../../shared/model/followup'
import { AppFailure } from '../../shared/result'
import { fieldIssue, summarizeIssues } from '../../shared/validation'
import { completeFollowUp, getFollowUp, insertFollowUp, listFollowUps } from '../db/repos/followups'
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
