import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startBackend } from '../../src/main/backend'
import { Connection } from '../../src/main/db/connection'
import { acquireLock, DatabaseLockedError } from '../../src/main/db/lock'
import { storageCode } from '../../src/main/db/storageErrors'
import { fixedNow, interviewInput, tempDir } from '../helpers/temp'

afterEach(() => vi.restoreAllMocks())

const start = (dbFile: string) =>
  startBackend({
    dbFile,
    system: { language: 'en', timeZone: 'UTC' },
    now: fixedNow(),
    openFolder: async () => true,
  })

describe('leftovers of an interrupted backup or restore', () => {
  it('are removed at start and their names logged; the data is untouched', async () => {
    const dir = tempDir()
    const dbFile = join(dir, 'db.sqlite3')
    const first = await start(dbFile)
    await first.registry.dispatch('interviews/create', interviewInput({ company: 'Kept' }))
    first.stop()
    const backups = join(dir, 'backups')
    const leftovers = [
      `${dbFile}.restoring`,
      `${dbFile}.previous`,
      join(backups, 'interview-desk-20261122T030000000Z-manual.sqlite3.partial'),
      join(backups, 'interview-desk-20261122T030000000Z-daily.sqlite3-shm'),
    ]
    for (const file of leftovers) writeFileSync(file, 'half-written')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const again = await start(dbFile)
    expect(leftovers.filter((file) => existsSync(file))).toEqual([])
    const logged = warn.mock.calls.map((call) => String(call[0])).join('\n')
    for (const file of leftovers) expect(logged).toContain(file)
    expect(await again.registry.dispatch('interviews/list', {})).toMatchObject({
      value: [{ company: 'Kept' }],
    })
    again.stop()
  })

  it('a restore cut off before the new file was in place leaves the old one, which is kept', async () => {
    const dir = tempDir()
    const dbFile = join(dir, 'db.sqlite3')
    const first = await start(dbFile)
    await first.registry.dispatch('interviews/create', interviewInput({ company: 'Kept' }))
    first.stop()
    // Only the hard link the restore made is left (the file itself was lost to something else).
    renameSync(dbFile, `${dbFile}.previous`)
    const again = await start(dbFile)
    expect(await again.registry.dispatch('interviews/list', {})).toMatchObject({
      value: [{ company: 'Kept' }],
    })
    again.stop()
  })
})

describe('"Start fresh" (database/reset)', () => {
  it('never moves aside a file that opens fine: after an open that failed on a full disk, it reopens it', async (context) => {
    const disk = tempDir()
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], { stdio: 'ignore' })
    } catch {
      return context.skip('mount is not allowed here, so the full-disk open cannot be tried')
    }
    try {
      const file = join(disk, 'db.sqlite3')
      const seed = await start(file)
      await seed.registry.dispatch('interviews/create', interviewInput({ company: 'Healthy' }))
      seed.stop()
      const filler = join(disk, 'filler')
      try {
        writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024))
      } catch {
        // ENOSPC: the disk is now full, which is the point.
      }
      const connection = new Connection({ file, backupsDir: join(disk, 'backups'), now: fixedNow() })
      await connection.open()
      expect(connection.status()).toMatchObject({
        state: 'unreadable',
        problem: expect.stringMatching(/disk is full/),
      })
      rmSync(filler)
      const status = await connection.reset()
      expect(status).toMatchObject({ state: 'ok' })
      expect(status.keptAside).toBeUndefined()
      expect(readdirSync(disk).filter((name) => name.includes('damaged'))).toEqual([])
      expect(connection.database.prepare('SELECT company FROM interviews').all()).toEqual([
        { company: 'Healthy' },
      ])
      connection.close()
    } finally {
      execFileSync('umount', ['-l', disk])
    }
  })
})

describe('the lock beside the database', () => {
  it('refuses a live holder by its pid, takes over a dead one, and removes only its own lock', async () => {
    const dbFile = join(tempDir(), 'db.sqlite3')
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    await new Promise((ready) => holder.once('spawn', ready))
    writeFileSync(`${dbFile}.lock`, JSON.stringify({ pid: holder.pid, mode: 'app' }))
    expect(() => acquireLock(dbFile, { mode: 'web' })).toThrow(DatabaseLockedError)
    expect(() => acquireLock(dbFile, { mode: 'web' })).toThrow(
      `This data is open in another Interview Desk window (process ${holder.pid}). Switch to that window, or close it first.`,
    )
    holder.kill('SIGKILL')
    await new Promise((exit) => holder.once('exit', exit))
    // A pid far above any real one stands for a process that has ended.
    writeFileSync(`${dbFile}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, mode: 'web' }))
    const lock = acquireLock(dbFile, { mode: 'web' })
    expect(lock.held()).toBe(true)
    writeFileSync(`${dbFile}.lock`, JSON.stringify({ pid: process.ppid, mode: 'app' }))
    expect(lock.held()).toBe(false)
    lock.release()
    expect(existsSync(`${dbFile}.lock`)).toBe(true)
  })

  // Command lines are read from /proc: Linux only.
  it.skipIf(!existsSync('/proc/self/cmdline'))(
    'a pid now used by another program (after a reboot, say) does not hold the lock',
    () => {
      const dbFile = join(tempDir(), 'db.sqlite3')
      const sleeper = spawn('sleep', ['30'])
      try {
        writeFileSync(`${dbFile}.lock`, JSON.stringify({ pid: sleeper.pid, mode: 'app' }))
        const lock = acquireLock(dbFile, { mode: 'web' })
        expect(lock.held()).toBe(true)
        lock.release()
      } finally {
        sleeper.kill('SIGKILL')
      }
    },
  )

  it('a lock file left half-written by a crash is taken over', () => {
    const dbFile = join(tempDir(), 'db.sqlite3')
    writeFileSync(`${dbFile}.lock`, '{"pid":')
    const lock = acquireLock(dbFile, { mode: 'web' })
    expect(lock.held()).toBe(true)
    lock.release()
    expect(existsSync(`${dbFile}.lock`)).toBe(false)
  })
})

describe('a busy database', () => {
  it('is waited for briefly, then answered as BUSY in plain words rather than INTERNAL', async () => {
    const dir = tempDir()
    const dbFile = join(dir, 'db.sqlite3')
    const app = await start(dbFile)
    app.connection.database.pragma('busy_timeout = 0')
    // Another connection (a tool ignoring the lock) holds the write lock.
    const other = new BetterSqlite3(dbFile)
    other.exec('BEGIN IMMEDIATE')
    const release = setTimeout(() => other.exec('COMMIT'), 120)
    const waited = await app.registry.dispatch('interviews/create', interviewInput({ company: 'Waited' }))
    expect(waited).toMatchObject({ ok: true })
    clearTimeout(release)
    other.exec('BEGIN IMMEDIATE')
    const busy = await app.registry.dispatch('interviews/create', interviewInput({ company: 'Gave up' }))
    expect(busy).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringMatching(/busy/) } })
    other.exec('ROLLBACK')
    other.close()
    app.stop()
  })

  it.each([
    ['SQLITE_FULL', 'DISK_FULL'],
    ['ENOSPC', 'DISK_FULL'],
    ['SQLITE_READONLY', 'READ_ONLY'],
    ['EROFS', 'READ_ONLY'],
    ['SQLITE_READONLY_DBMOVED', 'DB_REPLACED'],
    ['SQLITE_BUSY_SNAPSHOT', 'BUSY'],
    ['SQLITE_CONSTRAINT_CHECK', undefined],
  ])('%s is %s', (code, expected) => {
    expect(storageCode(Object.assign(new Error('x'), { code }))).toBe(expected)
  })
})
