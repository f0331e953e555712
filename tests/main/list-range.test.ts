import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBackend } from '../../src/main/backend'
import { countMatchingSql, listInterviewsSql } from '../../src/main/db/repos/interviews'
import type { Interview } from '../../src/shared/model/interview'
import { fixedNow, interviewInput, tempDir } from '../helpers/temp'

async function backendWith(count: number) {
  const backend = await startBackend({
    dbFile: join(tempDir(), 'range.sqlite3'),
    system: { language: 'en', timeZone: 'Asia/Jakarta' },
    now: fixedNow(),
  })
  const made: Interview[] = []
  for (let i = 0; i < count; i += 1) {
    const result = await backend.registry.dispatch(
      'interviews/create',
      interviewInput({ company: `C${i}` }, 48 + i * 24),
    )
    if (!result.ok) throw new Error(result.error.message)
    made.push(result.value as Interview)
  }
  return { backend, made }
}

type Backend = Awaited<ReturnType<typeof backendWith>>['backend']

const list = async (backend: Backend, input: unknown) => {
  const result = await backend.registry.dispatch('interviews/list', input)
  if (!result.ok) throw new Error(result.error.message)
  return (result.value as Interview[]).map((interview) => interview.company)
}

/** `asker` sends a reschedule request proposing `to`'s time: it is pending until the company answers. */
async function askToMove(backend: Backend, asker: Interview, to: Interview) {
  const asked = await backend.registry.dispatch('drafts/markSent', {
    interviewId: asker.id,
    kind: 'reschedule',
    channel: 'email',
    language: 'en',
    body: 'Could we move it to this time?',
    alternatives: [{ startsAt: to.startsAt, endsAt: to.endsAt }],
  })
  expect(asked.ok).toBe(true)
}

describe('interviews/list asks for what a page shows', () => {
  it('by ids, in start order', async () => {
    const { backend, made } = await backendWith(5)
    expect(await list(backend, { ids: [made[3]!.id, made[1]!.id] })).toEqual(['C1', 'C3'])
    backend.stop()
  })

  it('with a limit: "is there any at all?"', async () => {
    const { backend } = await backendWith(3)
    expect(await list(backend, { limit: 1 })).toEqual(['C0'])
    expect(await list(backend, { limit: 2, query: 'c2' })).toEqual(['C2'])
    backend.stop()
  })

  it('a range with holds brings the interview whose proposed times may fall in it', async () => {
    const { backend, made } = await backendWith(3)
    await askToMove(backend, made[0]!, made[2]!)
    const range = { from: made[2]!.startsAt, to: made[2]!.endsAt }
    expect(await list(backend, range)).toEqual(['C2'])
    expect(await list(backend, { ...range, withHolds: true })).toEqual(['C0', 'C2'])
    backend.stop()
  })

  it("a limited page with holds: the limit counts the range's interviews, every pending request comes along", async () => {
    const { backend, made } = await backendWith(5)
    // C4 (the last) asks to move to C1's time; C0, before the page, asks to move to C2's.
    await askToMove(backend, made[4]!, made[1]!)
    await askToMove(backend, made[0]!, made[2]!)
    const from = made[1]!.startsAt
    expect(await list(backend, { from, limit: 2 })).toEqual(['C1', 'C2'])
    expect(await list(backend, { from, limit: 2, withHolds: true })).toEqual(['C0', 'C1', 'C2', 'C4'])
    // A pending request inside the page comes once.
    expect(await list(backend, { from, limit: 4, withHolds: true })).toEqual(['C0', 'C1', 'C2', 'C3', 'C4'])
    backend.stop()
  })

  it('a limited page in whole days: the rest of its last day comes too, in the zone asked for', async () => {
    const backend = await startBackend({
      dbFile: join(tempDir(), 'days.sqlite3'),
      system: { language: 'en', timeZone: 'Asia/Jakarta' },
      now: fixedNow(),
    })
    // 24 November 10:00, 11:00 and 12:00 WIB; 25 November 00:00 WIB (still the 24th in UTC) and 01:00; the 26th.
    const made: Interview[] = []
    for (const [i, hours] of [48, 49, 50, 62, 63, 96].entries()) {
      const result = await backend.registry.dispatch(
        'interviews/create',
        interviewInput({ company: `C${i}` }, hours),
      )
      made.push(result.ok ? (result.value as Interview) : expect.unreachable(result.error.message))
    }
    const from = made[0]!.startsAt
    expect(await list(backend, { from, limit: 2 })).toEqual(['C0', 'C1'])
    expect(await list(backend, { from, limit: 2, wholeDaysIn: 'Asia/Jakarta' })).toEqual(['C0', 'C1', 'C2'])
    expect(await list(backend, { from, limit: 2, wholeDaysIn: 'UTC' })).toEqual([
      'C0',
      'C1',
      'C2',
      'C3',
      'C4',
    ])
    expect(await list(backend, { from, limit: 4, wholeDaysIn: 'Asia/Jakarta' })).toEqual([
      'C0',
      'C1',
      'C2',
      'C3',
      'C4',
    ])
    // A page that holds the whole range is the range; a range's end cuts the day.
    expect(await list(backend, { from, limit: 10, wholeDaysIn: 'Asia/Jakarta' })).toHaveLength(6)
    const to = made[1]!.endsAt
    expect(await list(backend, { from, to, limit: 1, wholeDaysIn: 'Asia/Jakarta' })).toEqual(['C0', 'C1'])
    // The limit counts matches of a text search, and the rest of the last one's day that match come too.
    expect(await list(backend, { from, query: 'c', limit: 2, wholeDaysIn: 'Asia/Jakarta' })).toEqual([
      'C0',
      'C1',
      'C2',
    ])
    // A page whose first interview began the day before the range: the range's first day comes whole.
    const late = await backend.registry.dispatch(
      'interviews/create',
      interviewInput({ company: 'Late' }, 61.5),
    )
    expect(late.ok).toBe(true)
    const midnight = new Date(Date.parse(made[3]!.startsAt) + 15 * 60_000).toISOString()
    expect(await list(backend, { from: midnight, limit: 1, wholeDaysIn: 'Asia/Jakarta' })).toEqual([
      'Late',
      'C3',
      'C4',
    ])
    // A pending request from later on comes along, and does not move where the page ends.
    await askToMove(backend, made[5]!, made[1]!)
    const page = { from, limit: 2, withHolds: true, wholeDaysIn: 'Asia/Jakarta' }
    expect(await list(backend, page)).toEqual(['C0', 'C1', 'C2', 'Late', 'C5'])
    const unknown = await backend.registry.dispatch('interviews/list', {
      ...page,
      wholeDaysIn: 'Mars/Olympus',
    })
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'wholeDaysIn' }] },
    })
    backend.stop()
  })

  it('interviews/count counts what interviews/list lists for a range, and refuses an end before the start', async () => {
    const { backend, made } = await backendWith(4)
    const count = async (input: unknown) => {
      const result = await backend.registry.dispatch('interviews/count', input)
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    expect(await count({})).toBe(4)
    expect(await count({ from: made[1]!.startsAt })).toBe(3)
    // An interview still running at `from` counts, as it is listed; one that has ended does not.
    const c1 = { start: Date.parse(made[1]!.startsAt), end: Date.parse(made[1]!.endsAt) }
    const midway = new Date((c1.start + c1.end) / 2).toISOString()
    expect(await count({ from: midway, to: made[3]!.startsAt })).toBe(2)
    expect(await count({ from: made[1]!.endsAt, to: made[3]!.startsAt })).toBe(1)
    expect(await count({ status: 'cancelled' })).toBe(0)
    const backwards = await backend.registry.dispatch('interviews/count', {
      from: made[2]!.startsAt,
      to: made[1]!.startsAt,
    })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'to' }] } })
    const unknown = await backend.registry.dispatch('interviews/count', { limit: 1 })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    backend.stop()
  })

  it('refuses too many ids and a limit below one, naming the field', async () => {
    const { backend } = await backendWith(0)
    const many = Array.from({ length: 1001 }, () => crypto.randomUUID())
    const tooMany = await backend.registry.dispatch('interviews/list', { ids: many })
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ids' }] } })
    const zero = await backend.registry.dispatch('interviews/list', { limit: 0 })
    expect(zero).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'limit' }] } })
    backend.stop()
  })

  it('a range query stays on the start index, with or without holds', async () => {
    const { backend } = await backendWith(0)
    const db = backend.connection.database
    for (const withHolds of [false, true]) {
      const { sql, params } = listInterviewsSql({ fromMs: 0, toMs: 1, withHolds })
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
        .map((row) => row.detail)
        .join('\n')
      expect(plan).toMatch(/USING INDEX interviews_by_start/)
      // The interviews with a pending request come from their own small index, never a scan of the table.
      if (withHolds) expect(plan).toMatch(/USING INDEX interviews_with_requests/)
      expect(plan).not.toMatch(/SCAN interviews$/m)
      // Rows come out of the indexes in list order (start, then id): nothing is sorted again.
      expect(plan).not.toMatch(/TEMP B-TREE/)
    }
    // The agenda's limited page, and its count: each on an index (only the page's few rows are sorted).
    const plans = [
      listInterviewsSql({ fromMs: 0, limit: 200, withHolds: true }),
      countMatchingSql({ fromMs: 0 }),
    ].map(({ sql, params }) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
        .map((row) => row.detail)
        .join('\n'),
    )
    expect(plans[0]).toMatch(/USING INDEX interviews_with_requests/)
    for (const plan of plans) {
      expect(plan).toMatch(/USING INDEX interviews_by_start/)
      expect(plan).not.toMatch(/SCAN interviews$/m)
    }
    backend.stop()
  })
})
