import { createServer, type Server } from 'node:http'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { it } from 'vitest'
import { tempDir } from '../helpers/temp'
import { ms, ratio } from './measure'
import { longTaskBreakdown, traceBreakdown, type TaskBreakdown } from './trace'

const PAGE = resolve(__dirname, '../bench-page')
const RENDERER = resolve(__dirname, '../../out/renderer/assets')
const ROUNDS = 3
const STEPS = 12
/**
 * Fresh pages per library and view whose first render is timed: the ROUNDS pages that also navigate, and more
 * that only render once. From one fresh page to the next the same first render takes anywhere from 0.6 to 1.6 times its
 * median (V8 compiling and tiering the page's code, a garbage collection landing in it or not), so a median of
 * three swung our month's ratio between 3.1× and 5.3× from run to run on an idle machine.
 */
const FIRST_PAGES = 9
/**
 * How long a page is left after its first render before it navigates. The first render's raster and the
 * display compositor's draw go on after the two frames its measure waits for, on this machine's two cores:
 * our week's step taken straight after it took 300–550 ms (react-big-calendar's 260–340, each of its steps
 * one long task) and held most of our tasks over 50 ms (9–11 in 120 steps of 10 pages, nearly all first
 * steps; with a pause, 1 in 96). A person sees the page before stepping on, so navigation is timed from a
 * settled page, and the step straight after the first render is timed apart, on the pages that only render
 * once.
 */
const SETTLE_MS = 500
/** `CALENDAR_VIEWS=week` (or `month`) measures one view only, while iterating; the default measures both. */
const VIEWS = (process.env.CALENDAR_VIEWS ?? 'month,week')
  .split(',')
  .filter((view): view is 'month' | 'week' => view === 'month' || view === 'week')
/** `CALENDAR_PROFILE=1` also traces one more page per view and library and prints where the time went. */
const PROFILE = process.env.CALENDAR_PROFILE === '1'
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

/** The bench page, built for production (minified, React's production build), served over local HTTP. */
async function servePage(): Promise<{ url: string; server: Server }> {
  const outDir = tempDir()
  // Vitest sets NODE_ENV to "test", and Vite then builds React's development build (prop checks, jsxDEV):
  // the page is built as production, as it says.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  await build({
    root: PAGE,
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: !PROFILE },
  }).finally(() => (process.env.NODE_ENV = nodeEnv))
  const scripts = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'))
  if (scripts.some((file) => readFileSync(join(outDir, 'assets', file), 'utf8').includes('jsxDEV')))
    throw new Error("the bench page was built with React's development build")
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = join(outDir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return { url: `http://127.0.0.1:${address.port}/`, server }
}

interface Timing {
  ms: number
  longTasks: number[]
  /** Animation frames from the action until the view is completely drawn (a busy period takes a few). */
  frames?: number
}
interface Round {
  steps: Timing[]
  /** Two frames with no work on the same page: the floor under every figure. */
  floors: Timing[]
  drawn: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
/** The middle half of a sample: its lower and upper quartiles. */
const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return [sorted[Math.floor((sorted.length - 1) / 4)]!, sorted[Math.ceil(((sorted.length - 1) * 3) / 4)]!]
}

it('calendar views in Chromium: ours against react-big-calendar, same interviews', async () => {
  const { url, server } = await servePage()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  })
  const lines: string[] = []
  try {
    for (const view of VIEWS) {
      const results: Record<'ours' | 'rbc', Round[]> = { ours: [], rbc: [] }
      const firsts: Record<'ours' | 'rbc', Timing[]> = { ours: [], rbc: [] }
      const straight: Record<'ours' | 'rbc', Timing[]> = { ours: [], rbc: [] }
      // Interleaved rounds, each on a fresh page, so both libraries see the same machine noise.
      for (let round = 0; round < FIRST_PAGES; round += 1) {
        for (const lib of ['ours', 'rbc'] as const) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
          await page.goto(`${url}?lib=${lib}&view=${view}`)
          await page.waitForFunction('"bench" in window')
          // The page's `window.bench` (tests/bench-page/main.tsx), called by expression: this file has no DOM types.
          const first = (await page.evaluate('window.bench.first()')) as Timing
          firsts[lib].push(first)
          if (round >= ROUNDS) {
            straight[lib].push((await page.evaluate('window.bench.step(1)')) as Timing)
            await page.close()
            continue
          }
          const drawn = (await page.evaluate('window.bench.count()')) as number
          await page.waitForTimeout(SETTLE_MS)
          const steps: Timing[] = []
          for (let i = 0; i < STEPS; i += 1)
            steps.push((await page.evaluate(`window.bench.step(${i % 2 === 0 ? 1 : -1})`)) as Timing)
          const floors: Timing[] = []
          for (let i = 0; i < STEPS / 2; i += 1)
            floors.push((await page.evaluate('window.bench.floor()')) as Timing)
          results[lib].push({ steps, floors, drawn })
          await page.close()
        }
      }
      const summary = (rounds: Round[], firsts: Timing[]) => {
        const steps = rounds.flatMap((r) => r.steps)
        return {
          first: median(firsts.map((f) => f.ms)),
          firstSpread: quartiles(firsts.map((f) => f.ms)),
          step: median(steps.map((s) => s.ms)),
          worstStep: Math.max(...steps.map((s) => s.ms)),
          // Long tasks while navigating, and apart from them those of the first render (which also compiles
          // and runs the page's code for the first time).
          longTasks: steps.reduce((n, t) => n + t.longTasks.length, 0),
          longest: Math.max(0, ...steps.flatMap((t) => t.longTasks)),
          firstLong: Math.max(0, ...firsts.flatMap((t) => t.longTasks)),
          frames: median(steps.map((s) => s.frames ?? 0)),
          drawn: rounds[0]!.drawn,
        }
      }
      const ours = summary(results.ours, firsts.ours)
      const rbc = summary(results.rbc, firsts.rbc)
      if (ours.drawn === 0 || rbc.drawn === 0) throw new Error(`nothing drawn in the ${view} view`)
      const count = view === 'month' ? '1 000/month' : '  300/week '
      lines.push(
        `${view.padEnd(6)} ${count}  first ${ms(ours.first)} ${ms(rbc.first)} ${ratio(rbc.first / ours.first)}` +
          `   nav ${ms(ours.step)} ${ms(rbc.step)} ${ratio(rbc.step / ours.step)}` +
          `   worst nav ${ms(ours.worstStep)} ${ms(rbc.worstStep)}` +
          `   nav long tasks ${String(ours.longTasks).padStart(3)} (max ${ours.longest.toFixed(0)} ms)` +
          ` / ${String(rbc.longTasks).padStart(3)} (max ${rbc.longest.toFixed(0)} ms)` +
          `   first's longest ${ours.firstLong.toFixed(0)} / ${rbc.firstLong.toFixed(0)} ms` +
          `   frames per nav ${ours.frames} / ${rbc.frames}` +
          `   frame floor ${ms(median([...results.ours, ...results.rbc].flatMap((r) => r.floors.map((f) => f.ms))))}`,
        `${' '.repeat(20)}first's middle half ${ours.firstSpread.map((v) => v.toFixed(0)).join('–')} / ` +
          `${rbc.firstSpread.map((v) => v.toFixed(0)).join('–')} ms over ${FIRST_PAGES} fresh pages each`,
        `${' '.repeat(20)}a step straight after the first render ${(['ours', 'rbc'] as const)
          .map((lib) => {
            const taken = straight[lib]
            const long = taken.filter((t) => t.longTasks.length > 0).length
            return `${median(taken.map((t) => t.ms)).toFixed(0)} ms (${long} of ${taken.length} with a task over 50 ms)`
          })
          .join(' / ')}`,
      )
      if (PROFILE)
        for (const lib of ['ours', 'rbc'] as const)
          lines.push(await profile(browser, `${url}?lib=${lib}&view=${view}`))
    }
  } finally {
    await browser.close()
    server.close()
  }
  console.log(
    [
      `Calendar views in Chromium (ms until two animation frames; first render: medians of ${FIRST_PAGES} fresh pages;` +
        ` navigation: medians of ${ROUNDS} fresh pages × ${STEPS} steps, ${SETTLE_MS} ms after the first render;` +
        ` frame floor: the same two frames with nothing to draw)`,
      'view   interviews         ours      rbc  rbc/ours         ours      rbc  rbc/ours             ours      rbc   tasks >50 ms in 3 × 12 navigations: ours / rbc',
      ...lines,
      rendererSize(),
    ].join('\n'),
  )
}, 600_000)

/**
 * One more fresh page, traced: the main thread's self time by kind of work (and raster) for the first render
 * and per navigation.
 */
async function profile(browser: Browser, address: string): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink']
  try {
    await page.goto(address)
    await page.waitForFunction('"bench" in window')
    const traced = async (script: string, times: number) => {
      await browser.startTracing(page, { categories })
      for (let i = 0; i < times; i += 1) await page.evaluate(script.replace('DIR', i % 2 === 0 ? '1' : '-1'))
      const json = (await browser.stopTracing()).toString()
      long.push(...longTaskBreakdown(json))
      return Object.entries(traceBreakdown(json))
        .sort((a, b) => b[1] - a[1])
        .map(([kind, total]) => `${kind} ${(total / times).toFixed(1)}`)
        .join(', ')
    }
    const long: TaskBreakdown[] = []
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.start')
    await page.evaluate('window.bench.first()')
    const firstScript = hotFunctions((await cdp.send('Profiler.stop')).profile, 1)
    await page.reload()
    await page.waitForFunction('"bench" in window')
    const first = await traced('window.bench.first()', 1)
    const step = await traced('window.bench.step(DIR)', STEPS)
    await cdp.send('Profiler.start')
    for (let i = 0; i < STEPS; i += 1) await page.evaluate(`window.bench.step(${i % 2 === 0 ? 1 : -1})`)
    const { profile } = await cdp.send('Profiler.stop')
    return (
      `  profile ${new URL(address).search}: first: ${first}\n    per navigation: ${step}\n` +
      `    script of the first render: ${firstScript}\n` +
      `    script per navigation: ${hotFunctions(profile, STEPS)}\n` +
      `    tasks over 50 ms (first render, then ${STEPS} navigations):\n${long.map(taskLine).join('\n')}`
    )
  } finally {
    await page.close()
  }
}

/** One long task: its length and where its time went, largest first. */
const taskLine = ({ ms, kinds }: TaskBreakdown) =>
  `      ${ms.toFixed(0)} ms: ` +
  Object.entries(kinds)
    .filter(([, time]) => time >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, time]) => `${kind} ${time.toFixed(1)}`)
    .join(', ')

/** The functions with the most self time in a CPU profile, per navigation. */
function hotFunctions(
  profile: {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  } & {
    samples?: number[]
    timeDeltas?: number[]
  },
  times: number,
): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const totals = new Map<string, number>()
  profile.samples?.forEach((id, index) => {
    const frame = byId.get(id)!
    const key = `${frame.functionName || '(anon)'}@${frame.url.split('/').pop()}:${frame.lineNumber}`
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000)
  })
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([key, total]) => `${key} ${(total / times).toFixed(1)}`)
    .join(', ')
}

/** The app's renderer bundle as shipped (`npm run build`), minified and gzipped. */
function rendererSize(): string {
  if (!existsSync(RENDERER)) return 'Renderer bundle: not built (run npm run build first).'
  const files = readdirSync(RENDERER).filter((file) => file.endsWith('.js') || file.endsWith('.css'))
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(RENDERER, file))
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const raw = sizes.reduce((n, s) => n + s.raw, 0)
  const gzip = sizes.reduce((n, s) => n + s.gzip, 0)
  return `Renderer bundle (JS + CSS): ${kb(raw)} minified, ${kb(gzip)} gzip`
}
