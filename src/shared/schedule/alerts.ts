import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import type { TravelTime } from '../model/travel'
import { dayKey } from '../time'
import { clashAdvice, type AdviceReason } from './advice'
import { findConflicts, isActive, type Clash } from './conflicts'
import { alertTexts, Phrasing, shortPlace } from './messages'
import { noticeLevel, noticeLines, type Notice } from './notice'
import { UNCONFIRMED_WINDOW_HOURS } from './reminders'
import { findHoldClashes } from './holds'
import { busyDays } from './sameDay'
import { TravelBook } from './travel'

export type AlertKind = 'overlap' | 'same-day' | 'travel' | 'notice' | 'unconfirmed' | 'followup-due'
export type Severity = 'info' | 'warning' | 'danger'

export interface Alert {
  /** Stable while the situation lasts (kind + interviews). */
  id: string
  kind: AlertKind
  severity: Severity
  interviewIds: string[]
  message: string
  /** When it matters: the start of the first interview concerned, or the notice deadline. */
  at: string
  gapMinutes?: number
  neededMinutes?: number
  advice?: { moveId: string; keepId: string; reason: AdviceReason; message: string }
  notice?: Notice
  /** For a `followup-due` alert about a task: the task to complete. */
  taskId?: string
  /** A clash with a time only proposed to another company (a pending reschedule request). */
  tentative?: true
}

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

/** Everything the user should know about their schedule now, most urgent first, in their language. */
export function buildAlerts(input: ScheduleInput): Alert[] {
  const { interviews, settings, now } = input
  const texts = alertTexts[settings.language]
  const say = new Phrasing(settings.language, settings.timeZone)
  const alerts: Alert[] = []
  const toMove = new Map<string, Interview>()

  for (const clash of currentClashes(input)) {
    const { first, second } = clash
    const advice = clashAdvice(clash, now, settings)
    toMove.set(advice.move.id, advice.move)
    const day = say.day(Date.parse(first.startsAt))
    const gap = Math.round(clash.gapMinutes)
    const message =
      clash.kind === 'overlap'
        ? texts.overlap(first.company, second.company, day, say.span(first), say.span(second))
        : clash.kind === 'travel'
          ? texts.travel(
              gap,
              clash.neededMinutes,
              first.company,
              second.company,
              clash.need?.destination ?? shortPlace(second.location, texts.theirPlace),
              day,
            )
          : texts.prep(gap, clash.neededMinutes, first.company, second.company, day)
    alerts.push({
      id: `${clash.kind}:${first.id}:${second.id}`,
      kind: clash.kind === 'overlap' ? 'overlap' : 'travel',
      severity: clash.kind === 'overlap' ? 'danger' : clash.kind === 'travel' ? 'warning' : 'info',
      interviewIds: [first.id, second.id],
      message,
      at: first.startsAt,
      gapMinutes: gap,
      neededMinutes: clash.neededMinutes,
      advice: {
        moveId: advice.move.id,
        keepId: advice.keep.id,
        reason: advice.reason,
        message: texts.advice[advice.reason](advice.move.company, advice.keep.company),
      },
    })
  }

  alerts.push(...holdAlerts(input))

  const today = dayKey(now, settings.timeZone)
  for (const busy of busyDays(interviews, settings.timeZone, settings.sameDayWarningCount)) {
    if (busy.day < today) continue
    const first = busy.interviews[0]!
    const companies = busy.interviews.map((i) => i.company).join(', ')
    const base = texts.sameDay(busy.interviews.length, say.day(Date.parse(first.startsAt)), companies)
    alerts.push({
      id: `same-day:${busy.day}`,
      kind: 'same-day',
      severity: busy.severity,
      interviewIds: busy.interviews.map((i) => i.id),
      message: busy.severity === 'warning' ? `${base} ${texts.sameDayTooMany}` : base,
      at: first.startsAt,
    })
  }

  for (const interview of toMove.values()) {
    const start = Date.parse(interview.startsAt)
    const notice = noticeLevel(now, start, settings.noticeHours)
    const hours = Math.floor(notice.hoursBefore)
    const line = noticeLines(start, settings.noticeHours).short
    if (notice.level === 'past') continue
    const [severity, message, at]: [Severity, string, number] =
      notice.level === 'ample'
        ? [
            line - now <= 24 * HOUR_MS ? 'warning' : 'info',
            texts.noticeAhead(interview.company, say.moment(line), settings.noticeHours.short),
            line,
          ]
        : notice.level === 'short'
          ? ['warning', texts.noticeShort(interview.company, hours), start]
          : ['danger', texts.noticeLate(interview.company, hours), start]
    alerts.push({
      id: `notice:${interview.id}`,
      kind: 'notice',
      severity,
      interviewIds: [interview.id],
      message,
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
      message: texts.unconfirmed(interview.company, say.moment(start)),
      at: interview.startsAt,
    })
  }

  return sortAlerts(alerts)
}

/** An interview on (or too close to) a time proposed to another company: both are named, as tentative. */
function holdAlerts({ interviews, settings, travelTimes, now }: ScheduleInput): Alert[] {
  const texts = alertTexts[settings.language]
  const say = new Phrasing(settings.language, settings.timeZone)
  const book = new TravelBook(travelTimes, settings)
  return findHoldClashes(interviews, book)
    .filter(
      ({ interview, hold }) => Date.parse(hold.slot.startsAt) > now && Date.parse(interview.endsAt) > now,
    )
    .map(({ kind, interview, hold, gapMinutes, neededMinutes }) => {
      const held = `${say.day(Date.parse(hold.slot.startsAt))} ${say.span({ ...hold.interview, ...hold.slot })}`
      const heldFor = hold.interview.company
      const gap = Math.round(gapMinutes)
      return {
        id: `hold:${kind}:${interview.id}:${hold.interview.id}:${hold.index}`,
        kind: kind === 'overlap' ? 'overlap' : 'travel',
        severity: kind === 'overlap' ? 'warning' : 'info',
        interviewIds: [interview.id, hold.interview.id],
        message:
          kind === 'overlap'
            ? texts.holdOverlap(interview.company, say.span(interview), heldFor, held)
            : texts.holdGap(gap, neededMinutes, interview.company, heldFor, held),
        at: interview.startsAt,
        gapMinutes: gap,
        neededMinutes,
        tentative: true,
      }
    })
}

/** Most urgent first: danger, warning, info; then the soonest. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return alerts.sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
  )
}
