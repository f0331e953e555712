import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

test('a clash half a year ahead marks both interviews once the calendar shows their week', async ({
  page,
  app,
}) => {
  // 200 days after the app's clock, at 09:00 and 09:30 UTC (the server's zone): past the alerts' default horizon.
  const start = afterAppNow(200 * 24 + 8)
  for (const [company, minutes] of [
    ['Harbour Analytics', 0],
    ['Orchard Bank', 30],
  ] as const) {
    await api(app, 'interviews/create', {
      company,
      position: 'Analyst',
      mode: 'video',
      status: 'confirmed',
      ...slot(new Date(start.getTime() + minutes * 60_000), 60),
      timeZone: 'UTC',
    })
  }
  const key = start.toISOString().slice(0, 10)
  await page.goto(app.url)
  await page.getByLabel('Go to date').fill(`${key.slice(8)}/${key.slice(5, 7)}/${key.slice(0, 4)}`)
  await page.locator('h1').click()
  await page.keyboard.press('w')
  for (const company of ['Harbour Analytics', 'Orchard Bank'])
    await expect(page.getByRole('button', { name: new RegExp(`${company}.*Overlap`) })).toBeVisible()
})

test('a long agenda draws a page at a time, and "show more" adds the next day whole, however full', async ({
  page,
  app,
}) => {
  // Ten a day for ten days from tomorrow; 110 on the eleventh (one every five minutes), 5 on the twelfth.
  const starts = [
    ...Array.from({ length: 100 }, (_, n) => afterAppNow(24 + Math.floor(n / 10) * 24 + (n % 10))),
    ...Array.from({ length: 110 }, (_, n) => new Date(afterAppNow(11 * 24 - 1).getTime() + n * 5 * 60_000)),
    ...Array.from({ length: 5 }, (_, n) => afterAppNow(12 * 24 + n)),
  ]
  for (const [n, start] of starts.entries())
    await api(app, 'interviews/create', {
      company: `Company ${n}`,
      position: 'Analyst',
      mode: 'phone',
      ...slot(start, 30),
      timeZone: 'UTC',
    })
  await page.goto(app.url)
  await page.locator('h1').click()
  await page.keyboard.press('a')
  const items = page.locator('.agenda-item')
  await expect(items).toHaveCount(100)
  // A page more would end inside the eleventh day: the day comes whole, and the button says so.
  await page.getByRole('button', { name: 'Show the next 110 interviews (115 still to come)' }).click()
  await expect(items).toHaveCount(210)
  await page.getByRole('button', { name: 'Show the next 5 interviews (5 still to come)' }).click()
  await expect(items).toHaveCount(215)
  await expect(page.getByRole('button', { name: /Show the next/ })).toHaveCount(0)
})

test('a long agenda fetches its first days whole, counts the rest, and fetches more as they are asked for', async ({
  page,
  app,
}) => {
  // 260 interviews, ten a day from 2 to 27 December; the last asks to move to 3 December at 12:00.
  let last = ''
  for (let n = 0; n < 260; n += 1) {
    const start = afterAppNow(24 + Math.floor(n / 10) * 24 + (n % 10))
    const created = await api(app, 'interviews/create', {
      company: `Company ${n}`,
      position: 'Analyst',
      mode: 'phone',
      ...slot(start, 30),
      timeZone: 'UTC',
    })
    last = (created.value as { id: string }).id
  }
  const asked = await api(app, 'drafts/markSent', {
    interviewId: last,
    kind: 'reschedule',
    channel: 'email',
    language: 'en',
    body: 'Could we move it?',
    alternatives: [slot(afterAppNow(48 + 11), 30)],
  })
  expect(asked.ok).toBe(true)
  const lists: Record<string, unknown>[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/interviews/list')) lists.push(request.postDataJSON())
  })
  await page.goto(app.url)
  await page.locator('h1').click()
  await page.keyboard.press('a')
  const items = page.locator('.agenda-item:not(.hold)')
  // Whole days until a hundred items are in: 2–11 December, the held time on the 3rd among them.
  await expect(items).toHaveCount(100)
  await expect(page.locator('.agenda-item.hold')).toContainText('12:00–12:30, time proposed to Company 259')
  // The first 200 interviews were asked for (a page and the next), not everything from today on.
  expect(lists.filter((input) => input.withHolds)).toEqual([expect.objectContaining({ limit: 200 })])
  expect(lists.some((input) => input.withHolds && input.limit === undefined)).toBe(false)

  // A search finds what lies past the days fetched: a filtered agenda has every match.
  await page.getByLabel('Search company, role, contact…').fill('Company 255')
  await expect(items).toHaveCount(1)
  await expect(items).toContainText('Company 255')
  await page.getByLabel('Search company, role, contact…').fill('')

  await page.getByRole('button', { name: 'Show the next 100 interviews (160 still to come)' }).click()
  await expect(items).toHaveCount(200)
  await page.getByRole('button', { name: 'Show the next 60 interviews (60 still to come)' }).click()
  await expect(items).toHaveCount(260)
  await expect(items.last()).toContainText('Company 259')
  await expect(page.getByRole('button', { name: /Show the next/ })).toHaveCount(0)
})
