import { describe, expect, it } from 'vitest'
import { listInterviews } from '../../src/main/db/repos/interviews'
import { applyPatch, MAX_PATCH_IDS, touchedBy } from '../../src/shared/schedule/alertPatch'
import { sortAlerts, type Alert } from '../../src/shared/schedule/alerts'
import { CHANGE_KINDS, makeChange, type ChangeKind } from '../helpers/alertChanges'
import { random, seedAlertStore } from '../helpers/alertStore'
import { testBackend } from '../helpers/backend'

const DAY = 86_400_000
const NOW = Date.parse('2026-11-22T03:00:00.000Z')

type App = Awaited<ReturnType<typeof testBackend>>

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

/** What the renderer does after a change: ask for the touched interviews' alerts and patch its list. */
async function patched(app: App, held: Alert[], changed: string[]): Promise<Alert[]> {
  const touched = touchedBy(held, changed)
  expect(touched.length).toBeLessThanOrEqual(MAX_PATCH_IDS)
  const patch = await app.value<Alert[]>('alerts/list', { ids: touched })
  return applyPatch(held, touched, patch, sortAlerts)
}

/** A patch that takes only the changed interview's own alerts: what a careless patch would do. */
async function changedOnly(app: App, held: Alert[], ids: string[]): Promise<Alert[]> {
  const own = (alert: Alert) => alert.interviewIds.some((id) => ids.includes(id))
  const fresh = (await app.value<Alert[]>('alerts/list', {})).filter(own)
  return sortAlerts([...held.filter((alert) => !own(alert)), ...fresh])
}

describe('alerts after a change, patched by the interviews it touches', () => {
  it.each([1, 2, 3])(
    'equal a full reload after every one of 45 changes of every kind, drawn at random (seed %i)',
    async (seedValue) => {
      const app = await testBackend()
      const db = app.connection.database
      seedAlertStore(db, NOW, seedValue)
      const ids = listInterviews(db, { fromMs: NOW - DAY, toMs: NOW + 16 * DAY }).map((i) => i.id)
      const next = random(seedValue * 7919)
      let held = await app.value<Alert[]>('alerts/list', {})
      let careless = held
      let carelessMisses = 0
      // The kinds that used to reload everything: a step where not patching at all leaves the list wrong.
      const staleAfter = new Set<string>()
      const kinds = new Set<string>()
      let round: ChangeKind[] = []
      for (let step = 0; step < 45; step += 1) {
        // Each kind five times, in an order drawn anew every round.
        if (round.length === 0) round = shuffled(CHANGE_KINDS, next)
        const change = await makeChange(app, round.pop()!, next, ids, NOW)
        kinds.add(change.kind)
        const before = held
        held = await patched(app, held, change.ids)
        careless = await changedOnly(app, careless, change.ids)
        const full = await app.value<Alert[]>('alerts/list', {})
        expect(held, `after ${change.kind} of ${change.ids.join()} (step ${step})`).toEqual(full)
        if (JSON.stringify(careless) !== JSON.stringify(full)) carelessMisses += 1
        if (JSON.stringify(before) !== JSON.stringify(full)) staleAfter.add(change.kind)
        careless = full
      }
      // Every kind of change was made, and a patch that forgot the neighbours would have been caught.
      expect(kinds).toEqual(new Set(CHANGE_KINDS))
      expect(carelessMisses).toBeGreaterThan(3)
      // Follow-ups and reschedule requests do change alerts: skipping their patch would have been caught.
      for (const kind of ['task', 'thanks', 'complete', 'request', 'answer', 'delete']) {
        expect(staleAfter, kind).toContain(kind)
      }
      app.stop()
    },
    180_000,
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
