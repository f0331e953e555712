import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBackend, type Backend } from '../../src/main/backend'
import { CHANNELS } from '../../src/shared/channels'
import { api, startServer, type RunningServer } from '../helpers/server'
import { interviewInput, tempDir } from '../helpers/temp'

/** Valid-looking payloads per channel, to mutate: random values in the right places reach deep validation. */
const SEEDS: Record<string, unknown> = {
  'interviews/create': interviewInput(),
  'interviews/update': { id: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1', company: 'X' },
  'interviews/list': { from: '2026-11-01T00:00:00.000Z', status: 'invited', query: 'a' },
  'settings/update': { userName: 'Budi', noticeHours: { short: 48, late: 24 } },
  'drafts/create': {
    interviewId: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1',
    kind: 'cancel',
    channel: 'email',
    language: 'id',
  },
  'followups/add': { type: 'log', interviewId: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1', kind: 'note' },
  'travel/set': { from: 'A', to: 'B', minutes: 10 },
  'ics/import': { text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', preview: true },
  'data/import': { text: '{}', mode: 'merge' },
}

/** A payload: any JSON value, or a seed with one key replaced, added or removed. */
const payload = (channel: string) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc
      .record({
        key: fc.constantFrom(
          ...Object.keys((SEEDS[channel] as object) ?? { x: 1 }),
          'extra',
          '__proto__',
          'constructor',
        ),
        value: fc.jsonValue({ maxDepth: 2 }),
        drop: fc.boolean(),
      })
      .map(({ key, value, drop }) => {
        const copy: Record<string, unknown> = { ...((SEEDS[channel] as object) ?? {}) }
        if (drop) delete copy[key]
        else copy[key] = value
        return copy
      }),
  )

/** Channels whose accepted calls write files or replace the database: fuzzed for rejection only. */
const HEAVY = new Set([
  'backup/create',
  'backup/restore',
  'database/reset',
  'database/openFolder',
  'data/import',
])

describe('fuzzing the contract', () => {
  let backend: Backend
  beforeAll(async () => {
    backend = await startBackend({
      dbFile: join(tempDir(), 'fuzz.sqlite3'),
      system: { language: 'en', timeZone: 'UTC' },
    })
  })
  afterAll(() => backend.stop())

  it('10 000 generated payloads through the handler map: every answer a Result, rejections change nothing', async () => {
    const db = () => backend.connection.database
    const changes = () => (db().prepare('SELECT total_changes() AS n').get() as { n: number }).n
    let calls = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async (channel, seed) => {
          const input = fc.sample(payload(channel), { seed, numRuns: 1 })[0]
          if (
            HEAVY.has(channel) &&
            input !== null &&
            typeof input === 'object' &&
            Object.keys(input).length === 0
          )
            return
          const before = changes()
          const result = await backend.registry.dispatch(channel, input)
          calls += 1
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) {
            expect(typeof result.error.code).toBe('string')
            expect(typeof result.error.message).toBe('string')
            expect(result.error.message).not.toMatch(/\n\s+at /)
            expect(result.error.code).not.toBe('INTERNAL')
            expect(changes()).toBe(before)
          }
        },
      ),
      { numRuns: 10_000 },
    )
    expect(calls).toBeGreaterThan(9_000)
  }, 300_000)
})

describe('fuzzing browser mode', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.stop())

  it('10 000 generated requests over HTTP: every answer JSON with a Result, the server stays up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS, 'nope/nothing', '../etc/passwd'),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
          fc.string({ maxLength: 200 }),
        ),
        async (channel, body) => {
          if (HEAVY.has(channel)) return
          const response = await fetch(`${server.origin}/api/${channel}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
            body,
          })
          const answer = (await response.json()) as { ok: boolean; error?: { code: string } }
          expect(typeof answer.ok).toBe('boolean')
          if (!answer.ok) expect(answer.error?.code).not.toBe('INTERNAL')
        },
      ),
      { numRuns: 10_000 },
    )
    expect(await api(server, 'settings/get')).toMatchObject({ ok: true })
  }, 300_000)
})
