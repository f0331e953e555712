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

test('a long agenda draws a page at a time, and "show more" draws the rest', async ({ page, app }) => {
  // 130 interviews, ten a day from tomorrow on.
  for (let n = 0; n < 130; n += 1) {
    const start = afterAppNow(24 + Math.floor(n / 10) * 24 + (n % 10))
    await api(app, 'interviews/create', {
      company: `Company ${n}`,
      position: 'Analyst',
      mode: 'phone',
      ...slot(start, 30),
      timeZone: 'UTC',
    })
  }
  await page.goto(app.url)
  await page.locator('h1').click()
  await page.keyboard.press('a')
  const items = page.locator('.agenda-item')
  await expect(items).toHaveCount(100)
  await page.getByRole('button', { name: 'Show the next 30 interviews (30 still to come)' }).click()
  await expect(items).toHaveCount(130)
  await expect(page.getByRole('button', { name: /Show the next/ })).toHaveCount(0)
})
