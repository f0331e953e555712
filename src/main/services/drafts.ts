import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { composeDraft } from '../../shared/drafts/compose'
import { checkDraft, type ProposedTime } from '../../shared/drafts/checks'
import { KINDS } from '../../shared/drafts/kinds'
import { asksVideoFirst } from '../../shared/drafts/kinds/cancelVideo'
import type { Alternative, Draft, DraftCheck, DraftKind, Reason } from '../../shared/drafts/types'
import type { ChannelParsed } from '../../shared/contract'
import type { FollowUp, TaskKind } from '../../shared/model/followup'
import type { Interview, Status } from '../../shared/model/interview'
import type { Settings } from '../../shared/model/settings'
import { AppFailure } from '../../shared/result'
import { publicHolidays } from '../../shared/schedule/holidays'
import { noticeLevel } from '../../shared/schedule/notice'
import { proposeTimes, slotProblems, type ProposalContext } from '../../shared/schedule/proposeTimes'
import { TravelBook } from '../../shared/schedule/travel'
import { addWorkingDays, endOfDayIn } from '../../shared/schedule/workdays'
import { holdAsInterview, holdsOf } from '../../shared/schedule/holds'
import { completeOpenTasks, insertFollowUp, insertTask, listFollowUps } from '../db/repos/followups'
import { addHistory, historyOf } from '../db/repos/history'
import { listInterviews } from '../db/repos/interviews'
import { listTravelTimes } from '../db/repos/travel'
import { getInterview, updateInterview } from './interviews'
import { requestReschedule } from './reschedule'
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
    // Times already proposed to other companies are held too; this interview's own never block it.
    others: withHeldTimes(listInterviews(db, { fromMs: now - DAY_MS }), interview.id),
    settings,
    book: new TravelBook(listTravelTimes(db), settings),
    isHoliday: publicHolidays(settings.holidayCountry),
    now,
    reason: reason?.category,
  }
}

function withHeldTimes(upcoming: Interview[], movingId: string): Interview[] {
  const others = upcoming.filter((other) => other.id !== movingId)
  return [...others, ...holdsOf(others).map(holdAsInterview)]
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
  const interview = getInterview(db, input.interviewId)
  const settings = getSettings(db, system)
  const context = proposalContext(db, settings, interview, now, input.reason)
  // A chase repeats the times still on the table; a reschedule proposes free ones unless given its own.
  const alternatives =
    input.alternatives ??
    (input.kind === 'reschedule'
      ? proposeTimes(context)
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
    proposed: proposedWithProblems(alternatives, context),
    now,
    isHoliday: context.isHoliday,
    newTime: input.kind === 'confirm' && agreedNotConfirmed(db, interview.id),
  })
}

/**
 * The interview's time was agreed in answer to our reschedule request (the company accepted a proposed
 * time or chose another) and no written confirmation has been sent since: a confirmation then confirms the
 * new time.
 */
function agreedNotConfirmed(db: Database, interviewId: string): boolean {
  const agreed = historyOf(db, interviewId).findLast((entry) => entry.change === 'reschedule-accepted')
  if (!agreed) return false
  // A call first is no confirmation in writing: the written one still confirms the new time.
  const confirmed = listFollowUps(db, { interviewId, type: 'log', kind: 'confirm' }).find(
    (log) => log.channel !== 'phone',
  )
  return !confirmed || Date.parse(confirmed.at) < Date.parse(agreed.at)
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
    reasonDetail: input.reason?.detail,
    now,
    isHoliday: context.isHoliday,
  })
}
const HOUR_MS = 3_600_000

/** The task a cancellation that first asks for video leaves, in the user's language (its answer settles it). */
const AWAIT_VIDEO_ANSWER: Record<Settings['language'], (company: string) => string> = {
  id: (company) =>
    `${company} belum menjawab: apakah wawancara tetap berlangsung lewat panggilan video pada jam yang sama, atau dibatalkan?`,
  en: (company) =>
    `Waiting for ${company}’s reply: will the interview go ahead by video call at the same time, or be cancelled?`,
}

/** The status a sent message implies: a thank-you after the interview ended means it took place. */
function statusAfter(kind: DraftKind, interview: Interview, now: number): Status | undefined {
  if (kind === 'thanks') {
    const attended = ['invited', 'confirmed'].includes(interview.status)
    return attended && Date.parse(interview.endsAt) <= now ? 'completed' : undefined
  }
  return KINDS[kind].statusAfter
}

/** An answer is not chased sooner than this after the request (unless the interview comes sooner). */
const CHASE_NOT_BEFORE_MS = 2 * HOUR_MS

/**
 * The chase falls due after three working days without an answer — but a day before the first time that
 * matters at the latest: the agreed time, which holds until the company answers, or the first proposed time,
 * while it can still be taken. A request sent less than a day ahead is chased two hours later, or halfway
 * to that time if it is nearer.
 */
function chaseDue(
  now: number,
  interview: Interview,
  proposed: readonly Alternative[],
  settings: Settings,
): number {
  const first = Math.min(Date.parse(interview.startsAt), ...proposed.map((slot) => Date.parse(slot.startsAt)))
  const due = Math.min(addWorkingDays(now, CHASE_AFTER_WORKING_DAYS, settings), first - 24 * HOUR_MS)
  return Math.max(due, now + Math.max(0, Math.min(CHASE_NOT_BEFORE_MS, (first - now) / 2)))
}

/**
 * Records a message as sent, in one transaction: the log entry with the final text, the history entry,
 * the status it implies, a reschedule request with its proposed times (pending until the company
 * answers), and the tasks its kind calls for (a chase after a reschedule request; after a call, a written
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
    addHistory(db, {
      interviewId: interview.id,
      at,
      change: 'message-sent',
      detail: { kind: input.kind, channel: input.channel, followUpId: followUp.id },
    })
    let current = interview
    let proposed: readonly Alternative[] = []
    if (input.kind === 'reschedule') {
      proposed = input.alternatives ?? proposeTimes(proposalContext(db, settings, interview, now))
      current = requestReschedule(db, interview, proposed, now, input.channel)
    }
    // The message does what an open task asked for: a written cancel, request or confirmation settles the
    // confirmation a call (or the company's answer) called for; a thank-you, the thank-you task.
    for (const kind of KINDS[input.kind].settles?.(input.channel) ?? [])
      completeOpenTasks(db, interview.id, kind, now)
    const due: Record<TaskKind, () => number> = {
      'chase-reply': () => chaseDue(now, interview, proposed, settings),
      'confirm-in-writing': () => endOfDayIn(now, settings.timeZone),
      'send-thanks': () => endOfDayIn(now + DAY_MS, settings.timeZone),
      'video-answer': () => now,
      custom: () => now,
    }
    for (const kind of KINDS[input.kind].followUps(input.channel))
      insertTask(db, interview.id, kind, at, due[kind]())
    // A cancellation that first asks to hold the interview by video at the same time (onsite, an unforeseen
    // problem, under a day's notice) cancels nothing yet: the company's answer does, and a task waits for it.
    const notice = noticeLevel(now, Date.parse(interview.startsAt), settings.noticeHours).level
    const videoFirst =
      input.kind === 'cancel' && asksVideoFirst(interview.mode, input.reason?.category, notice)
    if (videoFirst)
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: interview.id,
        type: 'task',
        kind: 'video-answer',
        at,
        dueAt: interview.startsAt,
        note: AWAIT_VIDEO_ANSWER[settings.language](interview.company),
      })
    const status = videoFirst ? undefined : statusAfter(input.kind, interview, now)
    const updated =
      status && status !== current.status
        ? updateInterview(db, new Date(now), { id: interview.id, status })
        : current
    return { interview: updated, followUp, checks }
  })()
}
