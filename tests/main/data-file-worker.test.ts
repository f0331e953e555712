import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBackend } from '../../src/main/backend'
import type { ParseLimits } from '../../src/main/parsing/pool'
import type { DataImportResult } from '../../src/shared/model/dataFile'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { interviewInput, tempDir } from '../helpers/temp'

const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

/** A real JSON export, its one interview repeated `count` times under new ids. */
async function bigExport(count: number): Promise<string> {
  const source = await testBackend()
  stops.push(source.stop)
  await source.value<Interview>('interviews/create', interviewInput({ company: 'PT Nusantara Data Raya' }))
  const { text } = await source.value<{ text: string }>('data/export', { format: 'json' })
  const file = JSON.parse(text) as { interviews: Interview[] }
  const [one] = file.interviews
  file.interviews = Array.from({ length: count }, () => ({ ...one!, id: randomUUID() }))
  return JSON.stringify(file)
}

async function backendWith(parseLimits: ParseLimits) {
  const backend = await startBackend({
    dbFile: join(tempDir(), 'db.sqlite3'),
    system: { language: 'en', timeZone: 'Asia/Jakarta' },
    now: () => new Date('2026-11-22T03:00:00.000Z'),
    parseLimits,
  })
  stops.push(backend.stop)
  await backend.parserReady()
  return backend
}

describe('data/import reads the file in the bounded worker', () => {
  it('a file over the time limit is answered quickly with a reason, while another request is served', async () => {
    const text = await bigExport(20_000)
    const app = await backendWith({ timeoutMs: 50, perMegabyteMs: 0, memoryMb: 256 })
    const start = performance.now()
    let listedAt = 0
    const importing = app.registry.dispatch('data/import', { text, mode: 'merge' })
    const listing = app.registry.dispatch('interviews/list', {}).then((result) => {
      listedAt = performance.now() - start
      return result
    })
    const [imported, listed] = await Promise.all([importing, listing])
    const answeredAt = performance.now() - start
    expect(listed).toMatchObject({ ok: true, value: [] })
    expect(listedAt).toBeLessThan(1000)
    expect(answeredAt).toBeLessThan(5000)
    expect(imported).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'file', code: 'parse_time_limit', params: { seconds: 1 } }],
      },
    })
    expect(await app.registry.dispatch('interviews/list', {})).toMatchObject({ ok: true, value: [] })
  }, 60_000)

  it('a file over the memory limit is stopped with a reason, and the next file is read by a fresh worker', async () => {
    const text = await bigExport(60_000)
    const app = await backendWith({ timeoutMs: 60_000, perMegabyteMs: 0, memoryMb: 40 })
    expect(await app.registry.dispatch('data/import', { text, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ code: 'parse_memory_limit', params: { megabytes: 40 } }] },
    })
    const small = await bigExport(2)
    const result = await app.registry.dispatch('data/import', { text: small, mode: 'merge' })
    expect(result).toMatchObject({ ok: true, value: { interviews: { added: 2, updated: 0 } } })
    expect((result as { value: DataImportResult }).value.followUps).toEqual({ added: 0 })
  }, 120_000)

  it('a file that is not JSON, or not ours, is refused with the field named, as before', async () => {
    const app = await backendWith({ timeoutMs: 5000, perMegabyteMs: 0, memoryMb: 256 })
    expect(await app.registry.dispatch('data/import', { text: '{"format": ', mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'text', code: 'invalid' }] },
    })
    const foreign = JSON.stringify({ format: 'other-app', version: 1 })
    expect(await app.registry.dispatch('data/import', { text: foreign, mode: 'merge' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: expect.arrayContaining([expect.objectContaining({ path: 'format' })]),
      },
    })
  })
})
