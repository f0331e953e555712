import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startBackend, systemDefaults } from '../backend'
import { DB_FILE_NAME, defaultUserDataDir } from '../paths'
import { startWebServer } from './server'

const USAGE = `Usage: npm run web -- [--db PATH] [--port N] [--token T]
  --db PATH   the database file (default: ${join(defaultUserDataDir(), DB_FILE_NAME)})
  --port N    the port on 127.0.0.1 (default: any free port)
  --token T   the access token (default: a new random one each start)`

/** Browser mode entry (`npm run web`): the app's handlers over HTTP on 127.0.0.1, with a token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
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
  const token = values.token ?? randomBytes(32).toString('base64url')
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) {
    throw new Error('--token must be 16 to 200 characters of letters, digits, - or _')
  }
  const dbFile = resolve(values.db ?? join(defaultUserDataDir(), DB_FILE_NAME))
  mkdirSync(dirname(dbFile), { recursive: true })

  const backend = await startBackend({ dbFile, system: systemDefaults() })
  const server = await startWebServer({
    registry: backend.registry,
    rendererDir: join(__dirname, '../renderer'),
    token,
    port,
  })
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
  console.error(`Interview Desk could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
