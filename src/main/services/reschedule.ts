import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import type { Interview, Status, TimeSlot } from '../../shared/model/interview'
import { AppFailure } from '../../shared/result'
import { fieldIssue, summarizeIssues } from '../../shared/validation'
import { endOfDayIn } from '../../shared/schedule/workdays'
import { completeOpenTasks, insertTask } from '../db/repos/followups'
import { addHistory } from '../db/repos/history'
import * as repo from '../db/repos/interviews'
import { atomically, getInterview, updateInterview } from './interviews'
import { getSettings, type SystemDefaults } from './settings'

/** An interview that is over or called off has nothing left to move. */
const CLOSED: readonly Status[] = ['cancelled', 'declined', 'completed']

const span = ({ startsAt, endsAt }: TimeSlot): TimeSlot => ({ startsAt, endsAt })
const iso = (value: string) => new Date(Date.parse(value)).toISOString()

/**
 * Records a sent reschedule request on the interview: the proposed times are held until the company
 * answers; the interview keeps its agreed time and status. Runs inside the caller's transaction.
 */
export function requestReschedule(
  db: Database,
  interview: Interview,
  proposed: readonly TimeSlot[],
  now: number,
  channel: string,
): Interview {
  if (CLOSED.includes(interview.status)) {
    throw new AppFailure(
      'CONFLICT',
      `${interview.company} is ${interview.status}: there is no interview left to reschedule.`,
    )
  }
  const past = proposed.flatMap((slot, i) =>
    Date.parse(slot.startsAt) <= now
      ? [fieldIssue(['alternatives', String(i), 'startsAt'], 'in_the_past')]
      : [],
  )
  if (past.length > 0) throw new AppFailure('VALIDATION', summarizeIssues(past), past)
  const slots = proposed.map((slot) => ({ startsAt: iso(slot.startsAt), endsAt: iso(slot.endsAt) }))
  const at = new Date(now).toISOString()
  const next: Interview = { ...interview, reschedule: { proposed: slots, requestedAt: at }, updatedAt: at }
  repo.updateInterview(db, next)
  addHistory(db, {
    interviewId: interview.id,
    at,
    change: 'reschedule-requested',
    detail: { proposed: slots, channel },
  })
  return next
}

/**
 * The company's answer, in one transaction: accepted moves the interview to the slot (one we proposed or
 * one they chose) and confirms it, and sets the task of confirming the new time in writing (today, as after
 * a call: the draft that opens with the answer may be closed unsent); refused keeps the time; withdrawn drops
 * the request. Either way the request closes and the chase task is done.
 */
export function answerReschedule(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'reschedule/answer'>,
  now: number,
): Interview {
  return atomically(db, () => {
    const interview = getInterview(db, input.id)
    const request = interview.reschedule
    if (!request) {
      throw new AppFailure(
        'CONFLICT',
        `${interview.company} has no reschedule request waiting for an answer.`,
      )
    }
    const at = new Date(now).toISOString()
    const { reschedule: _closed, ...rest } = interview
    repo.updateInterview(db, { ...rest, updatedAt: at })
    completeOpenTasks(db, interview.id, 'chase-reply', now)
    if (input.answer !== 'accepted') {
      addHistory(db, {
        interviewId: interview.id,
        at,
        change: input.answer === 'refused' ? 'reschedule-refused' : 'reschedule-withdrawn',
        detail: { proposed: request.proposed },
      })
      return getInterview(db, interview.id)
    }
    const slot = { startsAt: iso(input.slot.startsAt), endsAt: iso(input.slot.endsAt) }
    addHistory(db, {
      interviewId: interview.id,
      at,
      change: 'reschedule-accepted',
      detail: {
        from: span(interview),
        to: slot,
        proposed: request.proposed.some((p) => p.startsAt === slot.startsAt && p.endsAt === slot.endsAt),
      },
    })
    insertTask(db, interview.id, 'confirm-in-writing', at, endOfDayIn(now, getSettings(db, system).timeZone))
    // The move and the confirmation are logged as such too, so the history reads the same however it moved.
    return updateInterview(db, new Date(now), { id: interview.id, ...slot, status: 'confirmed' })
  })
}
