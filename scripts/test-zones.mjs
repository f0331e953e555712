#!/usr/bin/env node
// Runs the date-dependent suites (src/shared rules and their tests) under several host time zones, so no
// rule silently depends on the machine's zone: DST north and south, half-hour and 45-minute offsets.
import { spawnSync } from 'node:child_process'

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
]
const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname

for (const zone of ZONES) {
  // The shared rules are pure functions: the `shared` project's files share their modules (no isolation),
  // which halves the time of each zone's run.
  const args = [vitest, 'run', '--project', 'shared']
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, TZ: zone, NO_COLOR: '1' },
  })
  const summary = /Tests\s+(.*)/.exec(result.stdout)?.[1] ?? 'no summary'
  console.log(`TZ=${zone.padEnd(20)} ${summary.trim()}`)
  if (result.status !== 0) {
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
    process.exit(result.status ?? 1)
  }
}
