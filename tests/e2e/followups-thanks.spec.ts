import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

// The follow-ups page lists every note to write: a thank-you due after an interview that has just ended was
// only an alert before, and the page said there was nothing to do.
test('a thank-you due after an interview is on the follow-ups page, opens the note, and goes once sent', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Kopi Kita Nusantara',
    position: 'Barista Supervisor',
    mode: 'phone',
    status: 'completed',
    // Ended an hour before the app's clock.
    ...slot(afterAppNow(-2), 60),
    timeZone: 'Asia/Jakarta',
    contact: { name: 'Maya', email: 'maya@kopikita.co.id' },
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Follow-ups' }).click()
  const due = page.getByRole('listitem').filter({ hasText: 'Kopi Kita Nusantara' })
  await expect(due).toContainText('Send a thank-you note')
  await expect(due.getByRole('button', { name: 'Done' })).toHaveCount(0)
  // The kind filter keeps it; another kind leaves it out.
  const kind = page.getByLabel('Kind')
  await kind.selectOption({ label: 'Send a thank-you note' })
  await expect(due).toHaveCount(1)
  await kind.selectOption({ label: 'Ask about the reschedule request' })
  await expect(due).toHaveCount(0)
  await kind.selectOption({ index: 0 })

  await due.getByRole('button', { name: 'Write the thank-you note' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('textbox').first()).toBeVisible()
  await dialog.getByRole('button', { name: /Mark as sent/ }).click()
  // Nothing is left to do; the note sent is in the log.
  await expect(page.getByText('No open tasks.')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Thank-you sent' })).toContainText(
    'Kopi Kita Nusantara',
  )
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Kopi Kita Nusantara' })
      .filter({ hasText: 'Write the thank-you note' }),
  ).toHaveCount(0)
})
