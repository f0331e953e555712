import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { api, runToExit, startServer, WEB_ENTRY, type RunningServer } from '../helpers/server'
import { interviewInput, tempDir } from '../helpers/temp'

const running: RunningServer[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop()
})

async function serve(options: Parameters<typeof startServer>[0]) {
  const server = await startServer(options)
  running.push(server)
  return server
}

describe('browser mode start-up flags', () => {
  it('--clock starts the app clock at the given instant; stored times follow it', async () => {
    const server = await serve({ args: ['--clock', '2026-12-01T09:00:00Z'] })
    const created = await api(server, 'interviews/create', interviewInput())
    expect((created.value as { createdAt: string }).createdAt).toMatch(/^2026-12-01T09:00:0\d/)
  })

  it('a --clock that is not an ISO instant is refused at start', async () => {
    const db = join(tempDir(), 'db.sqlite3')
    const result = await runToExit(process.execPath, [WEB_ENTRY, '--db', db, '--clock', 'tomorrow'])
    expect(result.code).toBe(1)
    expect(result.output).toContain('--clock must be an ISO 8601 instant')
  })

  it('the token can come from the environment or a file, and then is not on the command line', async () => {
    const fromEnv = await serve({ token: 'from-the-environment-0123' })
    expect(await api(fromEnv, 'settings/get')).toMatchObject({ ok: true })
    const tokenFile = join(tempDir(), 'token')
    writeFileSync(tokenFile, 'from-a-file-0123456789\n', { mode: 0o600 })
    const fromFile = await serve({
      args: ['--token-file', tokenFile],
      env: { INTERVIEW_DESK_TOKEN: '' },
      token: 'from-a-file-0123456789',
    })
    expect(fromFile.url).toContain('#token=from-a-file-0123456789')
    expect(await api(fromFile, 'settings/get')).toMatchObject({ ok: true })
    for (const server of [fromEnv, fromFile]) {
      const commandLine = readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8')
      expect(commandLine).not.toContain(server.token)
    }
  })
})
