#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .cache/native/, leaving node_modules' Node build alone,
// so one checkout serves tests and browser mode (Node) and the Electron app without manual rebuilds.
//   node scripts/electron-native.mjs            build if missing (needs Electron's headers: network)
//   node scripts/electron-native.mjs --check    exit 1 unless the build is there
//   node scripts/electron-native.mjs --stage    also copy it to .cache/native/package/ for electron-builder
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const electronVersion = require('electron/package.json').version
const electronAbi = readFileSync(
  join(dirname(require.resolve('electron/package.json')), 'abi_version'),
  'utf8',
).trim()
const { platform, arch } = process
const target = join(
  root,
  '.cache',
  'native',
  `electron-${electronVersion}-${platform}-${arch}`,
  'better_sqlite3.node',
)

function fail(message) {
  console.error(`electron-native: ${message}`)
  process.exit(1)
}

function build() {
  const source = dirname(require.resolve('better-sqlite3/package.json'))
  const work = join(root, '.cache', 'native-build', 'better-sqlite3')
  rmSync(work, { recursive: true, force: true })
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) })
  // ~/.npmrc may set nodedir to Node's headers; node-gyp would then "succeed" with the wrong ABI.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'),
  )
  const gyp = require.resolve('node-gyp/bin/node-gyp.js')
  const result = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${join(root, '.cache', 'node-gyp')}`,
    ],
    { cwd: work, env, stdio: process.env.CI ? 'pipe' : 'inherit' },
  )
  if (result.status !== 0)
    fail(`could not build better-sqlite3 for Electron ${electronVersion} (are Electron's headers reachable?)`)
  const built = join(work, 'build', 'Release', 'better_sqlite3.node')
  // A module built for Electron must refuse to load in Node, naming Electron's ABI.
  const probe = spawnSync(
    process.execPath,
    ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(built)})`],
    { encoding: 'utf8' },
  )
  if (probe.status === 0 || !probe.stderr.includes(`NODE_MODULE_VERSION ${electronAbi}`)) {
    fail(`the build is not for Electron's ABI ${electronAbi}; refusing to use it`)
  }
  mkdirSync(dirname(target), { recursive: true })
  cpSync(built, target)
  console.log(`electron-native: built ${target}`)
}

const args = new Set(process.argv.slice(2))
if (args.has('--check')) {
  if (!existsSync(target)) fail(`missing ${target}: run "npm run electron:native" first`)
} else if (!existsSync(target) || args.has('--force')) {
  build()
}
if (args.has('--stage')) {
  const staged = join(root, '.cache', 'native', 'package', 'better_sqlite3.node')
  mkdirSync(dirname(staged), { recursive: true })
  cpSync(target, staged)
}
