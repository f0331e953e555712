import { join } from 'node:path'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { startBackend } from '../../src/main/backend'
import { historyOf } from '../../src/main/db/repos/history'
import { createHandlers } from '../../src/main/handlers'
import { ParsePool } from '../../src/main/parsing/pool'
import { createRegistry, Registry } from '../../src/main/registry'
import type { Interview } from '../../src/shared/model/interview'
import { fixedNow, interviewInput, tempDir } from '../helpers/temp'

async function backend() {
  const dir = tempDir()
  const started = await startBackend({
    dbFile: join(dir, 'db.sqlite3'),
    system: { language: 'id', timeZone: 'Asia/Jakarta' },
    now: fixedNow(),
  })
  // Stopped with its test: its timer would otherwise load the drafts' code after the file's environment is gone.
  onTestFinished(() => started.stop())
  const call = async (channel: string, input: unknown = {}) => started.registry.dispatch(channel, input)
  const value = async <T>(channel: string, input: unknown = {}) => {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  const count = () =>
    (started.connection.database.prepare('SELECT count(*) AS n FROM interviews').get() as { n: number }).n
  return { ...started, call, value, count, dir }
}

describe('interviews/* handlers', () => {
  it('create → get → list → update → delete on a real database', async () => {
    const app = await backend()
    const created = await app.value<Interview>('interviews/create', interviewInput())
    expect(created).toMatchObject({
      company: 'PT Nusantara Data Raya',
      status: 'invited',
      createdAt: '2026-11-22T03:00:00.000Z',
    })
    expect(await app.value('interviews/get', { id: created.id })).toEqual(created)
    expect(await app.value('interviews/list', {})).toEqual([created])

    const moved = await app.value<Interview>('interviews/update', {
      id: created.id,
      startsAt: '2026-11-25T03:00:00.000Z',
      endsAt: '2026-11-25T04:00:00.000Z',
      status: 'confirmed',
      notes: 'Bring the portfolio',
    })
    expect(moved).toMatchObject({
      status: 'confirmed',
      startsAt: '2026-11-25T03:00:00.000Z',
      notes: 'Bring the portfolio',
    })
    expect(await app.value('interviews/get', { id: created.id })).toEqual(moved)
    expect(historyOf(app.connection.database, created.id).map((entry) => entry.change)).toEqual([
      'created',
      'changed',
      'rescheduled',
      'status',
    ])

    const cleared = await app.value<Interview>('interviews/update', {
      id: created.id,
      notes: null,
      location: '',
    })
    expect(cleared).not.toHaveProperty('notes')
    expect(cleared).not.toHaveProperty('location')

    expect(await app.value('interviews/delete', { id: created.id })).toEqual({ id: created.id })
    expect(app.count()).toBe(0)
  })

  it('list filters by range, status and text', async () => {
    const app = await backend()
    await app.value('interviews/create', interviewInput({ company: 'Alpha' }, 24))
    await app.value('interviews/create', interviewInput({ company: 'Beta', status: 'confirmed' }, 72))
    const names = async (query: unknown) =>
      (await app.value<Interview[]>('interviews/list', query)).map((i) => i.company)
    expect(await names({ from: '2026-11-24T00:00:00Z' })).toEqual(['Beta'])
    expect(await names({ to: '2026-11-24T00:00:00Z' })).toEqual(['Alpha'])
    expect(await names({ status: 'confirmed' })).toEqual(['Beta'])
    expect(await names({ query: 'alp' })).toEqual(['Alpha'])
  })

  it('list searches by the shared rule: accents folded, every word, % and _ literally, never the notes', async () => {
    const app = await backend()
    const add = (fields: Record<string, unknown>, hours: number) =>
      app.value('interviews/create', interviewInput(fields, hours))
    await add({ company: 'Café Kopi 100% Kita', referenceNumber: 'KK/2026/7' }, 24)
    await add({ company: 'Kopi Kita', contact: { email: 'hr@kopikita.id' }, notes: 'sentosa' }, 48)
    await add({ company: 'Bank Sentosa', location: 'BSD City, Tangerang' }, 72)
    const names = async (query: string) =>
      (await app.value<Interview[]>('interviews/list', { query })).map((i) => i.company)
    expect(await names('cafe')).toEqual(['Café Kopi 100% Kita'])
    expect(await names('100%')).toEqual(['Café Kopi 100% Kita'])
    expect(await names('kopi kita')).toEqual(['Café Kopi 100% Kita', 'Kopi Kita'])
    expect(await names('kk/2026')).toEqual(['Café Kopi 100% Kita'])
    expect(await names('HR@KOPIKITA')).toEqual(['Kopi Kita'])
    expect(await names('tangerang bsd')).toEqual(['Bank Sentosa'])
    expect(await names('sentosa')).toEqual(['Bank Sentosa'])
    expect(await names('kopi tangerang')).toEqual([])
  })

  it.each([
    ['empty company', { company: '' }, 'company'],
    ['end before start', { endsAt: '2026-11-24T02:00:00.000Z' }, 'endsAt'],
    ['unknown zone', { timeZone: 'Asia/Batavia' }, 'timeZone'],
    ['bad email', { contact: { email: 'no-at-sign' } }, 'contact.email'],
    ['bad link', { meetingUrl: 'javascript:alert(1)' }, 'meetingUrl'],
    ['wrong type', { priority: 'high' }, 'priority'],
    ['unknown key', { id: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1' }, 'id'],
    ['oversized notes', { notes: 'n'.repeat(10_001) }, 'notes'],
  ])('create with %s → VALIDATION naming %s, nothing written', async (_name, change, path) => {
    const app = await backend()
    const result = await app.call('interviews/create', interviewInput(change))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.issues?.map((issue) => issue.path)).toContain(path)
    expect(result.error.message).toContain(path)
    expect(app.count()).toBe(0)
  })

  it('update that would put the end before the start is refused and changes nothing', async () => {
    const app = await backend()
    const created = await app.value<Interview>('interviews/create', interviewInput())
    const result = await app.call('interviews/update', {
      id: created.id,
      endsAt: created.startsAt,
      company: 'Changed',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'endsAt' }] } })
    expect(await app.value('interviews/get', { id: created.id })).toEqual(created)
  })

  it.each(['interviews/get', 'interviews/update', 'interviews/delete'])(
    '%s with an unknown id → NOT_FOUND',
    async (channel) => {
      const app = await backend()
      const result = await app.call(channel, { id: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1' })
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    },
  )
})

describe('settings/* handlers', () => {
  it('start from system defaults and take any subset', async () => {
    const app = await backend()
    expect(await app.value('settings/get')).toMatchObject({
      language: 'id',
      timeZone: 'Asia/Jakarta',
      userName: '',
    })
    const updated = await app.value('settings/update', { userName: 'Budi Santoso', language: 'en' })
    expect(updated).toMatchObject({ userName: 'Budi Santoso', language: 'en', travelBufferMinutes: 60 })
    expect(await app.value('settings/get')).toEqual(updated)
  })

  it('a bad value is refused by name and nothing is stored', async () => {
    const app = await backend()
    const result = await app.call('settings/update', {
      userName: 'Budi',
      noticeHours: { short: 10, late: 20 },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'noticeHours.late' }] },
    })
    expect(await app.value('settings/get')).toMatchObject({ userName: '' })
  })

  it('adopt the browser language and zone on first run, but never over what the user chose', async () => {
    const app = await backend()
    expect(
      await app.value('settings/adoptDefaults', { language: 'en', timeZone: 'America/New_York' }),
    ).toMatchObject({ language: 'en', timeZone: 'America/New_York' })
    // A second browser, later, changes nothing: the first run is over for both fields.
    expect(
      await app.value('settings/adoptDefaults', { language: 'id', timeZone: 'Asia/Makassar' }),
    ).toMatchObject({ language: 'en', timeZone: 'America/New_York' })

    const chosen = await backend()
    await chosen.value('settings/update', { language: 'id' })
    expect(
      await chosen.value('settings/adoptDefaults', { language: 'en', timeZone: 'Asia/Jayapura' }),
    ).toMatchObject({ language: 'id', timeZone: 'Asia/Jayapura' })
  })

  it('refuse an unknown zone or language by name and store nothing', async () => {
    const app = await backend()
    const result = await app.call('settings/adoptDefaults', { language: 'fr', timeZone: 'Mars/Olympus' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const paths = result.ok ? [] : (result.error.issues ?? []).map((issue) => issue.path)
    expect(paths.sort()).toEqual(['language', 'timeZone'])
    expect(await app.value('settings/get')).toMatchObject({ language: 'id', timeZone: 'Asia/Jakarta' })
  })
})

describe('backup/* and database/* handlers', () => {
  it('create, list and restore a backup; the state before the restore is itself backed up', async () => {
    const app = await backend()
    await app.value('interviews/create', interviewInput({ company: 'Before' }))
    const backup = await app.value<{ file: string; bytes: number }>('backup/create')
    expect(backup.bytes).toBeGreaterThan(0)
    await app.value('interviews/create', interviewInput({ company: 'After' }))
    expect(app.count()).toBe(2)

    expect(await app.value('backup/restore', { file: backup.file })).toEqual({ restored: backup.file })
    expect((await app.value<Interview[]>('interviews/list')).map((i) => i.company)).toEqual(['Before'])
    const files = (await app.value<{ file: string }[]>('backup/list')).map((b) => b.file)
    expect(files.some((file) => file.endsWith('-pre-restore.sqlite3'))).toBe(true)
  })

  it('restore refuses a name that is not a backup (no path tricks)', async () => {
    const app = await backend()
    const result = await app.call('backup/restore', { file: '../db.sqlite3' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'file' }] } })
    const missing = await app.call('backup/restore', {
      file: 'interview-desk-20200101T000000000Z-manual.sqlite3',
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('checks integrity and opens the data folder through the injected opener', async () => {
    const opened: string[] = []
    const dir = tempDir()
    const started = await startBackend({
      dbFile: join(dir, 'db.sqlite3'),
      system: { language: 'en', timeZone: 'UTC' },
      now: fixedNow(),
      openFolder: async (path) => (opened.push(path), true),
    })
    onTestFinished(() => started.stop())
    expect(await started.registry.dispatch('database/check', {})).toEqual({
      ok: true,
      value: { ok: true, problems: [] },
    })
    expect(await started.registry.dispatch('database/openFolder', {})).toEqual({
      ok: true,
      value: { opened: true },
    })
    expect(opened).toEqual([dir])
  })

  it('status says ok, and reset is refused on a healthy database', async () => {
    const app = await backend()
    expect(await app.value('database/status')).toMatchObject({
      state: 'ok',
      file: join(app.dir, 'db.sqlite3'),
    })
    expect(await app.call('database/reset')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('the registry', () => {
  it('refuses a channel registered twice at start-up', () => {
    const registry = new Registry()
    registry.register('settings/get', () => ({}) as never)
    expect(() => registry.register('settings/get', () => ({}) as never)).toThrow(/registered twice/)
  })

  it('serves exactly the channels of the contract', async () => {
    const app = await backend()
    expect(app.registry.channels().sort()).toMatchSnapshot()
  })

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const app = await backend()
    expect(await app.call('interviews/explode')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
    expect(await app.call('__proto__')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('turns an unexpected failure into INTERNAL without a stack trace', async () => {
    const app = await backend()
    const log = vi.fn()
    const handlers = createHandlers({
      connection: app.connection,
      now: fixedNow(),
      system: { language: 'en', timeZone: 'UTC' },
      parser: new ParsePool(),
      openFolder: async () => true,
    })
    const registry = createRegistry(
      {
        ...handlers,
        'backup/list': () => {
          throw new TypeError('secret internals at /home/user/app.js:12')
        },
      },
      log,
    )
    const result = await registry.dispatch('backup/list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toMatch(/secret|app\.js|at /)
    expect(log).toHaveBeenCalledOnce()
  })
})
