import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, MIGRATIONS } from '../../src/main/db/migrations'
import { getInterview } from '../../src/main/db/repos/interviews'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { interviewInput, tempDir } from '../helpers/temp'

describe('contact title', () => {
  it('is stored, read back, changed and cleared through the contract', async () => {
    const app = await testBackend()
    const created = await app.value<Interview>(
      'interviews/create',
      interviewInput({ contact: { name: 'Maya Putri', title: 'ms' } }),
    )
    expect(created.contact).toEqual({ name: 'Maya Putri', title: 'ms' })
    expect(await app.value<Interview>('interviews/get', { id: created.id })).toEqual(created)
    const changed = await app.value<Interview>('interviews/update', {
      id: created.id,
      contact: { name: 'Hendra Gunawan', title: 'mr' },
    })
    expect(changed.contact).toEqual({ name: 'Hendra Gunawan', title: 'mr' })
    const cleared = await app.value<Interview>('interviews/update', {
      id: created.id,
      contact: { name: 'Hendra' },
    })
    expect(cleared.contact).toEqual({ name: 'Hendra' })
  })

  it('an unknown title is refused by name, and nothing is written', async () => {
    const app = await testBackend()
    expect(
      await app.call('interviews/create', interviewInput({ contact: { name: 'Maya', title: 'dr' } })),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'contact.title' }] } })
    expect(await app.value<Interview[]>('interviews/list', {})).toEqual([])
  })

  it('goes out in the CSV and JSON exports and comes back from a JSON import', async () => {
    const source = await testBackend()
    await source.value('interviews/create', interviewInput({ contact: { name: 'Maya Putri', title: 'ms' } }))
    const csv = (await source.value<{ text: string }>('data/export', { format: 'csv' })).text
    expect(csv).toContain(',contactName,contactTitle,')
    expect(csv).toContain(',Maya Putri,ms,')
    const { text } = await source.value<{ text: string }>('data/export', { format: 'json' })
    const target = await testBackend()
    await target.value('data/import', { text, mode: 'merge' })
    const [imported] = await target.value<Interview[]>('interviews/list', {})
    expect(imported!.contact).toEqual({ name: 'Maya Putri', title: 'ms' })
  })

  it('migration 0006 keeps existing interviews working, with no title rather than a guess', () => {
    const db = new BetterSqlite3(join(tempDir(), 'db.sqlite3'))
    migrate(db, MIGRATIONS.slice(0, 5))
    db.prepare(
      `INSERT INTO interviews (id, company, position, contact_name, mode, starts_at, ends_at, time_zone, status,
        created_at, updated_at) VALUES ('0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1', 'PT Lama', 'Analyst',
        'Pak Hendra', 'onsite', 1, 3600001, 'Asia/Jakarta', 'invited', 0, 0)`,
    ).run()
    expect(migrate(db)).toEqual({ from: 5, to: MIGRATIONS.length })
    expect(getInterview(db, '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1')?.contact).toEqual({ name: 'Pak Hendra' })
    // The column only takes the two known titles.
    expect(() => db.prepare("UPDATE interviews SET contact_title = 'dr'").run()).toThrow(
      /CHECK constraint failed/,
    )
  })
})
