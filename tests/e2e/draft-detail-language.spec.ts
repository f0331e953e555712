import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

// The composer checks the text again as it is edited: that check carries the reason's detail too, so what
// the detail alone tells (here: typed in Indonesian for an English message) stays said, not for a moment.
test('a reason typed in Indonesian under an English message is flagged, and stays flagged', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Reporting Analyst',
    mode: 'video',
    ...slot(afterAppNow(5 * 24 + 2), 60),
    timeZone: 'Asia/Jakarta',
    status: 'confirmed',
    contact: { name: 'Michael Tan', email: 'michael@arunika.co.id' },
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Reschedule…' }).click()
  const composer = page.getByRole('dialog', { name: /^Ask to reschedule/ })
  await composer.getByLabel('Language of the message').selectOption('en')
  await composer.getByLabel('Reason').selectOption('schedule-conflict')
  await composer.getByLabel('Short detail (optional)').fill('ada ujian sertifikasi di hari yang sama')
  const checks = composer.getByRole('region', { name: 'Before you send' })
  await expect(checks).toContainText('seems to be in Indonesian')
  // Past the check that runs again a quarter of a second after each edit.
  await page.waitForTimeout(1_000)
  await expect(checks).toContainText('seems to be in Indonesian')
})
