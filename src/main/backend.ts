import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { languageForLocale } from '../shared/model/settings'
import { Connection } from './db/connection'
import { createHandlers } from './handlers'
import { ParsePool, type ParseLimits, DEFAULT_LIMITS } from './parsing/pool'
import { createRegistry, type Registry } from './registry'
import type { SystemDefaults } from './services/settings'

export interface BackendOptions {
  dbFile: string
  /** Defaults to a `backups` folder beside the database file. */
  backupsDir?: string
  system: SystemDefaults
  nativeBinding?: string
  now?: () => Date
  /** How to show a folder to the user; by default the operating system's opener. */
  openFolder?: (path: string) => Promise<boolean>
  /** Time and memory limits for reading untrusted files. */
  parseLimits?: ParseLimits
}

export interface Backend {
  connection: Connection
  registry: Registry
  stop: () => void
}

const HOUR_MS = 60 * 60 * 1000

/** Opens the database and builds the handler map: everything both the Electron app and browser mode share. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date())
  const connection = new Connection({
    file: options.dbFile,
    backupsDir: options.backupsDir ?? join(options.dbFile, '..', 'backups'),
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  await connection.open()
  const parser = new ParsePool(options.parseLimits ?? DEFAULT_LIMITS)
  parser.warm()
  const registry = createRegistry(
    createHandlers({
      connection,
      now,
      system: options.system,
      parser,
      openFolder: options.openFolder ?? openWithSystem,
    }),
  )
  const backupDaily = () =>
    connection.dailyBackup().catch((error: unknown) => console.error('Daily backup failed', error))
  await backupDaily()
  const timer = setInterval(() => void backupDaily(), HOUR_MS)
  timer.unref()
  return {
    connection,
    registry,
    stop: () => {
      clearInterval(timer)
      parser.stop()
      connection.close()
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
