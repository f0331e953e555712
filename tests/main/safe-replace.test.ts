import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../src/main/db/migrations'
import type { DataImportResult } from '../../src/shared/model/dataFile'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

async function filled() {
  const app = await testBackend()
  const first = await app.value<Interview>('interviews/create', interviewInput({ company: 'Bank Sentosa' }))
  await app.value('followups/add', {
    type: 'task',
    interviewId: first.id,
    kind: 'custom',
    dueAt: first.startsAt,
  })
  await app.value('travel/set', { from: 'Sudirman', to: 'BSD', minutes: 75 })
  const { text } = await app.value<{ text: string }>('data/export', { format: 'json' })
  return { app, first, file: JSON.parse(text) }
}

const companies = async (app: Awaited<ReturnType<typeof testBackend>>) =>
  (await app.value<Interview[]>('interviews/list')).map((i) => i.company)

describe('replace-import makes its own backup first', () => {
  it('the server backs up the current data, names the backup, and the backup holds what was replaced', async () => {
    const { app, file } = await filled()
    await app.value('interviews/create', interviewInput({ company: 'Replaced away' }))
    const result = await app.value<DataImportResult>('data/import', {
      text: JSON.stringify(file),
      mode: 'replace',
    })
    expect(result.backup).toMatch(/-pre-import\.sqlite3$/)
    expect(await companies(app)).toEqual(['Bank Sentosa'])
    expect(await app.value('backup/restore', { file: result.backup })).toMatchObject({
      restored: result.backup,
    })
    expect((await companies(app)).sort()).toEqual(['Bank Sentosa', 'Replaced away'])
  })

  it('when no backup can be made, nothing is replaced and the answer says why', async () => {
    const { app, file } = await filled()
    await app.value('interviews/create', interviewInput({ company: 'Must survive' }))
    // The backups folder cannot be made: a file already has its name.
    const backupsDir = join(app.dir, 'backups')
    rmSync(backupsDir, { recursive: true, force: true })
    writeFileSync(backupsDir, 'not a folder')
    const result = await app.call('data/import', { text: JSON.stringify(file), mode: 'replace' })
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^No backup of the current data could be made, so nothing was replaced/,
        ),
      },
    })
    expect(result.ok || result.error.code).not.toBe('INTERNAL')
    expect((await companies(app)).sort()).toEqual(['Bank Sentosa', 'Must survive'])
    // Merge replaces nothing, so it needs no backup.
    expect(await app.call('data/import', { text: JSON.stringify(file), mode: 'merge' })).toMatchObject({
      ok: true,
    })
  })

  it('a restore whose pre-restore backup cannot be made changes nothing and leaves the database open', async () => {
    const { app } = await filled()
    const backup = await app.value<{ file: string }>('backup/create')
    await app.value('interviews/create', interviewInput({ company: 'After the backup' }))
    // The app's clock is fixed, so the name the pre-restore copy is written under is known: block it.
    const blocker = join(app.dir, 'backups', backup.file.replace('-manual.', '-pre-restore.') + '.partial')
    mkdirSync(blocker)
    const result = await app.call('backup/restore', { file: backup.file })
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^No backup of the current data could be made, so nothing was restored/,
        ),
      },
    })
    expect(await app.value('database/status')).toMatchObject({ state: 'ok' })
    expect((await companies(app)).sort()).toEqual(['After the backup', 'Bank Sentosa'])
    rmSync(blocker, { recursive: true })
    expect(await app.call('backup/restore', { file: backup.file })).toMatchObject({ ok: true })
    expect(await companies(app)).toEqual(['Bank Sentosa'])
  })
})

describe('a restore whose backup fails to open', () => {
  it('reopens the data it had, says so, and leaves nothing of the attempt behind', async () => {
    const { app } = await filled()
    // A backup from an older version: opening it needs a pre-migration copy, which is made to fail.
    const old = join(app.dir, 'backups', 'interview-desk-20261101T000000000Z-manual.sqlite3')
    const db = new BetterSqlite3(old)
    migrate(db, MIGRATIONS.slice(0, 3))
    db.close()
    mkdirSync(join(app.dir, 'backups', 'interview-desk-20261122T030000000Z-pre-migration.sqlite3.partial'))
    const result = await app.call('backup/restore', {
      file: 'interview-desk-20261101T000000000Z-manual.sqlite3',
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^The backup could not be opened, so your data was reopened as it was/,
        ),
      },
    })
    expect(await app.value('database/status')).toMatchObject({ state: 'ok' })
    expect(await companies(app)).toEqual(['Bank Sentosa'])
    expect(await app.call('interviews/create', interviewInput({ company: 'Still writable' }))).toMatchObject({
      ok: true,
    })
    expect(readdirSync(app.dir).filter((name) => /\.(previous|restoring)/.test(name))).toEqual([])
  })
})

describe('data files are validated whole, every problem named by its record', () => {
  it('a task without dueAt, a travel pair A→a and a follow-up of a missing interview: all reported, nothing written', async () => {
    const { app, file, first } = await filled()
    file.followUps[0].dueAt = undefined
    file.followUps.push({
      ...file.followUps[0],
      id: '7b0e5e43-6a55-4d9e-9d7e-0d5f1c7b2a11',
      interviewId: first.id,
      dueAt: first.startsAt,
      type: 'log',
      kind: 'custom',
    })
    file.travelTimes.push({ from: 'A', to: 'a', minutes: 10 })
    await app.value('interviews/create', interviewInput({ company: 'Untouched' }))
    const before = await app.value('interviews/list')
    const result = await app.call('data/import', { text: JSON.stringify(file), mode: 'merge' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const paths = result.ok ? [] : (result.error.issues ?? []).map((issue) => issue.path)
    expect(paths).toEqual(
      expect.arrayContaining(['followUps.0.dueAt', 'followUps.1.kind', 'travelTimes.1.to']),
    )
    expect(await app.value('interviews/list')).toEqual(before)
  })

  it('replace names every follow-up whose interview is not in the file', async () => {
    const { app, file } = await filled()
    file.interviews = []
    const result = await app.call('data/import', { text: JSON.stringify(file), mode: 'replace' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'followUps.0.interviewId', code: 'unknown_interview' }] },
    })
    expect(await companies(app)).toEqual(['Bank Sentosa'])
  })
})

describe('travel place keys: one order in JavaScript and SQLite', () => {
  it.each([
    ['an emoji and a private-use character', '😀 Kantor', '\uE000 Gudang'],
    ['an emoji and a full-width letter', '🏢', 'Ａ Tower'],
    ['a full-width letter and an astral CJK character', 'Ｂ', '𠀀 Plaza'],
    ['a lone surrogate and the replacement character', '\uD800x', '\uFFFDy'],
  ])('%s: stored, found both ways, listed, deleted', async (_name, from, to) => {
    const app = await testBackend()
    expect(await app.call('travel/set', { from, to, minutes: 30 })).toMatchObject({ ok: true })
    expect(await app.call('travel/set', { from: to, to: from, minutes: 40 })).toMatchObject({ ok: true })
    expect(await app.value<unknown[]>('travel/list')).toHaveLength(1)
    expect(await app.call('travel/delete', { from: to, to: from })).toMatchObject({ ok: true })
    expect(await app.value('travel/list')).toEqual([])
  })

  it('two lone surrogates that SQLite would store alike are one place: a validation error, not INTERNAL', async () => {
    const app = await testBackend()
    const result = await app.call('travel/set', { from: 'x\uD800', to: 'x\uDBFF', minutes: 5 })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'to' }] } })
  })

  it('any pair of awkward characters is stored or refused by validation, never INTERNAL', async () => {
    const app = await testBackend()
    const awkward = fc.constantFrom(
      'a',
      'A',
      'é',
      'e\u0301',
      '😀',
      '\uE000',
      '\uFF21',
      '\uD800',
      '\uDC00',
      '\uFFFD',
      ' ',
    )
    const place = fc.array(awkward, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''))
    await fc.assert(
      fc.asyncProperty(place, place, async (from, to) => {
        const result = await app.call('travel/set', { from, to, minutes: 10 })
        expect(result.ok || result.error.code).not.toBe('INTERNAL')
      }),
      { numRuns: 300 },
    )
  })
})
