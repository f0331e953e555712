import { addDays, format, nextSaturday } from 'date-fns'
import { test, expect } from './fixtures'
import { api } from '../helpers/server'

const day = `${new Date().getUTCFullYear() + 1}-03-09`

test('a title read from a typed "Bu Maya", a cancel in Indonesian and English on every channel, a Saturday flagged', async ({
  page,
  app,
}) => {
  await api(app, 'settings/update', {
    userName: 'Andi Pratama',
    userPhone: '+62 812 5555 6666',
    timeZone: 'Asia/Jakarta',
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const form = page.getByRole('dialog', { name: 'New interview' })
  await form.getByLabel('Company').fill('PT Nusantara Digital Solusi')
  await form.getByLabel('Position').fill('Analis Data')
  await form.getByLabel('Status').selectOption('confirmed')
  await form.getByLabel('Date').fill(day)
  await form.getByLabel('Start').fill('10:00')
  await form.getByLabel('End').fill('11:00')
  await form.getByLabel('Time zone').selectOption('Asia/Jakarta')
  await form.getByLabel('Address').fill('Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta')
  // The honorific typed with the name becomes the title; the name keeps no "Bu".
  await form.getByLabel('Name').fill('Bu Maya')
  await form.getByLabel('Name').blur()
  await expect(form.getByLabel('Name')).toHaveValue('Maya')
  await expect(form.getByLabel('Title')).toHaveValue('ms')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form).toBeHidden()

  await page
    .getByRole('listitem')
    .filter({ hasText: 'PT Nusantara Digital Solusi' })
    .getByRole('button', { name: 'Cancel…' })
    .click()
  // Named by the company: the title follows the kind of message chosen.
  const composer = page.getByRole('dialog', { name: /— PT Nusantara Digital Solusi$/ })
  const text = composer.getByLabel('Text')
  const expected = {
    id: {
      email:
        /^Yth\. Ibu Maya,\n\nDengan hormat,\n\nSaya Andi Pratama, kandidat untuk posisi Analis Data\. Melalui email ini, saya bermaksud membatalkan kehadiran saya dalam wawancara/,
      phone:
        /^Naskah telepon:\n(?:\(.*\)\n)?1\. Selamat (pagi|siang|sore|malam)\. Apakah saya berbicara dengan Ibu Maya\?[\s\S]*0812-5555-6666\.$/,
      whatsapp:
        /^Selamat (pagi|siang|sore|malam), Ibu Maya\.\n\nSaya Andi Pratama, kandidat posisi Analis Data di PT Nusantara Digital Solusi\. (?:Mohon maaf mengganggu di akhir pekan\. )?Saya bermaksud membatalkan kehadiran saya dalam wawancara/,
    },
    en: {
      email:
        /^Dear Ms Maya,\n\nMy name is Andi Pratama, and I am a candidate for the Analis Data position\. I am writing to cancel my interview/,
      phone:
        /^Call script:\n(?:\(.*\)\n)?1\. Good (morning|afternoon|evening)\. Am I speaking with Ms Maya\?[\s\S]*0812-5555-6666\.$/,
      whatsapp:
        /^Good (morning|afternoon|evening), Ms Maya\.\n\nThis is Andi Pratama, a candidate for the Analis Data position at PT Nusantara Digital Solusi\. (?:I am sorry to message you at the weekend\. )?I am writing to cancel my interview/,
    },
  }
  for (const language of ['id', 'en'] as const) {
    await composer.getByLabel('Language of the message').selectOption(language)
    for (const channel of ['email', 'phone', 'whatsapp'] as const) {
      await composer.getByLabel('Send by').selectOption(channel)
      await expect(text).toHaveValue(expected[language][channel])
      // Nothing that cannot be said goes into a call or a chat: no street, no link, no email address.
      if (channel !== 'email') await expect(text).not.toHaveValue(/Jl\.|https?:|@/)
    }
  }

  // A time the user adds to a reschedule request is checked like the defaults: a Saturday is flagged.
  await composer.getByLabel('Message', { exact: true }).selectOption('reschedule')
  const proposed = composer.getByRole('group', { name: 'Proposed times' })
  await expect(proposed.getByRole('listitem')).toHaveCount(3)
  const saturday = format(nextSaturday(addDays(new Date(`${day}T12:00:00Z`), 1)), 'yyyy-MM-dd')
  await proposed.getByLabel('Date').fill(saturday)
  await proposed.getByLabel('Start').fill('10:00')
  await proposed.getByRole('button', { name: 'Add time' }).click()
  await expect(proposed.getByRole('listitem')).toHaveCount(4)
  const checks = composer.getByRole('region', { name: 'Before you send' })
  await expect(checks).toContainText(/Proposed time Saturday, .* at 10:00 \(WIB\): not a working day\./)
})
