import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { languageForLocale } from '../shared/model/settings'
import { Connection } from './db/connection'
import { acquireLock, type DatabaseLock, type LockHolder } from './db/lock'
import { removeLeftovers } from './db/leftovers'
import { guardHandlers } from './guard'
import { createHandlers, draftsService } from './handlers'
import { ParsePool, type ParseLimits, DEFAULT_LIMITS } from './parsing/pool'
import { createRegistry, type Registry } from './registry'
import type { SystemDefaults } from './services/settings'

export interface BackendOptions {
  dbFile: string
  /** Defaults to a `backups` folder beside the database file. */
  backupsDir?: string
  system: SystemDefaults
  nativeBinding?: string
  /** Who holds the lock beside the file: the Electron app or browser mode. */
  mode?: LockHolder['mode']
  now?: () => Date
  /** Where handler failures are logged (browser mode rate-limits it). */
  log?: (message: string, error: unknown) => void
  /** How to show a folder to the user; by default the operating system's opener. */
  openFolder?: (path: string) => Promise<boolean>
  /** Time and memory limits for reading untrusted files. */
  parseLimits?: ParseLimits
}

export interface Backend {
  connection: Connection
  registry: Registry
  lock: DatabaseLock
  /** Resolves when the parsing worker warmed at start has loaded (benchmarks of a running app wait for it). */
  parserReady: () => Promise<void>
  /** …and has practised (a few seconds after start): the state the app is in long before a file is picked. */
  parserPractised: () => Promise<void>
  stop: () => void
}

const HOUR_MS = 60 * 60 * 1000
/** How long after start-up the drafts' code is loaded, when no draft has asked for it yet. */
const DRAFTS_WARM_MS = 10_000

/** Opens the database and builds the handler map: everything both the Electron app and browser mode share. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date())
  const backupsDir = options.backupsDir ?? join(options.dbFile, '..', 'backups')
  // One owner per database: a second process on the same file is refused before it touches anything.
  const lock = acquireLock(options.dbFile, { mode: options.mode ?? 'web' })
  const connection = new Connection({
    file: options.dbFile,
    backupsDir,
    now,
    holdsLock: lock.held,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    const leftovers = removeLeftovers(options.dbFile, backupsDir)
    if (leftovers.length > 0)
      console.warn(`Removed files left by an interrupted backup or restore: ${leftovers.join(', ')}`)
    await connection.open()
  } catch (error) {
    lock.release()
    throw error
  }
  const parser = new ParsePool(options.parseLimits ?? DEFAULT_LIMITS)
  parser.warm()
  const registry = createRegistry(
    guardHandlers(
      createHandlers({
        connection,
        now,
        system: options.system,
        parser,
        openFolder: options.openFolder ?? openWithSystem,
      }),
      connection,
    ),
    options.log,
  )
  const backupDaily = () =>
    connection.dailyBackup().catch((error: unknown) => console.error('Daily backup failed', error))
  await backupDaily()
  const timer = setInterval(() => void backupDaily(), HOUR_MS)
  timer.unref()
  // The drafts' code loads once the first calendar is long drawn, so the first draft opens at once.
  const warmDrafts = setTimeout(() => void draftsService(), DRAFTS_WARM_MS)
  warmDrafts.unref()
  return {
    connection,
    registry,
    lock,
    parserReady: () => parser.ready(),
    parserPractised: () => parser.practised(),
    stop: () => {
      clearInterval(timer)
      clearTimeout(warmDrafts)
      parser.stop()
      connection.close()
      lock.release()
    },
  }
}

/** Opens a folder with the platform's own opener (browser mode runs on the user's machine too). */
export function openWithSystem(path: string): Promise<boolean> {
  const command =
    process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open'
  return new Promise((resolve) => {
    const child = spawn(command, [path], { detached: true, stdio: 'ignore' })
    child.once('error', () => resolve(false))
    child.once('spawn', () => {
      child.unref()
      resolve(true)
    })
  })
}

/** The language and zone of the machine the app runs on, for first-run defaults. */
export function systemDefaults(locale?: string): SystemDefaults {
  const envLocale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG
  return {
    language: languageForLocale(locale ?? envLocale ?? Intl.DateTimeFormat().resolvedOptions().locale),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  }
}
