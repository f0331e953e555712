import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

/**
 * The week view draws the hours far from its scroll viewport without text. Interviews there are still buttons
 * with their full names: found by role and name, reached with Tab, and drawn in full once scrolled to.
 */
test('interviews at 06:00 and 22:00 are reachable by keyboard and by name while off-screen', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  // A day ten days after the app's clock, in UTC (the server's zone).
  const key = afterAppNow(10 * 24)
    .toISOString()
    .slice(0, 10)
  for (const [company, hour] of [
    ['Early Bird', 6],
    ['Midday', 12],
    ['Late Shift', 22],
  ] as const) {
    await api(app, 'interviews/create', {
      company,
      position: 'Analyst',
      mode: 'video',
      status: 'confirmed',
      ...slot(new Date(`${key}T${String(hour).padStart(2, '0')}:00:00Z`), 60),
      timeZone: 'UTC',
    })
  }
  await page.goto(app.url)
  await page.getByLabel('Go to date').fill(`${key.slice(8)}/${key.slice(5, 7)}/${key.slice(0, 4)}`)
  await page.locator('h1').click()
  await page.keyboard.press('w')

  const early = page.getByRole('button', { name: /^06:00–07:00, Early Bird, Analyst, Video call, Confirmed/ })
  const late = page.getByRole('button', { name: /^22:00–23:00, Late Shift, Analyst, Video call, Confirmed/ })
  // The grid opens on the first interview: 06:00 is drawn in full, 22:00 is far below the viewport.
  await expect(early).toContainText('Early Bird')
  await expect(late).toBeAttached()
  await expect(late).toBeEmpty()
  await expect(late).not.toBeInViewport()

  // Tab from the focused day reaches every interview in the week, the one at 22:00 too.
  await page.locator('[role="gridcell"][data-timed][tabindex="0"]').focus()
  const names: string[] = []
  for (let i = 0; i < 10 && !names.some((name) => name.includes('Late Shift')); i += 1) {
    await page.keyboard.press('Tab')
    names.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
  }
  expect(
    names.filter((name) => /Early Bird|Midday|Late Shift/.test(name)).map((n) => n.split(', ')[1]),
  ).toEqual(['Early Bird', 'Midday', 'Late Shift'])
  // Focusing it scrolled it into view, and there it is drawn in full.
  await expect(late).toBeFocused()
  await expect(late).toBeInViewport()
  await expect(late).toContainText('22:00')
  await expect(late).toContainText('Late Shift')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Late Shift' })).toBeVisible()
})
