import { statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { createInterviews } from '../../src/main/services/interviews'
import type { InterviewFields } from '../../src/shared/model/interview'
import { interviewInput, tempDir } from '../helpers/temp'

const NOW = new Date('2026-11-22T03:00:00.000Z')
const nextTask = () => new Promise((resolve) => setImmediate(resolve))

async function store() {
  const dir = tempDir()
  const file = join(dir, 'db.sqlite3')
  const db = await openDatabase(file, { backupsDir: dir, now: () => NOW })
  const items = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      fields: interviewInput({ status: 'invited' }, 48 + i) as InterviewFields,
    }))
  return { db, file, items }
}

describe('the WAL checkpoint of a bulk import', () => {
  it('runs after the import has answered; what it committed is on disk and read by others before that', async () => {
    const { db, file, items } = await store()
    const before = statSync(file).size
    db.transaction(() => createInterviews(db, NOW, items(1500), 'calendar'))()
    // Committed and synced in the WAL (synchronous=FULL), not yet copied into the database file.
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(statSync(file).size).toBe(before)
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(512 * 1024)
    const reader = new BetterSqlite3(file, { readonly: true })
    expect(reader.prepare('SELECT count(*) AS n FROM interview_history').get()).toEqual({ n: 1500 })
    reader.close()

    await nextTask()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect(statSync(file).size).toBeGreaterThan(before + 512 * 1024)
    db.close()
  })

  it('a few new interviews leave the checkpoint to SQLite, inside their COMMIT as before', async () => {
    const { db, items } = await store()
    createInterviews(db, NOW, items(3))
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    db.close()
  })

  it('a store closed before the next task is left closed', async () => {
    const { db, file, items } = await store()
    db.transaction(() => createInterviews(db, NOW, items(1200), 'file'))()
    db.close()
    await nextTask()
    const reopened = new BetterSqlite3(file, { readonly: true })
    expect(reopened.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 1200 })
    reopened.close()
  })
})
