import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', appClock: APP_NOW })

// In Chromium with its clock set, date-fns's `in: tz(zone)` wrote the browser's own hours for another zone: an
// interview at 10.00 in Singapore read "09.00 GMT+8" on the agenda card of a user in Jakarta.
test('the agenda writes an interview held in another zone at its time there, beside the user’s', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Lumen Labs Pte. Ltd.',
    position: 'Software Engineer',
    mode: 'video',
    status: 'confirmed',
    // Wednesday 2 December 2026, 02.00 UTC: 09.00 in Jakarta, 10.00 in Singapore.
    ...slot(afterAppNow(25), 60),
    timeZone: 'Asia/Singapore',
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Agenda' }).click()
  const card = page.locator('.agenda-item', { hasText: 'Lumen Labs' })
  await expect(card.locator('.time')).toHaveText('09.00–10.00')
  await expect(card.locator('.own-zone')).toContainText('10.00')
  await expect(card.locator('.own-zone')).not.toContainText('09.00')
})
