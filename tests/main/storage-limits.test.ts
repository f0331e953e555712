import { execFileSync } from 'node:child_process'
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { api, startServer, type RunningServer } from '../helpers/server'
import { interviewInput, tempDir } from '../helpers/temp'

const running: RunningServer[] = []
const mounted: string[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop()
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir])
})

/** A small tmpfs of its own, or undefined where this machine does not let us mount one. */
function smallDisk(size: string): string | undefined {
  const dir = tempDir()
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
  } catch {
    return undefined
  }
  mounted.push(dir)
  return dir
}

const free = (dir: string) => {
  const stats = statfsSync(dir)
  return stats.bavail * stats.bsize
}

/** Fills the disk with a filler file until at most `leave` bytes are free. */
function fill(dir: string, leave: number): string {
  const filler = join(dir, `filler-${Math.random().toString(36).slice(2)}`)
  const fd = openSync(filler, 'w')
  try {
    const chunk = Buffer.alloc(4096, 1)
    while (free(dir) > leave) writeSync(fd, chunk)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  } finally {
    closeSync(fd)
  }
  return filler
}

async function serve(options: Parameters<typeof startServer>[0]) {
  const server = await startServer(options)
  running.push(server)
  return server
}

function companiesIn(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    return (db.prepare('SELECT company FROM interviews').all() as { company: string }[]).map((r) => r.company)
  } finally {
    db.close()
  }
}

const notes = 'n'.repeat(4000)

describe('a full disk (a small tmpfs)', () => {
  it('refuses writes as DISK_FULL, keeps reading, recovers when space is freed, and a restore with ~130 KB free leaves the app usable', async (context) => {
    const disk = smallDisk('4m')
    if (!disk) return context.skip('mount is not allowed here, so the full-disk test cannot run')
    const dbFile = join(disk, 'full.sqlite3')
    const server = await serve({ dbFile })
    const acknowledged: string[] = []
    for (let n = 0; n < 5; n += 1) {
      const result = await api(server, 'interviews/create', interviewInput({ company: `early ${n}`, notes }))
      expect(result).toMatchObject({ ok: true })
      acknowledged.push(`early ${n}`)
    }
    const backup = (await api(server, 'backup/create')).value as { file: string; bytes: number }

    const filler = fill(disk, 0)
    let failure: { code: string; message: string } | undefined
    for (let n = 0; n < 2000 && !failure; n += 1) {
      const result = await api(server, 'interviews/create', interviewInput({ company: `full ${n}`, notes }))
      if (result.ok) acknowledged.push(`full ${n}`)
      else failure = result.error
    }
    expect(failure).toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/disk is full/) })
    const listed = (await api(server, 'interviews/list')).value as { company: string }[]
    expect(listed.map((i) => i.company).sort()).toEqual([...acknowledged].sort())

    rmSync(filler)
    expect(
      await api(server, 'interviews/create', interviewInput({ company: 'after freeing' })),
    ).toMatchObject({
      ok: true,
    })
    acknowledged.push('after freeing')

    const tight = fill(disk, 130 * 1024)
    const restore = await api(server, 'backup/restore', { file: backup.file })
    if (!restore.ok) expect(restore.error).toMatchObject({ code: 'DISK_FULL' })
    expect(await api(server, 'database/status')).toMatchObject({ ok: true, value: { state: 'ok' } })
    expect(await api(server, 'interviews/list')).toMatchObject({ ok: true })
    rmSync(tight)
    expect(
      await api(server, 'interviews/create', interviewInput({ company: 'after restore' })),
    ).toMatchObject({
      ok: true,
    })
    const again = await api(server, 'backup/restore', { file: backup.file })
    expect(again).toMatchObject({ ok: true })
    console.log(
      `full disk: ${acknowledged.length} writes acknowledged, first refusal ${failure?.code}; ` +
        `restore with 130 KB free: ${restore.ok ? 'done' : restore.error?.code}`,
    )
    await server.stop()
    // Every acknowledged write is in the data or in a backup made before a restore replaced it.
    const backupsDir = join(disk, 'backups')
    const files = execFileSync('ls', [backupsDir]).toString().trim().split('\n')
    const kept = new Set(files.flatMap((file) => companiesIn(join(backupsDir, file))))
    for (const company of companiesIn(dbFile)) kept.add(company)
    expect(acknowledged.filter((company) => !kept.has(company))).toEqual([])
    expect(files.filter((file) => file.includes('.partial'))).toEqual([])
  }, 120_000)
})

describe('read-only data', () => {
  it('a read-only file: status says so, reads work, a write is READ_ONLY in plain words', async () => {
    const dir = tempDir()
    const dbFile = join(dir, 'ro.sqlite3')
    const writer = await serve({ dbFile })
    await api(writer, 'interviews/create', interviewInput({ company: 'Kept' }))
    await writer.stop()
    // Root ignores file modes: the server then runs as `nobody`, for whom the file really is read-only.
    const asRoot = process.getuid?.() === 0
    if (asRoot) execFileSync('chown', ['-R', '65534:65534', dir])
    chmodSync(dbFile, 0o444)
    const server = await serve({ dbFile, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) })
    expect(await api(server, 'database/status')).toMatchObject({
      ok: true,
      value: { state: 'read-only', problem: expect.stringMatching(/cannot be written/) },
    })
    expect(await api(server, 'interviews/list')).toMatchObject({ ok: true, value: [{ company: 'Kept' }] })
    expect(await api(server, 'interviews/create', interviewInput({ company: 'Lost?' }))).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY', message: expect.stringMatching(/cannot be written/) },
    })
  })

  it('a read-only folder: the app starts, status explains, calls answer READ_ONLY', async (context) => {
    const disk = smallDisk('2m')
    if (!disk) return context.skip('mount is not allowed here, so the read-only folder test cannot run')
    mkdirSync(join(disk, 'data'))
    const dbFile = join(disk, 'data', 'ro.sqlite3')
    const writer = await serve({ dbFile })
    await api(writer, 'interviews/create', interviewInput({ company: 'Kept' }))
    await writer.stop()
    execFileSync('mount', ['-o', 'remount,ro', disk])
    const server = await serve({ dbFile })
    const status = await api(server, 'database/status')
    expect(status).toMatchObject({ ok: true, value: { problem: expect.stringMatching(/cannot be written/) } })
    expect((status.value as { state: string }).state).not.toBe('ok')
    expect(await api(server, 'interviews/list')).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
  })
})
