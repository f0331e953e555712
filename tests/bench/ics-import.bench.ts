import { loadavg } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import nodeIcal from 'node-ical'
import { it } from 'vitest'
import { startBackend } from '../../src/main/backend'
import { tempDir } from '../helpers/temp'
import { calendarText } from '../helpers/icsCalendar'
import { ms, ratio } from './measure'

/** Five interleaved runs: this shared 2-core machine's noise moves single runs by ±15 %. */
const RUNS = 5
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const time = async (job: () => unknown | Promise<unknown>) => {
  const start = performance.now()
  await job()
  return performance.now() - start
}

/** Wall and CPU time (all threads of this process, the worker's included) of one job, in ms. */
const timed = async (job: () => unknown | Promise<unknown>) => {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await job()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

/**
 * One import of `text` into a fresh database; `warm` first waits for the worker the app starts with it to have
 * loaded and practised (a few seconds after start, long before anyone picks a file).
 */
async function importOnce(text: string, run: number, warm: boolean) {
  const backend = await startBackend({
    dbFile: join(tempDir(), `bench-${run}-${warm ? 'warm' : 'cold'}.sqlite3`),
    system: { language: 'en', timeZone: 'Asia/Jakarta' },
  })
  if (warm) await backend.parserPractised()
  let imported = 0
  const took = await timed(async () => {
    const result = await backend.registry.dispatch('ics/import', { text })
    if (!result.ok) throw new Error(result.error.message)
    imported = (result.value as { imported: number }).imported
  })
  backend.stop()
  if (imported !== 10_000) throw new Error(`imported ${imported}`)
  return took
}

it('importing 10 000 invitations against node-ical and ical.js parsing alone', async () => {
  const text = calendarText(10_000)
  const runs: { cold: number; warm: number; warmCpu: number; nodeIcal: number; icalJs: number }[] = []
  const loads: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    loads.push(loadavg()[0]!)
    // Cold: the import right after start-up, while the worker is still loading its modules.
    const cold = await importOnce(text, run, false)
    // Warm: the app starts its worker at launch, long before anyone picks a file.
    const warm = await importOnce(text, run, true)
    const nodeIcalTime = await time(() => nodeIcal.sync.parseICS(text))
    const icalJs = await time(() => ICAL.parse(text))
    runs.push({ cold: cold.wall, warm: warm.wall, warmCpu: warm.cpu, nodeIcal: nodeIcalTime, icalJs })
  }
  const median = (key: keyof (typeof runs)[number]) => medianOf(runs.map((run) => run[key]))
  const [warm, cold, warmCpu] = [median('warm'), median('cold'), median('warmCpu')]
  const [parsedByNodeIcal, parsedByIcalJs] = [median('nodeIcal'), median('icalJs')]
  console.log(
    [
      'Importing 10 000 invitations (ms, median of 5 interleaved runs) — ours: read in the worker + validate + insert into SQLite',
      `load average (1 min) at each run: ${loads.map((load) => load.toFixed(2)).join(' ')}`,
      ' events  ours(warm) ours(cpu) ours(cold) node-ical(parse) ical.js(parse)   node-ical/ours ical.js/ours',
      `  10000 ${ms(warm)}  ${ms(warmCpu)}  ${ms(cold)} ${ms(parsedByNodeIcal)}        ${ms(parsedByIcalJs)}         ${ratio(parsedByNodeIcal / warm)}      ${ratio(parsedByIcalJs / warm)}`,
    ].join('\n'),
  )
}, 600_000)
