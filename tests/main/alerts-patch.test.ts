import { describe, expect, it } from 'vitest'
import { listInterviews } from '../../src/main/db/repos/interviews'
import type { Interview, Status } from '../../src/shared/model/interview'
import { applyPatch, MAX_PATCH_IDS, touchedBy } from '../../src/shared/schedule/alertPatch'
import { sortAlerts, type Alert } from '../../src/shared/schedule/alerts'
import { random, seedAlertStore } from '../helpers/alertStore'
import { testBackend } from '../helpers/backend'

const DAY = 86_400_000
const HALF_HOUR = 1_800_000
const NOW = Date.parse('2026-11-22T03:00:00.000Z')
const STATUSES: Status[] = ['invited', 'confirmed', 'cancelled', 'declined']
const PLACES = ['Menara Sudirman', 'BSD City', 'Bekasi', 'Cikarang']

type App = Awaited<ReturnType<typeof testBackend>>
type Change = { kind: 'create' | 'move' | 'status' | 'delete'; id: string }

/** A time in the busy days ahead, on the half hour, as the seed places most interviews. */
const slotNear = (next: () => number, dayOffset: number) =>
  NOW + dayOffset * DAY + Math.floor(next() * 20) * HALF_HOUR - 8 * 3_600_000

/** One random change of the kinds the calendar makes, through the contract; returns what it changed. */
async function randomChange(app: App, next: () => number, ids: string[]): Promise<Change> {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const roll = next()
  if (roll < 0.25 || ids.length === 0) {
    const start = slotNear(next, Math.floor(next() * 15) - 1)
    const made = await app.value<Interview>('interviews/create', {
      company: `New ${ids.length}`,
      position: 'Analyst',
      contact: {},
      mode: 'onsite',
      location: pick(PLACES),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * HALF_HOUR).toISOString(),
      timeZone: 'Asia/Jakarta',
      status: pick(['invited', 'confirmed'] as const),
    })
    ids.push(made.id)
    return { kind: 'create', id: made.id }
  }
  const id = pick(ids)
  if (roll < 0.6) {
    // Across days as a drag or an edit can: its old day and its new day both change.
    const start = slotNear(next, Math.floor(next() * 15) - 1)
    await app.value('interviews/update', {
      id,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + (1 + Math.floor(next() * 3)) * HALF_HOUR).toISOString(),
    })
    return { kind: 'move', id }
  }
  if (roll < 0.85) {
    await app.value('interviews/update', { id, status: pick(STATUSES) })
    return { kind: 'status', id }
  }
  await app.value('interviews/delete', { id })
  ids.splice(ids.indexOf(id), 1)
  return { kind: 'delete', id }
}

/** What the renderer does after a change: ask for the touched interviews' alerts and patch its list. */
async function patched(app: App, held: Alert[], changed: string[]): Promise<Alert[]> {
  const touched = touchedBy(held, changed)
  expect(touched.length).toBeLessThanOrEqual(MAX_PATCH_IDS)
  const patch = await app.value<Alert[]>('alerts/list', { ids: touched })
  return applyPatch(held, touched, patch, sortAlerts)
}

/** A patch that takes only the changed interview's own alerts: what a careless patch would do. */
async function changedOnly(app: App, held: Alert[], id: string): Promise<Alert[]> {
  const fresh = (await app.value<Alert[]>('alerts/list', {})).filter((a) => a.interviewIds.includes(id))
  return sortAlerts([...held.filter((alert) => !alert.interviewIds.includes(id)), ...fresh])
}

describe('alerts after a change, patched by the interviews it touches', () => {
  it.each([1, 2, 3])(
    'equal a full reload after every one of 30 random changes (seed %i)',
    async (seedValue) => {
      const app = await testBackend()
      const db = app.connection.database
      seedAlertStore(db, NOW, seedValue)
      const ids = listInterviews(db, { fromMs: NOW - DAY, toMs: NOW + 16 * DAY }).map((i) => i.id)
      const next = random(seedValue * 7919)
      let held = await app.value<Alert[]>('alerts/list', {})
      let careless = held
      let carelessMisses = 0
      const kinds = new Set<string>()
      for (let step = 0; step < 30; step += 1) {
        const change = await randomChange(app, next, ids)
        kinds.add(change.kind)
        held = await patched(app, held, [change.id])
        careless = await changedOnly(app, careless, change.id)
        const full = await app.value<Alert[]>('alerts/list', {})
        expect(held, `after ${change.kind} of ${change.id} (step ${step})`).toEqual(full)
        if (JSON.stringify(careless) !== JSON.stringify(full)) carelessMisses += 1
        careless = full
      }
      // Every kind of change was made, and a patch that forgot the neighbours would have been caught.
      expect(kinds).toEqual(new Set(['create', 'move', 'status', 'delete']))
      expect(carelessMisses).toBeGreaterThan(3)
      app.stop()
    },
    120_000,
  )

  it('sends only the alerts the patch needs, not the whole window', async () => {
    const app = await testBackend()
    seedAlertStore(app.connection.database, NOW, 4)
    const all = await app.value<Alert[]>('alerts/list', {})
    const one = all.find((alert) => alert.kind === 'overlap')!
    const patch = await app.value<Alert[]>('alerts/list', { ids: touchedBy(all, [one.interviewIds[0]!]) })
    expect(patch.map((alert) => alert.id)).toContain(one.id)
    expect(patch.length).toBeLessThan(all.length / 3)
    app.stop()
  })

  it('refuses ids together with a period, naming the field', async () => {
    const app = await testBackend()
    const result = await app.call('alerts/list', {
      ids: ['00000000-0000-4000-8000-000000000001'],
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-31T00:00:00.000Z',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ids' }] } })
    expect((await app.call('alerts/list', { ids: [] })).ok).toBe(false)
    app.stop()
  })
})
