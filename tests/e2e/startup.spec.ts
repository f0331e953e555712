import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

test('at start the status and settings go out together, then the calendar’s interviews, before the app is drawn and before the alerts and reminders', async ({
  page,
  app,
}) => {
  const created = await api(app, 'interviews/create', {
    company: 'PT Nusantara Data Raya',
    position: 'Reporting Analyst',
    mode: 'video',
    meetingUrl: 'https://meet.example.com/abc',
    ...slot(afterAppNow(10), 45),
    timeZone: 'Asia/Jakarta',
  })
  expect(created.ok).toBe(true)
  // Each call as it goes out and as its answer is in, in order.
  const events: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) events.push(`> ${path.slice(5)}`)
  })
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) events.push(`< ${path.slice(5)}`)
  })
  // In the page: each call as it leaves, and the moment the app's frame (its navigation) is first drawn.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { seen })
    const send = window.fetch
    window.fetch = (input, init) => {
      seen.push(`> ${String(input).replace(/^.*\/api\//, '')}`)
      return send(input, init)
    }
    const drawn = new MutationObserver(() => {
      if (!document.querySelector('nav')) return
      seen.push('frame drawn')
      drawn.disconnect()
    })
    drawn.observe(document, { childList: true, subtree: true })
  })
  await page.goto(app.url)
  await expect(page.getByRole('main').getByText('PT Nusantara Data Raya').first()).toBeVisible()
  await expect.poll(() => events.includes('> alerts/list') && events.includes('> reminders/due')).toBe(true)

  const at = (event: string) => events.indexOf(event)
  // Both asked before either has answered: one round trip, not two.
  expect(at('> settings/adoptDefaults')).toBeGreaterThanOrEqual(0)
  expect(at('> settings/adoptDefaults')).toBeLessThan(at('< database/status'))
  // The calendar's interviews go out as soon as the settings say which period it opens on, while React
  // is still drawing the app, not once it has drawn the calendar empty.
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
  expect(seen.indexOf('> interviews/list')).toBeGreaterThanOrEqual(0)
  expect(seen.indexOf('> interviews/list')).toBeLessThan(seen.indexOf('frame drawn'))
  // The calendar the user waits for is asked for first; the server answers in turn.
  expect(at('> interviews/list')).toBeLessThan(at('> alerts/list'))
  expect(at('> interviews/list')).toBeLessThan(at('> reminders/due'))
  expect(at('> interviews/list')).toBeLessThan(at('> travel/list'))
  // And the reminder to confirm it still comes, once the calendar is in.
  await expect(
    page
      .locator('section.notices')
      .getByText(/PT Nusantara Data Raya/)
      .first(),
  ).toBeVisible()
})
