import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

// A draft the user has edited is theirs: choosing another channel, language or reason prepares a new draft
// but shows it only when they ask for it, so a switch never throws their words away without a click; and a
// text is only ever sent and recorded as what it was written for (from the walkthrough's S1s: a kept
// WhatsApp text recorded as an email, a confirmation recorded as a decline, holds that were not the times
// in the text).
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
  // Named by the company: the title follows the kind of message on screen.
  const composer = page.getByRole('dialog', { name: /— Sinar Padi Nusantara$/ })
  await expect(composer).toHaveAccessibleName('Cancel the interview — Sinar Padi Nusantara')
  const text = composer.getByLabel('Text')
  const waiting = composer.getByRole('status').filter({ hasText: 'You have edited this draft.' })
  const channel = composer.getByLabel('Send by')
  const language = composer.getByLabel('Language of the message')
  const markSent = composer.getByRole('button', { name: 'Mark as sent' })
  await expect(text).toHaveValue(/^Dear Ms Hapsari,/)

  // Unedited: a new channel's draft replaces the text at once, with nothing to decide.
  await channel.selectOption('whatsapp')
  await expect(text).not.toHaveValue(/^Dear Ms Hapsari,/)
  const whatsapp = await text.inputValue()
  await expect(waiting).toBeHidden()

  // Edited, then another language: the user's text stays, the new draft waits, and nothing can be sent
  // meanwhile. Keeping the text takes the choice back: the text is sent as what it was written for.
  const mine = `${whatsapp}\nI have my portfolio ready to send.`
  await text.fill(mine)
  await language.selectOption('id')
  await expect(waiting).toBeVisible()
  await expect(text).toHaveValue(mine)
  await expect(markSent).toBeDisabled()
  await expect(composer.getByRole('button', { name: 'Copy' })).toBeDisabled()
  await composer.getByRole('button', { name: 'Keep my text' }).click()
  await expect(waiting).toBeHidden()
  await expect(language).toHaveValue('en')
  await expect(channel).toHaveValue('whatsapp')
  await expect(text).toHaveValue(mine)
  await expect(text).toBeFocused()
  await expect(markSent).toBeEnabled()

  // Picking the text's own choice again puts the question away by itself.
  await channel.selectOption('email')
  await expect(waiting).toBeVisible()
  await expect(composer.getByLabel('Subject')).toHaveCount(0)
  await channel.selectOption('whatsapp')
  await expect(waiting).toBeHidden()

  // A reason chosen after editing waits too; taking the new draft replaces the text with it.
  await composer.getByLabel('Reason').selectOption('illness')
  await expect(waiting).toBeVisible()
  await expect(text).toHaveValue(mine)
  await composer.getByRole('button', { name: 'Use the new draft' }).click()
  await expect(waiting).toBeHidden()
  await expect(text).not.toHaveValue(/portfolio/)
  await expect(text).toHaveValue(/I am unwell/)
  await expect(text).toBeFocused()

  // The new draft is unedited again: the next choice replaces it at once, and the title follows the kind.
  await channel.selectOption('email')
  await expect(text).toHaveValue(/^Dear Ms Hapsari,/)
  await expect(waiting).toBeHidden()
  await composer.getByLabel('Message', { exact: true }).selectOption('reschedule')
  await expect(composer).toHaveAccessibleName('Ask to reschedule — Sinar Padi Nusantara')
})
