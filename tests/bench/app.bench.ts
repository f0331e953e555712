import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { it } from 'vitest'
import { seedStoreFile } from '../helpers/seedStore'
import { startServer, type RunningServer } from '../helpers/server'
import { tempDir } from '../helpers/temp'
import { ms } from './measure'

/**
 * The app as the user meets it, in the month view: the built browser-mode server (npm run build) on a real SQLite file of
 * 10 000 interviews over three years, in Debian's Chromium. APP_SIZE=50000 measures another size.
 */
const SIZE = Number(process.env.APP_SIZE ?? 10_000)
const CLOCK = '2026-12-01T01:00:00.000Z'
const ROUNDS = Number(process.env.APP_ROUNDS ?? 3)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024

/** From spawning the server to the first interview drawn in the page. */
async function coldStart(
  page: Page,
  dbFile: string,
): Promise<{ server: RunningServer; ready: number; painted: number }> {
  const started = performance.now()
  const server = await startServer({ dbFile, args: ['--clock', CLOCK] })
  const ready = performance.now() - started
  await page.goto(server.url)
  await page.locator('.month .chip').first().waitFor({ timeout: 180_000 })

  return { server, ready, painted: performance.now() - started }
}

/**
 * A status change from the details of an interview chosen in the month, once the page has settled: the time
 * from the change event to the frame that draws its chip with the new status, and every byte the page sent
 * and received from then on (the call, and whatever it reloads after) until the network is quiet.
 */
async function statusChange(
  page: Page,
): Promise<{ shownMs: number; replyMs: number; bytes: number; requests: string[] }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const requests: string[] = []
  const pending = new Map<string, number>()
  let bytes = 0
  let lastFinished = performance.now()
  let update: { id: string; sent: number; replyMs?: number } | undefined
  cdp.on('Network.requestWillBeSent', (event) => {
    const channel = new URL(event.request.url).pathname.replace('/api/', '')
    requests.push(channel)
    pending.set(event.requestId, (event.request.postData ?? '').length)
    if (channel === 'interviews/update') update = { id: event.requestId, sent: event.timestamp }
  })
  cdp.on('Network.loadingFinished', (event) => {
    if (!pending.has(event.requestId)) return
    bytes += event.encodedDataLength + pending.get(event.requestId)!
    pending.delete(event.requestId)
    lastFinished = performance.now()
    if (update?.id === event.requestId) update.replyMs = (event.timestamp - update.sent) * 1000
  })
  /** Until nothing is pending for `quietMs` (at most 20 s). */
  const quiet = async (quietMs: number) => {
    const waitedFrom = performance.now()
    while (
      (pending.size > 0 || performance.now() - lastFinished < quietMs) &&
      performance.now() - waitedFrom < 20_000
    )
      await page.waitForTimeout(100)
  }
  await page.locator('.month .chip.status-invited, .month .chip.status-confirmed').first().click()
  await page.locator('.details select.status-select').waitFor()
  // As a user changes a status: on an app that has settled (its first screen's other calls answered, the
  // parts it fetches in the background once the calendar is drawn fetched), so that only the change counts.
  await quiet(1000)
  requests.length = 0
  bytes = 0
  const shownMs = await page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('.details select.status-select')
    const chip = document.querySelector('.month .chip.selected')
    if (!select || !chip) throw new Error('no interview selected')
    const next = select.value === 'invited' ? 'confirmed' : 'invited'
    const start = performance.now()
    const shown = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(`.month .chip.selected.status-${next}`)) return
        observer.disconnect()
        // The frame that shows it.
        requestAnimationFrame(() => resolve(performance.now() - start))
      })
      observer.observe(document.body, { subtree: true, attributes: true, childList: true })
    })
    select.value = next
    select.dispatchEvent(new Event('change', { bubbles: true }))
    return shown
  })
  // Until the network is quiet for two seconds; a busy page may send the reloads it starts after the change
  // well after the change itself was answered.
  await quiet(2000)
  await cdp.detach()
  return { shownMs, replyMs: update?.replyMs ?? NaN, bytes, requests }
}

/** The page's JS heap after a garbage collection, with the month view open. */
async function monthHeap(page: Page): Promise<number> {
  await page.locator('.month[role="grid"]').waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/**
 * The agenda, the view a new calendar opens on, as it first draws its page: from navigation to its first item
 * and to its whole page (the list no longer busy), and the tasks over 50 ms from its first item on (the user
 * can already read, scroll and click then).
 */
async function agendaOpening(
  page: Page,
  url: string,
): Promise<{ first: number; whole: number; longTasks: number[] }> {
  await page.addInitScript(() => {
    const seen: { tasks: { start: number; duration: number }[]; first?: number; whole?: number } = {
      tasks: [],
    }
    Object.assign(window, { benchAgenda: seen })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    // Each moment is the frame that shows it.
    const at = (key: 'first' | 'whole') => requestAnimationFrame(() => (seen[key] ??= performance.now()))
    const observer = new MutationObserver(() => {
      if (seen.first === undefined && document.querySelector('.agenda .agenda-item')) at('first')
      if (document.querySelector('.agenda:not([aria-busy]) .agenda-item')) {
        at('whole')
        observer.disconnect()
      }
    })
    observer.observe(document, { subtree: true, childList: true, attributes: true })
  })
  await page.goto(url)
  await page.locator('.agenda:not([aria-busy]) .agenda-item').first().waitFor({ timeout: 180_000 })
  // Long-task entries arrive after their task.
  await page.waitForTimeout(300)
  return page.evaluate(() => {
    type Seen = { tasks: { start: number; duration: number }[]; first: number; whole: number }
    const { tasks, first, whole } = (window as unknown as { benchAgenda: Seen }).benchAgenda
    return {
      first,
      whole,
      longTasks: tasks.filter((task) => task.start > first).map((task) => task.duration),
    }
  })
}

/**
 * A status change from an agenda item's own picker, on the agenda as drawn above after it has settled: the time
 * from the change event to the frame that shows the item with its new status.
 */
async function agendaStatusChange(page: Page): Promise<number> {
  await page.waitForTimeout(2000)
  return page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('.agenda-item select.status-select')
    const item = select?.closest('.agenda-item')
    if (!select || !item) throw new Error('no agenda item with a status picker')
    const next = select.value === 'invited' ? 'confirmed' : 'invited'
    const start = performance.now()
    const shown = new Promise<number>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!item.classList.contains(`status-${next}`)) return
        observer.disconnect()
        requestAnimationFrame(() => resolve(performance.now() - start))
      })
      observer.observe(item, { attributes: true })
      setTimeout(() => reject(new Error('the agenda item never showed its new status')), 10_000)
    })
    select.value = next
    select.dispatchEvent(new Event('change', { bubbles: true }))
    return shown
  })
}

it(`the app at ${SIZE} stored interviews in Chromium`, async () => {
  const dbFile = join(tempDir(), 'app.sqlite3')
  await seedStoreFile(dbFile, SIZE, Date.parse(CLOCK), { calendarView: 'month' })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu'],
  })
  const rows: string[] = []
  try {
    const starts: { ready: number; painted: number }[] = []
    const changes: Awaited<ReturnType<typeof statusChange>>[] = []
    const heaps: number[] = []
    const rss: number[] = []
    for (let round = 0; round < ROUNDS; round += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.clock.setFixedTime(new Date(CLOCK))
      const { server, ready, painted } = await coldStart(page, dbFile)
      try {
        starts.push({ ready, painted })
        changes.push(await statusChange(page))
        heaps.push(await monthHeap(page))
        rss.push(rssMb(server.child.pid!))
      } finally {
        await context.close()
        await server.stop()
      }
    }
    // The agenda's opening, on a store of the same size whose calendar shows the agenda.
    const agendaFile = join(tempDir(), 'agenda.sqlite3')
    // Around the real date, on a server and a page that keep the real clock: Playwright's fixed clock replaces
    // performance.now and requestAnimationFrame as well, whose times these measures read (long tasks keep the
    // real clock).
    await seedStoreFile(agendaFile, SIZE, Date.now(), { calendarView: 'agenda' })
    const server = await startServer({ dbFile: agendaFile })
    const agenda: (Awaited<ReturnType<typeof agendaOpening>> & { change: number })[] = []
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
        const page = await context.newPage()
        const opening = await agendaOpening(page, server.url)
        agenda.push({ ...opening, change: await agendaStatusChange(page) })
        await context.close()
      }
    } finally {
      await server.stop()
    }
    const change = changes[0]!
    rows.push(
      `cold start, process to server ready   ${ms(median(starts.map((s) => s.ready)))} ms`,
      `cold start, process to first paint    ${ms(median(starts.map((s) => s.painted)))} ms`,
      `status change: shown after            ${ms(median(changes.map((c) => c.shownMs)))} ms   (aim ≤ 100)`,
      `  interviews/update's trip (drawn before)   ${ms(median(changes.map((c) => c.replyMs)))} ms`,
      `status change: bytes transferred      ${ms(median(changes.map((c) => c.bytes)) / 1024)} KB   (aim ≤ 50; ${change.requests.join(', ')})`,
      `renderer JS heap, month view open     ${ms(median(heaps))} MB   (aim ≤ 60)`,
      `server RSS after the session          ${ms(median(rss))} MB   (aim ≤ 150)`,
      `agenda: first item after navigation   ${ms(median(agenda.map((a) => a.first)))} ms`,
      `agenda: its page drawn after          ${ms(median(agenda.map((a) => a.whole)))} ms`,
      `  tasks over 50 ms after its first item: ${agenda
        .map((a) => `${a.longTasks.length} (longest ${Math.max(0, ...a.longTasks).toFixed(0)} ms)`)
        .join(', ')}`,
      `agenda: a status change shown after   ${ms(median(agenda.map((a) => a.change)))} ms`,
    )
  } finally {
    await browser.close()
  }
  console.log(
    [
      `The app at ${SIZE} stored interviews (browser mode, Chromium; medians of ${ROUNDS}; load ${load()})`,
      ...rows,
    ].join('\n'),
  )
}, 600_000)
