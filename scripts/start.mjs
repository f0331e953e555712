#!/usr/bin/env node
// npm start: the Electron app where Electron can run here; otherwise one plain line, then browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const args = process.argv.slice(2)

/** The Electron binary, fetched on first use (npm does not run Electron's install script). */
function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  const binary = () => {
    if (!existsSync(pathFile)) return undefined
    const relative = readFileSync(pathFile, 'utf8')
    const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
      : join(dir, 'dist', relative)
    return existsSync(full) ? full : undefined
  }
  if (binary()) return binary()
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 300_000 })
  return binary()
}

function nativeReady() {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], {
    stdio: 'ignore',
  })
  return result.status === 0
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/** The database file `--db` names, or the app's default (as src/main/paths.ts computes it). */
function databaseFile() {
  const index = args.indexOf('--db')
  if (index >= 0 && args[index + 1]) return resolve(args[index + 1])
  const home = homedir()
  const dir =
    process.platform === 'win32'
      ? join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Interview Desk')
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support', 'Interview Desk')
        : join(process.env.XDG_CONFIG_HOME || join(home, '.config'), 'Interview Desk')
  return join(dir, 'interview-desk.sqlite3')
}

/** One owner per database: when a live process holds the lock beside the file, point to its window. */
function openWindowElsewhere() {
  let holder
  try {
    holder = JSON.parse(readFileSync(`${databaseFile()}.lock`, 'utf8'))
    process.kill(holder.pid, 0)
  } catch (error) {
    if (error?.code !== 'EPERM') return undefined
  }
  const where = holder.url ? `Open it at ${holder.url}` : 'Switch to that window'
  return `This data is open in another Interview Desk window (process ${holder.pid}). ${where}, or close it first.`
}

const elsewhere = openWindowElsewhere()
if (elsewhere) {
  console.log(elsewhere)
  process.exit(3)
}

const electron = electronBinary()
const reason = !electron
  ? "Electron's binary is not installed and could not be downloaded"
  : !nativeReady()
    ? 'the database module could not be built for Electron'
    : undefined

if (reason) {
  console.log(`Electron cannot run here (${reason}), so Interview Desk starts in browser mode.`)
  run(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args])
} else {
  run(electron, [root, ...args])
}
