import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { insertFollowUp } from '../../src/main/db/repos/followups'
import { insertInterview } from '../../src/main/db/repos/interviews'
import { upsertTravelTime } from '../../src/main/db/repos/travel'
import type { Interview, Status } from '../../src/shared/model/interview'
import { ALERT_HORIZON_DAYS } from '../../src/shared/schedule/alerts'

const DAY = 86_400_000
const HOUR = 3_600_000
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
export function random(seed: number): () => number {
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
export function seedAlertStore(db: Database, now: number, seedValue: number): void {
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
