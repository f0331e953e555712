import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

// A draft the user has edited is theirs: choosing another channel, language or reason prepares a new draft
// but shows it only when they ask for it, so a switch never throws their words away without a click.
test('an edited draft stays until the user takes the new one; an unedited one follows each choice', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Sinar Padi Nusantara',
    position: 'Supply Planner',
    mode: 'video',
    ...slot(afterAppNow(6 * 24), 60),
    timeZone: 'Asia/Jakarta',
    status: 'confirmed',
    contact: { name: 'Rina Hapsari', title: 'ms', email: 'rina@sinarpadi.co.id', phone: '+6281234567890' },
  })
  await page.goto(app.url)
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Sinar Padi Nusantara' })
    .getByRole('button', { name: 'Cancel…' })
    .click()
  const composer = page.getByRole('dialog', { name: /^Cancel the interview/ })
  const text = composer.getByLabel('Text')
  const waiting = composer.getByRole('status').filter({ hasText: 'A new draft for your choice is ready' })
  const channel = composer.getByLabel('Send by')
  await expect(text).toHaveValue(/^Dear Ms Hapsari,/)

  // Unedited: a new channel's draft replaces the text at once, with nothing to decide.
  await channel.selectOption('whatsapp')
  await expect(text).not.toHaveValue(/^Dear Ms Hapsari,/)
  const whatsapp = await text.inputValue()
  await expect(waiting).toBeHidden()

  // Edited, then another language: the user's text stays, and the new draft waits for a click.
  const mine = `${whatsapp}\nSaya sudah menyiapkan portofolio untuk dikirim.`
  await text.fill(mine)
  await composer.getByLabel('Language of the message').selectOption('id')
  await expect(waiting).toBeVisible()
  await expect(text).toHaveValue(mine)
  await composer.getByRole('button', { name: 'Keep my text' }).click()
  await expect(waiting).toBeHidden()
  await expect(text).toHaveValue(mine)

  // A reason chosen after editing waits too; taking the new draft replaces the text with it.
  await composer.getByLabel('Reason').selectOption('illness')
  await expect(waiting).toBeVisible()
  await expect(text).toHaveValue(mine)
  await composer.getByRole('button', { name: 'Use the new draft' }).click()
  await expect(waiting).toBeHidden()
  await expect(text).not.toHaveValue(/portofolio/)
  await expect(text).toHaveValue(/sedang sakit/)

  // The new draft is unedited again: the next choice replaces it at once.
  await channel.selectOption('email')
  await expect(text).toHaveValue(/^Yth\. Ibu Rina Hapsari,/)
  await expect(waiting).toBeHidden()
})
