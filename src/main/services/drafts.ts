import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { composeDraft } from '../../shared/drafts/compose'
import { checkDraft, type ProposedTime } from '../../shared/drafts/checks'
import { KINDS } from '../../shared/drafts/kinds'
import type { Alternative, Draft, DraftCheck, DraftKind, Reason } from '../../shared/drafts/types'
import type { ChannelParsed } from '../../shared/contract'
import type { FollowUp, TaskKind } from '../../shared/model/followup'
import type { Interview } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { AppFailure } from '../../shared/result'
import { publicHolidays } from '../../shared/schedule/holidays'
import { proposeTimes, slotProblems, type ProposalContext } from '../../shared/schedule/proposeTimes'
import { TravelBook } from '../../shared/schedule/travel'
import { addWorkingDays, endOfDayIn } from '../../shared/schedule/workdays'
import { insertFollowUp } from '../db/repos/followups'
import { listInterviews } from '../db/repos/interviews'
import { listTravelTimes } from '../db/repos/travel'
import { getInterview, updateInterview } from './interviews'
import { getSettings, type SystemDefaults } from './settings'

const DAY_MS = 86_400_000
/** Working days to wait for an answer to a reschedule request before chasing it. */
export const CHASE_AFTER_WORKING_DAYS = 3

/** The schedule a proposed time is checked against: other interviews near it, travel estimates, holidays. */
function proposalContext(
  db: Database,
  settings: Settings,
  interview: Interview,
  now: number,
  reason?: Reason,
): ProposalContext {
  return {
    interview,
    others: listInterviews(db, { fromMs: now - DAY_MS }),
    settings,
    book: new TravelBook(listTravelTimes(db), settings),
    isHoliday: publicHolidays(settings.holidayCountry),
    now,
    reason: reason?.category,
  }
}

/** A reason the kind does not offer is refused by name, like any other bad field. */
function checkReason(kind: DraftKind, reason: Reason | undefined): void {
  if (reason && !KINDS[kind].reasons.includes(reason.category)) {
    throw new AppFailure(
      'VALIDATION',
      `reason.category: ${reason.category} does not fit a ${kind} message.`,
      [{ path: 'reason.category', code: 'invalid_choice', message: `not offered for ${kind}` }],
    )
  }
}

export function createDraft(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'drafts/create'>,
  now: number,
): Draft {
  checkReason(input.kind, input.reason)
  const stored = getInterview(db, input.interviewId)
  const interview = input.was ? { ...stored, ...input.was } : stored
  const settings = getSettings(db, system)
  const context = proposalContext(db, settings, stored, now, input.reason)
  const alternatives =
    input.alternatives ?? (input.kind === 'reschedule' ? proposeTimes({ ...context, interview }) : [])
  return composeDraft({
    interview,
    settings,
    kind: input.kind,
    channel: input.channel,
    language: input.language,
    reason: input.reason,
    alternatives,
    proposed: proposedWithProblems(alternatives, context),
    now,
    isHoliday: context.isHoliday,
  })
}

function proposedWithProblems(
  alternatives: readonly Alternative[],
  context: ProposalContext,
): ProposedTime[] {
  return alternatives.map((slot) => ({ slot, problems: slotProblems(slot, context) }))
}

/** The checks on a text as the user edited it (`drafts/check`; also what `drafts/markSent` returns). */
export function checkDraftText(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'drafts/check'>,
  now: number,
): DraftCheck[] {
  const interview = getInterview(db, input.interviewId)
  const settings = getSettings(db, system)
  const context = proposalContext(db, settings, interview, now)
  const alternatives = input.kind === 'reschedule' ? (input.alternatives ?? []) : []
  return checkDraft({
    ...(input.channel === 'email' ? { subject: input.subject } : {}),
    body: input.body,
    kind: input.kind,
    channel: input.channel,
    language: input.language,
    uiLanguage: settings.language,
    interview,
    settings,
    alternatives,
    proposed: proposedWithProblems(alternatives, context),
    reason: input.reason?.category,
    now,
    isHoliday: context.isHoliday,
  })
}

/**
 * Records a message as sent, in one transaction: the log entry with the final text, the status it implies,
 * and the tasks its kind calls for (a chase after a reschedule request; after a call, a written
 * confirmation the same day). Returns the checks on the text as sent.
 */
export function markSent(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'drafts/markSent'>,
  now: number,
): { interview: Interview; followUp: FollowUp; checks: DraftCheck[] } {
  return db.transaction(() => {
    const interview = getInterview(db, input.interviewId)
    const settings = getSettings(db, system)
    const checks = checkDraftText(db, system, input, now)
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
    const due: Record<TaskKind, () => number> = {
      'chase-reply': () => addWorkingDays(now, CHASE_AFTER_WORKING_DAYS, settings),
      'confirm-in-writing': () => endOfDayIn(now, settings.timeZone),
      'send-thanks': () => endOfDayIn(now + DAY_MS, settings.timeZone),
      custom: () => now,
    }
    const record = KINDS[input.kind]
    for (const kind of record.followUps(input.channel)) {
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: interview.id,
        type: 'task',
        kind,
        at,
        dueAt: new Date(due[kind]()).toISOString(),
      })
    }
    const status = record.statusAfter
    const updated =
      status && status !== interview.status
        ? updateInterview(db, new Date(now), { id: interview.id, status })
        : interview
    return { interview: updated, followUp, checks }
  })()
}
