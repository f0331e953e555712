import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import type { TravelTime } from '../model/travel'
import { dayKey } from '../time'
import { clashAdvice, type AdviceReason } from './advice'
import { findConflicts, isActive, type Clash } from './conflicts'
import type { NoticeText } from './noticeText'
import { noticeLevel, noticeLines, type Notice } from './notice'
import { UNCONFIRMED_WINDOW_HOURS } from './reminders'
import { findHoldClashes } from './holds'
import { busyDays } from './sameDay'
import { shortPlace, TravelBook } from './travel'

/**
 * How far ahead `alerts/list` looks by default. Every rule concerns what is still ahead: clashes, busy days
 * and notice for upcoming interviews, unconfirmed ones within three days, follow-ups due within a day. A
 * quarter of a year covers what a job seeker plans around; a calendar period further out asks for its own
 * alerts (`alerts/list` with `from` and `to`).
 */
export const ALERT_HORIZON_DAYS = 91

/** The longest period one `alerts/list` call may cover: a year and a month (the agenda's reach). */
export const MAX_ALERT_RANGE_DAYS = 400

export type AlertKind = 'overlap' | 'same-day' | 'travel' | 'notice' | 'unconfirmed' | 'followup-due'
export type Severity = 'info' | 'warning' | 'danger'

interface AlertBase {
  /** Stable while the situation lasts (kind + interviews). */
  id: string
  kind: AlertKind
  severity: Severity
  interviewIds: string[]
  /** When it matters: the start of the first interview concerned, or the notice deadline. */
  at: string
  gapMinutes?: number
  neededMinutes?: number
  notice?: Notice
  /** For a `followup-due` alert about a task: the task to complete. */
  taskId?: string
  /** A clash with a time only proposed to another company (a pending reschedule request). */
  tentative?: true
}

/** Which interview of a clash to move or drop, and why, as a code the UI words. */
export type AdviceFacts = { moveId: string; keepId: string; reason: AdviceReason } & NoticeText

/** An alert as the rules find it: what it says is a code with plain values, in no language yet. */
export type AlertFacts = AlertBase & NoticeText & { advice?: AdviceFacts }

/**
 * An alert as `alerts/list` returns it: the facts, with `message` worded by main in the user's language for
 * other tools (the UI words the code itself, in its own language and zone).
 */
export type Alert = AlertBase & NoticeText & { message: string; advice?: AdviceFacts & { message: string } }

export interface ScheduleInput {
  interviews: readonly Interview[]
  settings: Settings
  travelTimes: readonly TravelTime[]
  now: number
}

const HOUR_MS = 3600_000
const RANK: Record<Severity, number> = { danger: 0, warning: 1, info: 2 }

/** Clashes that still matter: the later interview has not started yet. */
export function currentClashes({ interviews, settings, travelTimes, now }: ScheduleInput): Clash[] {
  const book = new TravelBook(travelTimes, settings)
  return findConflicts(interviews, book).filter((clash) => Date.parse(clash.second.startsAt) > now)
}

/** Everything the user should know about their schedule now, most urgent first, as codes with values. */
export function buildAlerts(input: ScheduleInput): AlertFacts[] {
  const { interviews, settings, now } = input
  const alerts: AlertFacts[] = []
  const toMove = new Map<string, Interview>()

  for (const clash of currentClashes(input)) {
    const { first, second } = clash
    const advice = clashAdvice(clash, now, settings)
    toMove.set(advice.move.id, advice.move)
    const gap = Math.round(clash.gapMinutes)
    const text: NoticeText =
      clash.kind === 'overlap'
        ? {
            code: 'overlap',
            params: {
              first: first.company,
              second: second.company,
              firstStartsAt: first.startsAt,
              firstEndsAt: first.endsAt,
              secondStartsAt: second.startsAt,
              secondEndsAt: second.endsAt,
            },
          }
        : {
            code: clash.kind,
            params: {
              first: first.company,
              second: second.company,
              startsAt: first.startsAt,
              gapMinutes: gap,
              neededMinutes: clash.neededMinutes,
              ...(clash.kind === 'travel'
                ? placeOf(clash.need?.destination ?? shortPlace(second.location))
                : {}),
            },
          }
    alerts.push({
      id: `${clash.kind}:${first.id}:${second.id}`,
      kind: clash.kind === 'overlap' ? 'overlap' : 'travel',
      severity: clash.kind === 'overlap' ? 'danger' : clash.kind === 'travel' ? 'warning' : 'info',
      interviewIds: [first.id, second.id],
      ...text,
      at: first.startsAt,
      gapMinutes: gap,
      neededMinutes: clash.neededMinutes,
      advice: {
        moveId: advice.move.id,
        keepId: advice.keep.id,
        reason: advice.reason,
        code: `advice-${advice.reason}`,
        params: { move: advice.move.company, keep: advice.keep.company },
      },
    })
  }

  alerts.push(...holdAlerts(input))

  const today = dayKey(now, settings.timeZone)
  for (const busy of busyDays(interviews, settings.timeZone, settings.sameDayWarningCount)) {
    if (busy.day < today) continue
    const first = busy.interviews[0]!
    alerts.push({
      id: `same-day:${busy.day}`,
      kind: 'same-day',
      severity: busy.severity,
      interviewIds: busy.interviews.map((i) => i.id),
      code: busy.severity === 'warning' ? 'same-day-crowded' : 'same-day',
      params: { startsAt: first.startsAt, companies: busy.interviews.map((i) => i.company) },
      at: first.startsAt,
    })
  }

  for (const interview of toMove.values()) {
    // A request already sent has told the company: the notice it gave is the one that counts.
    if (interview.reschedule) continue
    const start = Date.parse(interview.startsAt)
    const notice = noticeLevel(now, start, settings.noticeHours)
    const hours = Math.floor(notice.hoursBefore)
    const line = noticeLines(start, settings.noticeHours).short
    if (notice.level === 'past') continue
    const company = interview.company
    const [severity, text, at]: [Severity, NoticeText, number] =
      notice.level === 'ample'
        ? [
            line - now <= 24 * HOUR_MS ? 'warning' : 'info',
            {
              code: 'notice-ahead',
              params: { company, deadline: new Date(line).toISOString(), hours: settings.noticeHours.short },
            },
            line,
          ]
        : notice.level === 'short'
          ? ['warning', { code: 'notice-short', params: { company, hours } }, start]
          : ['danger', { code: 'notice-late', params: { company, hours } }, start]
    alerts.push({
      id: `notice:${interview.id}`,
      kind: 'notice',
      severity,
      interviewIds: [interview.id],
      ...text,
      at: new Date(at).toISOString(),
      notice,
    })
  }

  for (const interview of interviews) {
    const start = Date.parse(interview.startsAt)
    if (
      interview.status !== 'invited' ||
      !isActive(interview) ||
      start <= now ||
      start - now > UNCONFIRMED_WINDOW_HOURS * HOUR_MS
    )
      continue
    alerts.push({
      id: `unconfirmed:${interview.id}`,
      kind: 'unconfirmed',
      severity: 'warning',
      interviewIds: [interview.id],
      code: 'unconfirmed',
      params: { company: interview.company, startsAt: interview.startsAt },
      at: interview.startsAt,
    })
  }

  return sortAlerts(alerts)
}

/** The place a travel text names, when one is known (else the text says "the next place"). */
const placeOf = (place: string) => (place ? { place } : {})

/** An interview on (or too close to) a time proposed to another company: both are named, as tentative. */
function holdAlerts({ interviews, settings, travelTimes, now }: ScheduleInput): AlertFacts[] {
  const book = new TravelBook(travelTimes, settings)
  return findHoldClashes(interviews, book)
    .filter(
      ({ interview, hold }) => Date.parse(hold.slot.startsAt) > now && Date.parse(interview.endsAt) > now,
    )
    .map(({ kind, interview, hold, gapMinutes, neededMinutes }): AlertFacts => {
      const held = {
        company: interview.company,
        heldFor: hold.interview.company,
        heldStartsAt: hold.slot.startsAt,
        heldEndsAt: hold.slot.endsAt,
      }
      const gap = Math.round(gapMinutes)
      const text: NoticeText =
        kind === 'overlap'
          ? {
              code: 'hold-overlap',
              params: { ...held, startsAt: interview.startsAt, endsAt: interview.endsAt },
            }
          : { code: 'hold-gap', params: { ...held, gapMinutes: gap, neededMinutes } }
      return {
        id: `hold:${kind}:${interview.id}:${hold.interview.id}:${hold.index}`,
        kind: kind === 'overlap' ? 'overlap' : 'travel',
        severity: kind === 'overlap' ? 'warning' : 'info',
        interviewIds: [interview.id, hold.interview.id],
        ...text,
        at: interview.startsAt,
        gapMinutes: gap,
        neededMinutes,
        tentative: true,
      }
    })
}

/** Code-unit order: ISO instants of one form sort as they read; ids only need an order both sides share. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Most urgent first: danger, warning, info; then the soonest. Plain string comparison, not localeCompare,
 * whose collation cost a tenth of `alerts/list` on thousands of alerts.
 */
export function sortAlerts<T extends AlertBase>(alerts: T[]): T[] {
  return alerts.sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || byText(a.at, b.at) || byText(a.id, b.id),
  )
}
