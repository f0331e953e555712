import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { insertFollowUp } from '../../src/main/db/repos/followups'
import { insertInterview, listInterviews } from '../../src/main/db/repos/interviews'
import { listFollowUps } from '../../src/main/db/repos/followups'
import { upsertTravelTime, listTravelTimes } from '../../src/main/db/repos/travel'
import {
  ALERT_HORIZON_DAYS,
  alertWindow,
  beforeHorizon,
  windowedInput,
} from '../../src/main/services/alertWindow'
import { listAlerts } from '../../src/main/services/schedule'
import { noticeWords, withMessage } from '../../src/main/noticeWords'
import { getSettings, type SystemDefaults } from '../../src/main/services/settings'
import type { Interview, Status } from '../../src/shared/model/interview'
import { buildAlerts, sortAlerts, type Alert } from '../../src/shared/schedule/alerts'
import { followUpAlerts } from '../../src/shared/schedule/followupAlerts'
import { testBackend } from '../helpers/backend'

const DAY = 86_400_000
const HOUR = 3_600_000
const SYSTEM: SystemDefaults = { language: 'en', timeZone: 'Asia/Jakarta' }
const STATUSES: Status[] = [
  'invited',
  'confirmed',
  'confirmed',
  'completed',
  'cancelled',
  'declined',
  'no-show',
]
const PLACES = ['Menara Sudirman', 'BSD City', 'Kuningan City', 'Bekasi', 'Cikarang']

/** A deterministic sequence per seed, so a failing seed can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * A store dense enough for every kind of alert: interviews from a year back to a year ahead, clustered
 * on some days, with priorities, places, pending reschedule requests, travel times and follow-ups.
 */
function seed(db: Database, now: number, seedValue: number): void {
  const next = random(seedValue)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const stamp = new Date(now - 30 * DAY).toISOString()
  const made: Interview[] = []
  for (let i = 0; i < 600; i += 1) {
    // Near now (the rules' busiest part), around the horizon (where a window could cut a clash or a busy
    // day in two), and anywhere in two years.
    const where = next()
    const dayOffset =
      where < 0.45
        ? Math.floor(next() * 20) - 3
        : where < 0.6
          ? ALERT_HORIZON_DAYS + Math.floor(next() * 4) - 2
          : Math.floor(next() * 730) - 365
    const start = now + dayOffset * DAY + Math.floor(next() * 20) * 30 * 60_000 - 8 * HOUR
    const onsite = next() < 0.5
    const interview: Interview = {
      id: randomUUID(),
      company: `Company ${i}`,
      position: 'Analyst',
      contact: {},
      mode: onsite ? 'onsite' : 'video',
      ...(onsite ? { location: pick(PLACES) } : { meetingUrl: 'https://meet.example.com/abc' }),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + (1 + Math.floor(next() * 4)) * 30 * 60_000).toISOString(),
      timeZone: 'Asia/Jakarta',
      status: pick(STATUSES),
      ...(next() < 0.5 ? { priority: 1 + Math.floor(next() * 5) } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    }
    if (next() < 0.08) {
      // Most proposed times fall in the busy days ahead, a few far out.
      const slot = now + Math.floor(next() * (next() < 0.8 ? 20 : 150) * 24) * HOUR
      interview.reschedule = {
        proposed: [{ startsAt: new Date(slot).toISOString(), endsAt: new Date(slot + HOUR).toISOString() }],
        requestedAt: stamp,
      }
    }
    insertInterview(db, interview)
    made.push(interview)
  }
  upsertTravelTime(db, { from: 'Menara Sudirman', to: 'BSD City', minutes: 90 })
  upsertTravelTime(db, { from: 'Bekasi', to: 'Cikarang', minutes: 40 })
  for (const interview of made) {
    const end = Date.parse(interview.endsAt)
    if (next() < 0.3) {
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: interview.id,
        type: 'task',
        kind: pick(['confirm-in-writing', 'send-thanks', 'chase-reply', 'custom'] as const),
        at: stamp,
        dueAt: new Date(now + Math.floor(next() * 60 - 40) * HOUR).toISOString(),
        ...(next() < 0.3 ? { doneAt: stamp } : {}),
      })
    }
    if (end < now && next() < 0.3) {
      insertFollowUp(db, {
        id: randomUUID(),
        interviewId: interview.id,
        type: 'log',
        kind: 'thanks',
        at: new Date(end + next() * 20 * HOUR).toISOString(),
      })
    }
  }
}

/** The same rules over every stored interview and follow-up, with no window at all. */
function fullComputation(db: Database, now: number): Alert[] {
  const interviews = listInterviews(db)
  const settings = getSettings(db, SYSTEM)
  const input = { interviews, settings, travelTimes: listTravelTimes(db), now }
  const followUps = [
    ...listFollowUps(db, { openOnly: true }),
    ...listFollowUps(db, { type: 'log', kind: 'thanks', fromMs: now - 7 * DAY }),
  ]
  const word = noticeWords(settings.language, settings.timeZone)
  return sortAlerts([...buildAlerts(input), ...followUpAlerts(interviews, followUps, now)]).map((alert) =>
    withMessage(alert, word),
  )
}

describe('alerts/list over the window that matters', () => {
  it.each([1, 2, 3, 4])(
    'gives exactly what the full computation gives before the horizon (seed %i)',
    async (n) => {
      const app = await testBackend()
      const db = app.connection.database
      const now = Date.parse('2026-11-22T03:00:00.000Z')
      seed(db, now, n)
      const full = fullComputation(db, now)
      const { horizonMs } = alertWindow(now)
      const windowed = listAlerts(db, SYSTEM, now)
      expect(windowed).toEqual(beforeHorizon(full, horizonMs))
      // The store is rich enough for the comparison to mean something: every kind appears, the window reads
      // fewer interviews than the store holds, and some alerts lie past the horizon.
      expect(new Set(windowed.map((alert) => alert.kind))).toEqual(
        new Set(['overlap', 'same-day', 'travel', 'notice', 'unconfirmed', 'followup-due']),
      )
      expect(windowed.some((alert) => alert.tentative)).toBe(true)
      expect(full.length).toBeGreaterThan(windowed.length)
      expect(windowedInput(db, SYSTEM, now).interviews.length).toBeLessThan(listInterviews(db).length)
      app.stop()
    },
  )

  it('keeps a task due now whose interview lies long before the window', async () => {
    const app = await testBackend()
    const db = app.connection.database
    const now = Date.parse('2026-11-22T03:00:00.000Z')
    const stamp = new Date(now - 60 * DAY).toISOString()
    const old: Interview = {
      id: randomUUID(),
      company: 'Long Ago',
      position: 'Analyst',
      contact: {},
      mode: 'video',
      startsAt: new Date(now - 40 * DAY).toISOString(),
      endsAt: new Date(now - 40 * DAY + HOUR).toISOString(),
      timeZone: 'Asia/Jakarta',
      status: 'completed',
      createdAt: stamp,
      updatedAt: stamp,
    }
    insertInterview(db, old)
    insertFollowUp(db, {
      id: randomUUID(),
      interviewId: old.id,
      type: 'task',
      kind: 'chase-reply',
      at: stamp,
      dueAt: new Date(now - HOUR).toISOString(),
    })
    const alerts = listAlerts(db, SYSTEM, now)
    expect(alerts.map((alert) => [alert.kind, alert.interviewIds])).toEqual([['followup-due', [old.id]]])
    app.stop()
  })

  it('looks a quarter ahead', () => {
    const now = Date.parse('2026-11-22T03:00:00.000Z')
    expect(alertWindow(now).horizonMs - now).toBe(ALERT_HORIZON_DAYS * DAY)
    expect(ALERT_HORIZON_DAYS).toBeGreaterThanOrEqual(90)
  })
})
