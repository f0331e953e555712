#!/usr/bin/env node
// Runs npm scripts at the same time and prints each one's output whole, in the order given, once it is done:
// `npm test` checks types, lint, formatting and builds this way. Each runs mostly on one core, so on two
// cores they take about as long as the longest of them instead of their sum. Fails if any of them fails.
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: node scripts/run-together.mjs <npm script>...')
  process.exit(2)
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const runs = names.map(
  (name) =>
    new Promise((done) => {
      const started = Date.now()
      const child = spawn(npm, ['run', '--silent', name], {
        env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
        shell: process.platform === 'win32',
      })
      const output = []
      child.stdout.on('data', (chunk) => output.push(chunk))
      child.stderr.on('data', (chunk) => output.push(chunk))
      child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)))
      child.on('close', (code) =>
        done({
          name,
          code: code ?? 1,
          seconds: (Date.now() - started) / 1000,
          output: Buffer.concat(output),
        }),
      )
    }),
)

let failed = false
for (const run of runs) {
  const { name, code, seconds, output } = await run
  process.stdout.write(output)
  console.log(
    `${code === 0 ? '✓' : '✗'} ${name} (${seconds.toFixed(1)} s)${code === 0 ? '' : `: exit ${code}`}`,
  )
  if (code !== 0) failed = true
}
process.exit(failed ? 1 : 0)
