import type { Database } from 'better-sqlite3'
import type { FollowUp } from '../../shared/model/followup'
import type { Interview } from '../../shared/model/interview'
import { MAX_DURATION_MS } from '../../shared/model/interview'
import { ALERT_HORIZON_DAYS, type ScheduleInput } from '../../shared/schedule/alerts'
import { listFollowUps } from '../db/repos/followups'
import { listInterviews } from '../db/repos/interviews'
import { listTravelTimes } from '../db/repos/travel'
import { getSettings, type SystemDefaults } from './settings'

const DAY_MS = 86_400_000

export { ALERT_HORIZON_DAYS }

/**
 * Interviews past the horizon that can still shape an alert before it: the notice deadline comes up to
 * 14 days before the start (the setting's limit), an interview lasts up to a day, a travel time up to a
 * day, and a busy day runs over the horizon by up to a day in any zone.
 */
const MARGIN_MS = 14 * DAY_MS + MAX_DURATION_MS + 2 * DAY_MS

export interface AlertWindow {
  /** Interviews ending after this: today's load, thank-you notes, a travel clash with an earlier one. */
  fromMs: number
  /** Interviews starting before this are read. */
  toMs: number
  /** Alerts whose moment (`at`) is before this are given. */
  horizonMs: number
}

export function alertWindow(now: number): AlertWindow {
  const horizonMs = now + ALERT_HORIZON_DAYS * DAY_MS
  return { fromMs: now - DAY_MS - 1, toMs: horizonMs + MARGIN_MS, horizonMs }
}

/**
 * The interviews the rules need, by the start index: the window, plus every interview with a pending
 * reschedule request (its proposed times may fall in the window whatever its own time).
 */
export function windowedInput(db: Database, system: SystemDefaults, now: number): ScheduleInput {
  const window = alertWindow(now)
  return {
    interviews: listInterviews(db, { fromMs: window.fromMs, toMs: window.toMs, withHolds: true }),
    settings: getSettings(db, system),
    travelTimes: listTravelTimes(db),
    now,
  }
}

/** A period asked for by the caller (the calendar, past the horizon), in epoch milliseconds. */
export interface AlertRange {
  fromMs: number
  toMs: number
}

/**
 * The interviews that can shape an alert about an interview in `range`: the period with the same margin on
 * both sides, plus the interviews whose pending proposed times fall in it. Follow-ups are not read: they
 * concern today, which the default window covers.
 */
export function rangeInput(
  db: Database,
  system: SystemDefaults,
  now: number,
  range: AlertRange,
): ScheduleInput {
  return {
    interviews: listInterviews(db, {
      fromMs: range.fromMs - MARGIN_MS,
      toMs: range.toMs + MARGIN_MS,
      withHolds: true,
    }),
    settings: getSettings(db, system),
    travelTimes: listTravelTimes(db),
    now,
  }
}

/**
 * The follow-ups the `followup-due` rule reads: open tasks due by tomorrow (or overdue) and the thank-you
 * notes of the last week, with the interviews of those tasks even when they lie before the window.
 */
export function dueFollowUps(
  db: Database,
  inWindow: readonly Interview[],
  now: number,
): { followUps: FollowUp[]; interviews: Interview[] } {
  const followUps = [
    ...listFollowUps(db, { openOnly: true, toMs: now + DAY_MS + 1 }),
    ...listFollowUps(db, { type: 'log', kind: 'thanks', fromMs: now - 7 * DAY_MS }),
  ]
  const known = new Set(inWindow.map((interview) => interview.id))
  const missing = [...new Set(followUps.map((f) => f.interviewId).filter((id) => !known.has(id)))]
  const earlier = missing.length > 0 ? listInterviews(db, { ids: missing }) : []
  return { followUps, interviews: earlier.length > 0 ? [...inWindow, ...earlier] : [...inWindow] }
}

/** The alerts that fall before the horizon. */
export function beforeHorizon<T extends { at: string }>(alerts: T[], horizonMs: number): T[] {
  return alerts.filter((alert) => Date.parse(alert.at) < horizonMs)
}
