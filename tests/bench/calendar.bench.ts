import { createServer, type Server } from 'node:http'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { it } from 'vitest'
import { tempDir } from '../helpers/temp'
import { ms, ratio } from './measure'

const PAGE = resolve(__dirname, '../bench-page')
const RENDERER = resolve(__dirname, '../../out/renderer/assets')
const ROUNDS = 3
const STEPS = 12
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

/** The bench page, built for production (minified, React's production build), served over local HTTP. */
async function servePage(): Promise<{ url: string; server: Server }> {
  const outDir = tempDir()
  await build({
    root: PAGE,
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  })
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
}
interface Round {
  first: Timing
  steps: Timing[]
  /** Two frames with no work on the same page: the floor under every figure. */
  floors: Timing[]
  drawn: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

it('calendar views in Chromium: ours against react-big-calendar, same interviews', async () => {
  const { url, server } = await servePage()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  })
  const lines: string[] = []
  try {
    for (const view of ['month', 'week'] as const) {
      const results: Record<'ours' | 'rbc', Round[]> = { ours: [], rbc: [] }
      // Interleaved rounds, each on a fresh page, so both libraries see the same machine noise.
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const lib of ['ours', 'rbc'] as const) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
          await page.goto(`${url}?lib=${lib}&view=${view}`)
          await page.waitForFunction('"bench" in window')
          // The page's `window.bench` (tests/bench-page/main.tsx), called by expression: this file has no DOM types.
          const first = (await page.evaluate('window.bench.first()')) as Timing
          const drawn = (await page.evaluate('window.bench.count()')) as number
          const steps: Timing[] = []
          for (let i = 0; i < STEPS; i += 1)
            steps.push((await page.evaluate(`window.bench.step(${i % 2 === 0 ? 1 : -1})`)) as Timing)
          const floors: Timing[] = []
          for (let i = 0; i < STEPS / 2; i += 1)
            floors.push((await page.evaluate('window.bench.floor()')) as Timing)
          results[lib].push({ first, steps, floors, drawn })
          await page.close()
        }
      }
      const summary = (rounds: Round[]) => {
        const all = rounds.flatMap((r) => [r.first, ...r.steps])
        return {
          first: median(rounds.map((r) => r.first.ms)),
          step: median(rounds.flatMap((r) => r.steps.map((s) => s.ms))),
          worstStep: Math.max(...rounds.flatMap((r) => r.steps.map((s) => s.ms))),
          longTasks: all.reduce((n, t) => n + t.longTasks.length, 0),
          longest: Math.max(0, ...all.flatMap((t) => t.longTasks)),
          drawn: rounds[0]!.drawn,
        }
      }
      const ours = summary(results.ours)
      const rbc = summary(results.rbc)
      if (ours.drawn === 0 || rbc.drawn === 0) throw new Error(`nothing drawn in the ${view} view`)
      const count = view === 'month' ? '1 000/month' : '  300/week '
      lines.push(
        `${view.padEnd(6)} ${count}  first ${ms(ours.first)} ${ms(rbc.first)} ${ratio(rbc.first / ours.first)}` +
          `   nav ${ms(ours.step)} ${ms(rbc.step)} ${ratio(rbc.step / ours.step)}` +
          `   worst nav ${ms(ours.worstStep)} ${ms(rbc.worstStep)}` +
          `   long tasks ${String(ours.longTasks).padStart(3)} (max ${ours.longest.toFixed(0)} ms)` +
          ` / ${String(rbc.longTasks).padStart(3)} (max ${rbc.longest.toFixed(0)} ms)` +
          `   frame floor ${ms(median([...results.ours, ...results.rbc].flatMap((r) => r.floors.map((f) => f.ms))))}`,
      )
    }
  } finally {
    await browser.close()
    server.close()
  }
  console.log(
    [
      `Calendar views in Chromium (ms until two animation frames; medians of ${ROUNDS} fresh pages × ${STEPS} navigations;` +
        ' frame floor: the same two frames with nothing to draw)',
      'view   interviews         ours      rbc  rbc/ours         ours      rbc  rbc/ours             ours      rbc   long tasks >50 ms: ours / rbc',
      ...lines,
      rendererSize(),
    ].join('\n'),
  )
}, 600_000)

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
