#!/usr/bin/env node
// npm start: the Electron app where Electron can run here; otherwise one plain line, then browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
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
