import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface RunningServer {
  url: string
  origin: string
  token: string
  dbFile: string
  child: ChildProcess
  stop: () => Promise<void>
}

const WEB_ENTRY = resolve(__dirname, '../../out/main/web.js')

/** Starts the built browser-mode server (npm run build first) on a fresh or given database file. */
export async function startServer(
  options: {
    dbFile?: string
    token?: string
    env?: NodeJS.ProcessEnv
    /** More command-line flags, e.g. `['--clock', '2026-12-01T02:00:00Z']`. */
    args?: string[]
    /** Run as another user (a read-only file means nothing to root). */
    uid?: number
    gid?: number
  } = {},
): Promise<RunningServer> {
  const dbFile = options.dbFile ?? join(mkdtempSync(join(tmpdir(), 'interview-desk-')), 'interviews.sqlite3')
  const token = options.token ?? `test-token-${Math.random().toString(36).slice(2)}-abcdef`
  // The token travels in the environment, as the README recommends: not visible in `ps`.
  const child = spawn(process.execPath, [WEB_ENTRY, '--db', dbFile, '--port', '0', ...(options.args ?? [])], {
    env: { ...process.env, LANG: 'en_US.UTF-8', INTERVIEW_DESK_TOKEN: token, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 15_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Interview Desk running at (\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}: ${output}`))
    })
  })
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return { url, origin: new URL(url).origin, token, dbFile, child, stop }
}

/** Runs a command to its end: exit code and everything it printed. */
export function runToExit(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${command} did not finish: ${output}`))
    }, 20_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      done({ code, output })
    })
  })
}

export { WEB_ENTRY }

/** POST /api/<channel> as the renderer does. */
export async function api(server: { origin: string; token: string }, channel: string, input: unknown = {}) {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  })
  return (await response.json()) as {
    ok: boolean
    value?: unknown
    error?: { code: string; message: string }
  }
}

/** `startsAt`/`endsAt` of an interview `minutes` long starting at `start` (whole minutes, UTC). */
export function slot(start: Date, minutes: number): { startsAt: string; endsAt: string } {
  const at = new Date(start)
  at.setUTCSeconds(0, 0)
  return { startsAt: at.toISOString(), endsAt: new Date(at.getTime() + minutes * 60_000).toISOString() }
}
