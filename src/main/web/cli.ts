// First: the heap's limits are set before anything is allocated.
import './heap'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startBackend, systemDefaults } from '../backend'
import { DatabaseLockedError } from '../db/lock'
import { DB_FILE_NAME, defaultUserDataDir } from '../paths'
import { appClock } from './clock'
import { rateLimitedLog } from './rateLimitedLog'
import { startWebServer } from './server'

const TOKEN_ENV = 'INTERVIEW_DESK_TOKEN'
/** Exit code of a start refused because another process has the database open. */
const EXIT_LOCKED = 3

const USAGE = `Usage: npm run web -- [--db PATH] [--port N] [--token-file FILE] [--clock INSTANT]
  --db PATH          the database file (default: ${join(defaultUserDataDir(), DB_FILE_NAME)})
  --port N           the port on 127.0.0.1 (default: any free port)
  --token-file FILE  read the access token from FILE (or set ${TOKEN_ENV}); default: a new random one
  --token T          the access token on the command line (visible to other users in \`ps\`)
  --clock INSTANT    start the app's clock at this instant (e.g. 2026-12-01T09:00:00Z), for tests and demos`

/** The token from --token, --token-file or the environment; a fresh random one when none is given. */
function chooseToken(values: { token?: string | undefined; 'token-file'?: string | undefined }): string {
  const given =
    values.token ??
    (values['token-file'] ? readFileSync(values['token-file'], 'utf8').trim() : undefined) ??
    process.env[TOKEN_ENV]
  const token = given || randomBytes(32).toString('base64url')
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) {
    throw new Error('the token must be 16 to 200 characters of letters, digits, - or _')
  }
  return token
}

/** Browser mode entry (`npm run web`): the app's handlers over HTTP on 127.0.0.1, with a token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      clock: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535`)
  const token = chooseToken(values)
  const now = appClock(values.clock)
  const dbFile = resolve(values.db ?? join(defaultUserDataDir(), DB_FILE_NAME))
  mkdirSync(dirname(dbFile), { recursive: true })

  const log = rateLimitedLog(console.error)
  const backend = await startBackend({ dbFile, system: systemDefaults(), mode: 'web', log, now })
  const server = await startWebServer({
    registry: backend.registry,
    rendererDir: join(__dirname, '../renderer'),
    token,
    port,
    log,
  })
  // A second start on this file is pointed here (the lock file is readable by its owner only).
  backend.lock.update({ url: server.url })
  console.log(`Interview Desk running at ${server.url}`)

  const stop = () => {
    void server.close().then(() => {
      backend.stop()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message)
    process.exit(EXIT_LOCKED)
  }
  console.error(`Interview Desk could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
