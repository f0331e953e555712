import { createHash, randomBytes } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { Connection } from '../../src/main/db/connection'
import { DbOpenError } from '../../src/main/db/errors'
import { openDatabase } from '../../src/main/db/open'
import { createInterview } from '../../src/main/services/interviews'
import { interviewInputSchema } from '../../src/shared/model/interview'
import { fixedNow, interviewInput, tempDir } from '../helpers/temp'

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A real database with enough interviews to span many pages, closed cleanly. */
async function healthyFile(dir = tempDir()) {
  const file = join(dir, 'db.sqlite3')
  const db = await openDatabase(file, { backupsDir: join(dir, 'backups'), now: fixedNow() })
  for (let i = 0; i < 200; i += 1) {
    createInterview(
      db,
      fixedNow()(),
      interviewInputSchema.parse(interviewInput({ notes: `note ${i} `.repeat(40) }, i)),
    )
  }
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const root = (
    db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'interviews'").get() as { rootpage: number }
  ).rootpage
  db.close()
  return { dir, file, pageSize, root, backupsDir: join(dir, 'backups') }
}

async function openFails(file: string, backupsDir: string): Promise<DbOpenError> {
  const error = await openDatabase(file, { backupsDir, now: fixedNow() }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DbOpenError)
  return error as DbOpenError
}

describe('damaged database files are reported, never overwritten', () => {
  it.each([
    ['zero-length file', (f: { file: string }) => writeFileSync(f.file, ''), /empty/],
    [
      'garbage header',
      (f: { file: string }) => {
        const fd = openSync(f.file, 'r+')
        writeSync(fd, Buffer.from('NOT A DATABASE!!'), 0, 16, 0)
        closeSync(fd)
      },
      /does not start like a database/,
    ],
    [
      'truncated file',
      (f: { file: string; pageSize: number }) => truncateSync(f.file, f.pageSize * 3 + 100),
      /damaged/,
    ],
    [
      'one page of random bytes',
      (f: { file: string; pageSize: number; root: number }) => {
        const fd = openSync(f.file, 'r+')
        writeSync(fd, randomBytes(f.pageSize), 0, f.pageSize, (f.root - 1) * f.pageSize)
        closeSync(fd)
      },
      /damaged/,
    ],
  ])('%s → DB_CORRUPT, file unchanged', async (_name, damage, message) => {
    const healthy = await healthyFile()
    damage(healthy)
    const before = digest(healthy.file)
    const error = await openFails(healthy.file, healthy.backupsDir)
    expect(error.code).toBe('DB_CORRUPT')
    expect(error.message).toMatch(message)
    expect(digest(healthy.file)).toBe(before)
    expect(existsSync(`${healthy.file}-wal`)).toBe(false)
  })

  it('newer user_version → DB_TOO_NEW, file unchanged', async () => {
    const healthy = await healthyFile()
    const raw = new BetterSqlite3(healthy.file)
    raw.pragma('user_version = 42')
    raw.close()
    const before = digest(healthy.file)
    const error = await openFails(healthy.file, healthy.backupsDir)
    expect(error.code).toBe('DB_TOO_NEW')
    expect(error.state).toBe('too-new')
    expect(digest(healthy.file)).toBe(before)
  })

  it("another program's SQLite file is refused, not migrated", async () => {
    const file = join(tempDir(), 'other.sqlite3')
    const raw = new BetterSqlite3(file)
    raw.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)')
    raw.close()
    const before = digest(file)
    const error = await openFails(file, join(tempDir(), 'backups'))
    expect(error.message).toMatch(/another program/)
    expect(digest(file)).toBe(before)
  })

  it('a -wal left by a crash is replayed: committed data is recovered', async () => {
    const healthy = await healthyFile()
    // Copy the database mid-flight (file + its WAL, as a crash leaves them), with rows only in the WAL.
    const db = await openDatabase(healthy.file, { backupsDir: healthy.backupsDir, now: fixedNow() })
    db.pragma('wal_autocheckpoint = 0')
    createInterview(db, fixedNow()(), interviewInputSchema.parse(interviewInput({ company: 'Only in WAL' })))
    const crashed = join(tempDir(), 'crashed.sqlite3')
    copyFileSync(healthy.file, crashed)
    copyFileSync(`${healthy.file}-wal`, `${crashed}-wal`)
    db.close()
    const reopened = await openDatabase(crashed, { backupsDir: healthy.backupsDir, now: fixedNow() })
    expect(
      reopened.prepare("SELECT count(*) AS n FROM interviews WHERE company = 'Only in WAL'").get(),
    ).toEqual({ n: 1 })
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok')
    reopened.close()
  })

  it('a stale -wal of garbage beside a good file is ignored: the file opens with its data', async () => {
    const healthy = await healthyFile()
    writeFileSync(`${healthy.file}-wal`, randomBytes(64 * 1024))
    const db = await openDatabase(healthy.file, { backupsDir: healthy.backupsDir, now: fixedNow() })
    expect(db.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 200 })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})

describe('recovering from a damaged file', () => {
  async function damagedWithBackup() {
    const healthy = await healthyFile()
    const db = await openDatabase(healthy.file, {
      backupsDir: healthy.backupsDir,
      now: fixedNow('2026-11-23T00:00:00.000Z'),
    })
    db.close()
    const connection = new Connection({
      file: healthy.file,
      backupsDir: healthy.backupsDir,
      now: fixedNow('2026-11-24T00:00:00.000Z'),
    })
    await connection.open()
    const backup = await connection.backup('manual')
    connection.close()
    writeFileSync(healthy.file, randomBytes(4096))
    const damagedDigest = digest(healthy.file)
    await connection.open()
    return { ...healthy, connection, backup, damagedDigest }
  }

  it('the app stays up in a failed state: data calls fail with DB_CORRUPT, status explains', async () => {
    const { connection, file } = await damagedWithBackup()
    expect(connection.status()).toMatchObject({
      state: 'corrupt',
      file,
      problem: expect.stringMatching(/damaged/),
    })
    expect(() => connection.database).toThrow(DbOpenError)
  })

  it('restore from a backup keeps the damaged file aside and brings the data back', async () => {
    const { connection, backup, file, dir, damagedDigest } = await damagedWithBackup()
    const result = await connection.restore(backup.file)
    expect(result.keptAside).toMatch(/db\.sqlite3\.damaged-/)
    expect(digest(result.keptAside!)).toBe(damagedDigest)
    expect(connection.status().state).toBe('ok')
    expect(connection.database.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 200 })
    expect(readdirSync(dir).filter((name) => name.startsWith('db.sqlite3.damaged-'))).toHaveLength(1)
    expect(existsSync(file)).toBe(true)
    connection.close()
  })

  it('reset starts an empty database and keeps the damaged file aside', async () => {
    const { connection, damagedDigest } = await damagedWithBackup()
    const status = await connection.reset()
    expect(status).toMatchObject({ state: 'ok', keptAside: expect.stringMatching(/damaged/) })
    expect(digest(status.keptAside!)).toBe(damagedDigest)
    expect(connection.database.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 0 })
    connection.close()
  })

  it('a damaged backup is refused before anything is touched', async () => {
    const { connection, backup, backupsDir, file, damagedDigest } = await damagedWithBackup()
    writeFileSync(join(backupsDir, backup.file), 'nonsense')
    await expect(connection.restore(backup.file)).rejects.toMatchObject({ code: 'DB_CORRUPT' })
    expect(digest(file)).toBe(damagedDigest)
  })
})
