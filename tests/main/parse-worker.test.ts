import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ParsePool } from '../../src/main/parsing/pool'
import type { IcsImportResult } from '../../src/shared/model/exchange'
import { AppFailure } from '../../src/shared/result'
import { calendarText } from '../helpers/icsCalendar'
import { testBackend } from '../helpers/backend'
import { api, startServer } from '../helpers/server'

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/ics', name), 'utf8')
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** Starts a hostile import and, while it runs, another request; both timed from the same start. */
async function raceAgainstList(call: (channel: string, input: unknown) => Promise<unknown>, text: string) {
  const start = performance.now()
  let listAt = 0
  const importing = call('ics/import', { text, preview: true }).then((result) => ({
    result,
    at: performance.now() - start,
  }))
  const listing = call('interviews/list', {}).then((result) => {
    listAt = performance.now() - start
    return result
  })
  const [imported, listed] = await Promise.all([importing, listing])
  return { imported, listed, listAt }
}

describe('untrusted files are read in a bounded worker', () => {
  it('a SECONDLY rule from 1970 is answered within 5 s with a reason, while another request is served', async () => {
    const app = await testBackend()
    cleanups.push(app.stop)
    const { imported, listed, listAt } = await raceAgainstList(app.call, fixture('secondly-1970.ics'))
    expect(listed).toMatchObject({ ok: true, value: [] })
    expect(listAt).toBeLessThan(1000)
    expect(imported.at).toBeLessThan(5000)
    expect(imported.result).toMatchObject({
      ok: true,
      value: { imported: 0, skipped: [{ uid: 's', code: 'too-many-repeats' }] },
    })
  })

  it('a VTIMEZONE with a SECONDLY rule is not expanded: the event is reported, quickly', async () => {
    const app = await testBackend()
    cleanups.push(app.stop)
    const { imported, listAt } = await raceAgainstList(app.call, fixture('vtimezone-secondly.ics'))
    expect(listAt).toBeLessThan(1000)
    expect(imported.at).toBeLessThan(5000)
    expect(imported.result).toMatchObject({
      ok: true,
      value: { skipped: [{ uid: 'z', code: 'unknown-zone', params: { zone: 'Loop' } }] },
    })
  })

  it('a task over the time limit is stopped with a reason; the next task gets a fresh worker', async () => {
    const pool = new ParsePool({ timeoutMs: 30, perMegabyteMs: 0, memoryMb: 256 })
    cleanups.push(() => pool.stop())
    const task = { kind: 'ics' as const, userZone: 'Asia/Jakarta', now: Date.parse('2026-11-22T03:00:00Z') }
    // The limit counts from a loaded worker: loading is no fault of the file.
    await pool.ready()
    const started = performance.now()
    const failure = await pool.run({ ...task, source: { text: calendarText(15_000) } }).catch((e) => e)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({ code: 'VALIDATION', issues: [{ code: 'parse_time_limit' }] })
    const generous = new ParsePool({ timeoutMs: 10_000, perMegabyteMs: 0, memoryMb: 256 })
    cleanups.push(() => generous.stop())
    const small = await generous.run({ ...task, source: { text: fixture('google-invite.ics') } })
    expect(small.invitations).toHaveLength(1)
  })

  it('a task over the memory limit is stopped with a reason, not a crash of the app', async () => {
    const pool = new ParsePool({ timeoutMs: 20_000, perMegabyteMs: 0, memoryMb: 8 })
    cleanups.push(() => pool.stop())
    const failure = await pool
      .run({
        kind: 'ics',
        userZone: 'Asia/Jakarta',
        now: Date.parse('2026-11-22T03:00:00Z'),
        source: { text: calendarText(15_000) },
      })
      .catch((e) => e)
    expect(failure).toMatchObject({ code: 'VALIDATION', issues: [{ code: 'parse_memory_limit' }] })
  })
})

describe('the built app carries its worker', () => {
  const root = resolve(__dirname, '../..')
  it('browser mode (node out/main/web.js) reads .ics through out/main/parseWorker.js', async () => {
    expect(existsSync(join(root, 'out/main/parseWorker.js'))).toBe(true)
    const server = await startServer({ env: { INTERVIEW_DESK_PARSE_WORKER: '' } })
    cleanups.push(server.stop)
    const hostile = await api(server, 'ics/import', { text: fixture('secondly-1970.ics'), preview: true })
    expect(hostile).toMatchObject({ ok: true, value: { skipped: [{ code: 'too-many-repeats' }] } })
    const good = await api(server, 'ics/import', { text: fixture('google-invite.ics') })
    expect((good.value as IcsImportResult).imported).toBe(1)
  })
})

describe('the pool after a worker dies', () => {
  it('a worker that exits while idle is replaced on the next task', async () => {
    const pool = new ParsePool({ timeoutMs: 10_000, perMegabyteMs: 0, memoryMb: 256 })
    cleanups.push(() => pool.stop())
    pool.warm()
    // Reach the idle worker the way a crash would end it.
    const idle = (pool as unknown as { idle: { worker: { terminate: () => Promise<number> } }[] }).idle
    await idle[0]!.worker.terminate()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    const result = await pool.run({
      kind: 'ics',
      userZone: 'Asia/Jakarta',
      now: Date.parse('2026-11-22T03:00:00Z'),
      source: { text: fixture('google-invite.ics') },
    })
    expect(result.invitations).toHaveLength(1)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
