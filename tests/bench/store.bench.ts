import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'vitest'
import { startBackend, type Backend } from '../../src/main/backend'
import { createInterviews } from '../../src/main/services/interviews'
import { storeInterviews } from '../helpers/seedStore'
import { tempDir } from '../helpers/temp'
import { ms } from './measure'

/** The store's own costs as it grows: what one month, the alerts and a full export cost at each size. */
/** STORE_SIZES=1000,10000 measures fewer sizes. */
const SIZES = (process.env.STORE_SIZES ?? '1000,10000,50000').split(',').map(Number)
const NOW = Date.UTC(2027, 5, 15, 3) // the middle of the three years
async function seededBackend(count: number): Promise<{ backend: Backend; file: string }> {
  const file = join(tempDir(), `store-${count}.sqlite3`)
  const backend = await startBackend({
    dbFile: file,
    system: { language: 'id', timeZone: 'Asia/Jakarta' },
    now: () => new Date(NOW),
  })
  const db = backend.connection.database
  createInterviews(
    db,
    new Date(NOW - 86_400_000),
    storeInterviews(count, NOW).map((fields) => ({ fields })),
  )
  return { backend, file }
}

/**
 * Median wall time of `runs` answered calls (after one warm-up), and their mean CPU time (user + system of
 * this process), which a shared machine's load inflates less; a refused call stops the bench.
 */
async function timed(
  backend: Backend,
  runs: number,
  channel: string,
  input: unknown,
): Promise<{ wall: number; cpu: number }> {
  const times: number[] = []
  let cpu = 0
  for (let i = 0; i <= runs; i += 1) {
    const start = performance.now()
    const used = process.cpuUsage()
    const result = await backend.registry.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    const spent = process.cpuUsage(used)
    if (i > 0) {
      times.push(performance.now() - start)
      cpu += (spent.user + spent.system) / 1000
    }
  }
  return { wall: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, cpu: cpu / runs }
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const both = ({ wall, cpu }: { wall: number; cpu: number }) => `${ms(wall)} /${ms(cpu)}`

/** The browser-mode server's resident memory after a session: months around today, alerts, a search, an export. */
async function serverRss(file: string): Promise<{ afterExport: number; settled: number }> {
  const child = spawn(
    process.execPath,
    ['out/main/web.js', '--db', file, '--clock', new Date(NOW).toISOString()],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const found = /running at (\S+)/.exec(chunk.toString())
        if (found) resolve(found[1]!)
      })
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
    const base = new URL(url)
    const token = base.hash.replace('#token=', '')
    const post = (channel: string, body: unknown) =>
      fetch(`${base.origin}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((response) => response.text())
    for (let i = -2; i < 4; i += 1) {
      const from = NOW + i * 31 * 86_400_000
      await post('interviews/list', {
        from: new Date(from).toISOString(),
        to: new Date(from + 31 * 86_400_000).toISOString(),
        withHolds: true,
      })
      await post('alerts/list', {})
      await post('travel/list', {})
    }
    await post('interviews/list', { query: 'nusantara', limit: 50 })
    await post('ics/export', {})
    const rss = () =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024
    const afterExport = rss()
    // A moment later, as the user reads what they exported: the heap gives back what the export needed.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    return { afterExport, settled: rss() }
  } finally {
    child.kill()
  }
}

it('the store at 1 000, 10 000 and 50 000 interviews', async () => {
  const rows: string[] = []
  for (const size of SIZES) {
    const { backend, file } = await seededBackend(size)
    // The parsing worker's practice runs once, a few seconds after start: over before measuring, since
    // process.cpuUsage counts every thread and would charge its CPU to whichever call it overlaps.
    await backend.parserPractised()
    const month = { from: new Date(NOW).toISOString(), to: new Date(NOW + 31 * 86_400_000).toISOString() }
    const list = await timed(backend, 9, 'interviews/list', month)
    const alerts = await timed(backend, 9, 'alerts/list', {})
    const exportAll = await timed(backend, 3, 'ics/export', {})
    backend.stop()
    const rss = await serverRss(file)
    rows.push(
      `${String(size).padStart(7)} ${both(list)}  ${both(alerts)}  ${both(exportAll)} ${rss.afterExport.toFixed(0).padStart(6)} →${rss.settled.toFixed(0).padStart(4)}   ${load()}`,
    )
  }
  console.log(
    [
      'The store as it grows (ms: median wall / mean CPU; server RSS in MB right after a session ending with an',
      'export → 3 s later, via browser mode; load average beside each size)',
      ' stored      list 1 month             alerts     ics/export all         RSS   load',
      ...rows,
    ].join('\n'),
  )
}, 900_000)
