import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { insertFollowUp } from '../../src/main/db/repos/followups'
import { insertInterview, listInterviews } from '../../src/main/db/repos/interviews'
import { listFollowUps } from '../../src/main/db/repos/followups'
import { listTravelTimes } from '../../src/main/db/repos/travel'
import {
  ALERT_HORIZON_DAYS,
  alertWindow,
  beforeHorizon,
  windowedInput,
} from '../../src/main/services/alertWindow'
import { listAlerts } from '../../src/main/services/schedule'
import { noticeWords, withMessage } from '../../src/main/noticeWords'
import { getSettings, type SystemDefaults } from '../../src/main/services/settings'
import type { Interview } from '../../src/shared/model/interview'
import { buildAlerts, sortAlerts, type Alert } from '../../src/shared/schedule/alerts'
import { followUpAlerts } from '../../src/shared/schedule/followupAlerts'
import { seedAlertStore } from '../helpers/alertStore'
import { testBackend } from '../helpers/backend'

const DAY = 86_400_000
const HOUR = 3_600_000
const SYSTEM: SystemDefaults = { language: 'en', timeZone: 'Asia/Jakarta' }

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
      seedAlertStore(db, now, n)
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
