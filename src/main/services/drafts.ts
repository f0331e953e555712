import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { composeDraft } from '../../shared/drafts/compose'
import type { Alternative, Draft } from '../../shared/drafts/types'
import type { ChannelParsed } from '../../shared/contract'
import type { FollowUp } from '../../shared/model/followup'
import type { Interview, Status } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { freeSlots } from '../../shared/schedule/freeSlots'
import { addWorkingDays, endOfDayIn } from '../../shared/schedule/workdays'
import { insertFollowUp } from '../db/repos/followups'
import { listInterviews } from '../db/repos/interviews'
import { getInterview, updateInterview } from './interviews'
import { getSettings, type SystemDefaults } from './settings'

const DAY_MS = 86_400_000
/** Working days to wait for an answer to a reschedule request before chasing it. */
export const CHASE_AFTER_WORKING_DAYS = 3

export function createDraft(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'drafts/create'>,
  now: number,
): Draft {
  const stored = getInterview(db, input.interviewId)
  const interview = input.was ? { ...stored, ...input.was } : stored
  const settings = getSettings(db, system)
  const alternatives =
    input.alternatives ?? (input.kind === 'reschedule' ? proposeSlots(db, settings, interview, now) : [])
  return composeDraft({
    interview,
    settings,
    kind: input.kind,
    channel: input.channel,
    language: input.language,
    reason: input.reason,
    alternatives,
    now,
  })
}

/** The first three free slots of the same length, from a day ahead (time for the company to answer). */
function proposeSlots(db: Database, settings: Settings, interview: Interview, now: number): Alternative[] {
  const others = listInterviews(db, { fromMs: now }).filter((other) => other.id !== interview.id)
  const durationMinutes = (Date.parse(interview.endsAt) - Date.parse(interview.startsAt)) / 60_000
  return freeSlots(others, settings, {
    from: now + DAY_MS,
    to: now + 21 * DAY_MS,
    durationMinutes,
    count: 3,
    now,
  })
}

const STATUS_AFTER: Partial<Record<string, Status>> = {
  cancel: 'cancelled',
  decline: 'declined',
  confirm: 'confirmed',
}

/**
 * Records a message as sent, in one transaction: the log entry with the final text, the status it implies,
 * and the tasks it calls for (a chase after a reschedule request; after a phone cancellation or reschedule,
 * a written confirmation the same day).
 */
export function markSent(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'drafts/markSent'>,
  now: number,
): { interview: Interview; followUp: FollowUp } {
  return db.transaction(() => {
    const interview = getInterview(db, input.interviewId)
    const settings = getSettings(db, system)
    const at = new Date(now).toISOString()
    const followUp: FollowUp = {
      id: randomUUID(),
      interviewId: interview.id,
      type: 'log',
      kind: input.kind,
      channel: input.channel,
      at,
      ...(input.subject ? { subject: input.subject } : {}),
      body: input.body,
    }
    insertFollowUp(db, followUp)
    const task = (kind: FollowUp['kind'], dueAt: number) =>
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: interview.id,
        type: 'task',
        kind,
        at,
        dueAt: new Date(dueAt).toISOString(),
      })
    if (input.kind === 'reschedule')
      task('chase-reply', addWorkingDays(now, CHASE_AFTER_WORKING_DAYS, settings))
    if (input.channel === 'phone' && (input.kind === 'cancel' || input.kind === 'reschedule')) {
      task('confirm-in-writing', endOfDayIn(now, settings.timeZone))
    }
    const status = STATUS_AFTER[input.kind]
    const updated =
      status && status !== interview.status
        ? updateInterview(db, new Date(now), { id: interview.id, status })
        : interview
    return { interview: updated, followUp }
  })()
}
