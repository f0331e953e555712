import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { api, runToExit, startServer, WEB_ENTRY, type RunningServer } from '../helpers/server'
import { interviewInput, tempDir } from '../helpers/temp'

const running: RunningServer[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop()
})

async function serve(dbFile: string) {
  const server = await startServer({ dbFile })
  running.push(server)
  return server
}

const create = (server: RunningServer, company: string) =>
  api(server, 'interviews/create', interviewInput({ company }))

function companiesIn(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    return (db.prepare('SELECT company FROM interviews').all() as { company: string }[]).map((r) => r.company)
  } finally {
    db.close()
  }
}

describe('one owner per database (real processes)', () => {
  it('a second browser-mode start on the same file is refused, naming the holder and its address', async () => {
    expect(existsSync(WEB_ENTRY), 'run `npm run build` first').toBe(true)
    const dbFile = join(tempDir(), 'shared.sqlite3')
    const first = await serve(dbFile)
    const second = await runToExit(process.execPath, [WEB_ENTRY, '--db', dbFile, '--port', '0'])
    expect(second.code).toBe(3)
    expect(second.output).toContain(
      `This data is open in another Interview Desk window (process ${first.child.pid}). Open it at ${first.url}`,
    )
    expect(await create(first, 'Still mine')).toMatchObject({ ok: true })
  })

  it('npm start points to the open window instead of starting a second owner', async () => {
    const dbFile = join(tempDir(), 'shared.sqlite3')
    const first = await serve(dbFile)
    const start = resolve(__dirname, '../../scripts/start.mjs')
    const second = await runToExit(process.execPath, [start, '--db', dbFile])
    expect(second.code).toBe(3)
    expect(second.output).toContain(`(process ${first.child.pid}). Open it at ${first.url}`)
  })

  it('a killed owner leaves a stale lock that the next start takes over', async () => {
    const dbFile = join(tempDir(), 'shared.sqlite3')
    const first = await serve(dbFile)
    expect(await create(first, 'Before the crash')).toMatchObject({ ok: true })
    first.child.kill('SIGKILL')
    await new Promise((done) => first.child.once('exit', done))
    const next = await serve(dbFile)
    expect(JSON.parse(readFileSync(`${dbFile}.lock`, 'utf8'))).toMatchObject({ pid: next.child.pid })
    expect(await api(next, 'interviews/list')).toMatchObject({
      ok: true,
      value: [{ company: 'Before the crash' }],
    })
    await next.stop()
    expect(existsSync(`${dbFile}.lock`), 'a clean stop removes the lock').toBe(false)
  })

  it('a restore while writes keep coming: every acknowledged write is kept, in the data or in the pre-restore backup', async () => {
    const dir = tempDir()
    const dbFile = join(dir, 'busy.sqlite3')
    const server = await serve(dbFile)
    expect(await create(server, 'In the backup')).toMatchObject({ ok: true })
    const backup = (await api(server, 'backup/create')).value as { file: string }
    const acknowledged: string[] = []
    let refused = 0
    let writing = true
    const writer = (async () => {
      for (let n = 0; writing; n += 1) {
        const result = await create(server, `write ${n}`)
        if (result.ok) acknowledged.push(`write ${n}`)
        else refused += 1
      }
    })()
    await new Promise((done) => setTimeout(done, 150))
    const restored = await api(server, 'backup/restore', { file: backup.file })
    await new Promise((done) => setTimeout(done, 150))
    writing = false
    await writer
    expect(restored).toMatchObject({ ok: true })
    const backups = (await api(server, 'backup/list')).value as { file: string }[]
    const preRestore = backups.find((b) => b.file.endsWith('-pre-restore.sqlite3'))!
    await server.stop()
    const kept = new Set([...companiesIn(dbFile), ...companiesIn(join(dir, 'backups', preRestore.file))])
    expect(acknowledged.filter((company) => !kept.has(company))).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(5)
    expect(companiesIn(dbFile)).toContain('In the backup')
    console.log(`restore under load: ${acknowledged.length} writes acknowledged, ${refused} refused, 0 lost`)
  })

  it.each(['removed', 'replaced'])(
    'a database file %s under the running app: writes are refused in plain words, nothing is acknowledged and lost',
    async (how) => {
      const dir = tempDir()
      const dbFile = join(dir, 'gone.sqlite3')
      const server = await serve(dbFile)
      expect(await create(server, 'Before')).toMatchObject({ ok: true })
      if (how === 'removed') {
        for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true })
      } else {
        // Another program puts an older copy in place, as a restore by another tool would.
        const backup = (await api(server, 'backup/create')).value as { file: string }
        expect(await create(server, 'Between')).toMatchObject({ ok: true })
        copyFileSync(join(dir, 'backups', backup.file), `${dbFile}.tmp`)
        renameSync(`${dbFile}.tmp`, dbFile)
      }
      const refused = await create(server, 'After')
      expect(refused).toMatchObject({ ok: false, error: { code: 'DB_REPLACED' } })
      expect(refused.error?.message).toMatch(/removed or replaced.*Restart Interview Desk/)
      expect(await api(server, 'database/status')).toMatchObject({ ok: true, value: { state: 'replaced' } })
      // The way out: reopen the file as it is now (a missing one starts empty); nothing is moved aside.
      const reopened = await api(server, 'database/reset')
      expect(reopened).toMatchObject({ ok: true, value: { state: 'ok' } })
      expect((reopened.value as { keptAside?: string }).keptAside).toBeUndefined()
      const now = (await api(server, 'interviews/list')).value as { company: string }[]
      expect(now.map((i) => i.company)).toEqual(how === 'removed' ? [] : ['Before'])
      expect(await create(server, 'After reopening')).toMatchObject({ ok: true })
    },
  )
})
