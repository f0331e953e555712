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
import { holdAsInterview, holdsOf } from '../../shared/schedule/holds'
import { insertFollowUp } from '../db/repos/followups'
import { addHistory } from '../db/repos/history'
import { listInterviews } from '../db/repos/interviews'
import { getInterview, updateInterview } from './interviews'
import { requestReschedule } from './reschedule'
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
  const interview = getInterview(db, input.interviewId)
  const settings = getSettings(db, system)
  // A chase repeats the times still on the table; a reschedule proposes free ones unless given its own.
  const alternatives =
    input.alternatives ??
    (input.kind === 'reschedule'
      ? proposeSlots(db, settings, interview, now)
      : input.kind === 'chase'
        ? (interview.reschedule?.proposed ?? []).filter((slot) => Date.parse(slot.startsAt) > now)
        : [])
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

/**
 * The first three free slots of the same length, from a day ahead (time for the company to answer),
 * keeping clear of other interviews and of the times already proposed to other companies.
 */
function proposeSlots(db: Database, settings: Settings, interview: Interview, now: number): Alternative[] {
  const upcoming = listInterviews(db, { fromMs: now })
  const others = [...upcoming, ...holdsOf(upcoming).map(holdAsInterview)].filter(
    (other) => other.id !== interview.id,
  )
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
const HOUR_MS = 3_600_000

/** The status a sent message implies: a thank-you after the interview ended means it took place. */
function statusAfter(kind: string, interview: Interview, now: number): Status | undefined {
  if (kind === 'thanks') {
    const attended = ['invited', 'confirmed'].includes(interview.status)
    return attended && Date.parse(interview.endsAt) <= now ? 'completed' : undefined
  }
  return STATUS_AFTER[kind]
}

/**
 * The chase falls due after three working days without an answer — but a day before the first proposed
 * time at the latest, so the user asks while the proposal can still be taken.
 */
function chaseDue(now: number, proposed: readonly Alternative[], settings: Settings): number {
  const first = Math.min(...proposed.map((slot) => Date.parse(slot.startsAt)))
  return Math.max(
    now,
    Math.min(addWorkingDays(now, CHASE_AFTER_WORKING_DAYS, settings), first - 24 * HOUR_MS),
  )
}

/**
 * Records a message as sent, in one transaction: the log entry with the final text, the history entry,
 * the status it implies, a reschedule request with its proposed times (pending until the company
 * answers), and the tasks it calls for (a chase after a reschedule request; after a phone cancellation or
 * reschedule, a written confirmation the same day).
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
    addHistory(db, {
      interviewId: interview.id,
      at,
      change: 'message-sent',
      detail: { kind: input.kind, channel: input.channel, followUpId: followUp.id },
    })
    const task = (kind: FollowUp['kind'], dueAt: number) =>
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: interview.id,
        type: 'task',
        kind,
        at,
        dueAt: new Date(dueAt).toISOString(),
      })
    let current = interview
    if (input.kind === 'reschedule') {
      const proposed = input.alternatives ?? proposeSlots(db, settings, interview, now)
      current = requestReschedule(db, interview, proposed, now, input.channel)
      task('chase-reply', chaseDue(now, proposed, settings))
    }
    if (input.channel === 'phone' && (input.kind === 'cancel' || input.kind === 'reschedule')) {
      task('confirm-in-writing', endOfDayIn(now, settings.timeZone))
    }
    const status = statusAfter(input.kind, interview, now)
    const updated =
      status && status !== current.status
        ? updateInterview(db, new Date(now), { id: interview.id, status })
        : current
    return { interview: updated, followUp }
  })()
}
