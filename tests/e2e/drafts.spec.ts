import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, test, expect } from './fixtures'

test.use({ appClock: APP_NOW })

test('cancel an interview 30 h ahead: short-notice advice, language switch, checks, mark as sent, logged', async ({
  page,
  app,
}) => {
  await api(app, 'settings/update', { userName: 'Budi Santoso', userPhone: '+62 811 222 333' })
  await api(app, 'interviews/create', {
    company: 'Kopi Kita Group',
    position: 'Data Engineer',
    mode: 'video',
    meetingUrl: 'https://meet.example.com/kopi',
    ...slot(afterAppNow(30), 60),
    timeZone: 'Asia/Jakarta',
    status: 'confirmed',
    contact: { name: 'Dewi Lestari', email: 'dewi@example.com' },
  })
  await page.goto(app.url)
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Kopi Kita Group' })
    .getByRole('button', { name: 'Cancel…' })
    .click()

  const composer = page.getByRole('dialog', { name: 'Cancel the interview — Kopi Kita Group' })
  await expect(composer.getByRole('note')).toHaveText(/^Notice: only (29|30) hours before the interview\.$/)
  const checks = composer.getByRole('region', { name: 'Before you send' })
  await expect(checks).toContainText(
    'The interview is close: call them first (within office hours), then send this in writing as confirmation.',
  )
  const text = composer.getByLabel('Text')
  await expect(text).toHaveValue(/^Dear Dewi Lestari,/)
  await expect(composer.getByLabel('Subject')).toHaveValue('Cancellation of Interview – Data Engineer')

  // No title recorded: the name alone, never "Bapak/Ibu Dewi Lestari"; the checks stay in the UI's language.
  await composer.getByLabel('Language of the message').selectOption('id')
  await expect(text).toHaveValue(/^Yth\. Dewi Lestari,/)
  await expect(checks).toContainText('call them first')
  await composer.getByLabel('Language of the message').selectOption('en')
  await expect(text).toHaveValue(/^Dear Dewi Lestari,/)

  await composer.getByLabel('Reason').selectOption('illness')
  await expect(text).toHaveValue(/I am unwell and need to rest\./)
  await text.fill(`${await text.inputValue()}\nWhy did you pick such an early time?`)
  await expect(checks).toContainText('“Why did you” may sound like blame')
  await text.fill((await text.inputValue()).replace('\nWhy did you pick such an early time?', ''))
  await expect(checks).not.toContainText('may sound like blame')

  await composer.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(composer).toBeHidden()
  await expect(page.getByLabel('Status of Kopi Kita Group')).toHaveValue('cancelled')

  await page.reload()
  await expect(page.getByLabel('Status of Kopi Kita Group')).toHaveValue('cancelled')
  await page.getByRole('button', { name: 'Edit: Kopi Kita Group' }).click()
  const history = page.getByRole('region', { name: 'History' })
  await expect(history).toContainText('Cancellation sent')
  await expect(history).toContainText('Cancellation of Interview – Data Engineer')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click(),
  ])
  expect(file.suggestedFilename()).toBe('Kopi-Kita-Group.ics')
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click()

  await page.getByRole('button', { name: 'Follow-ups' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Cancellation sent' })).toContainText(
    'Kopi Kita Group',
  )
})

test('a reschedule proposes times on later days, logs a chase task, and the task can be completed', async ({
  page,
  app,
}) => {
  await api(app, 'settings/update', {
    userName: 'Budi Santoso',
    workingHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '17:00' },
  })
  const start = afterAppNow(5 * 24 + 2)
  await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Reporting Analyst',
    mode: 'phone',
    ...slot(start, 30),
    timeZone: 'UTC',
    status: 'invited',
    contact: { name: 'Michael Tan', phone: '+65 6555 0199' },
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Reschedule…' }).click()
  const composer = page.getByRole('dialog', { name: /^Ask to reschedule/ })
  const proposed = composer.getByRole('group', { name: 'Proposed times' }).getByRole('listitem')
  await expect(proposed).toHaveCount(3)
  await proposed.first().getByRole('button', { name: 'Remove' }).click()
  await expect(proposed).toHaveCount(2)
  // No email address: the composer starts on a channel the contact has (WhatsApp); the email lists the times.
  await expect(composer.getByLabel('Send by')).toHaveValue('whatsapp')
  await composer.getByLabel('Send by').selectOption('email')
  await expect(composer.getByLabel('Text')).toHaveValue(/I am available at the following times:\n1\. /)
  await composer.getByLabel('Send by').selectOption('whatsapp')
  await expect(composer.getByRole('button', { name: 'Open WhatsApp' })).toBeVisible()
  await composer.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(composer).toBeHidden()

  await page.getByRole('button', { name: 'Follow-ups' }).click()
  const task = page.getByRole('listitem').filter({ hasText: 'Ask about the reschedule request' })
  await expect(task).toContainText('Arunika Logistics')
  await task.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByText('No open tasks.')).toBeVisible()
})
