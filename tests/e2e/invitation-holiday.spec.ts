import type { Locator } from '@playwright/test'
import { APP_NOW, expect, pasteInvitation, test } from './fixtures'

test.use({ appClock: APP_NOW, timezoneId: 'Asia/Jakarta' })

/** An invitation for Christmas Day (the app's clock is Tuesday 1 December 2026; the holiday country is Indonesia). */
const invitation = (day: string) => `Yth. Saudara Budi Santoso,

Kami mengundang Anda untuk mengikuti wawancara posisi Data Analyst di PT Maju Bersama Tbk pada:

Hari/Tanggal : ${day}
Waktu : 10.00 - 11.00 WIB
Tempat : Gedung Graha Maju Lt. 5, Jl. Jend. Sudirman Kav. 21, Jakarta Selatan

Hormat kami,
HR PT Maju Bersama Tbk`

const summary = (form: Locator) => form.getByRole('status').filter({ hasText: 'from the invitation' })

test('an invitation for a public holiday says so before it is saved', async ({ page, app }) => {
  const dialog = await pasteInvitation(page, app.url, invitation('Jumat, 25 Desember 2026'))
  // The first reading may wait for the parsing worker to load on a busy machine.
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Maju Bersama Tbk', { timeout: 15_000 })
  await expect(summary(dialog)).toContainText(
    'Friday, 25 December 2026 is a public holiday in Indonesia, and most offices will be closed. Check the date with the company before you save.',
  )
})

test('one for a working day does not', async ({ page, app }) => {
  const dialog = await pasteInvitation(page, app.url, invitation('Kamis, 24 Desember 2026'))
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Maju Bersama Tbk', { timeout: 15_000 })
  await expect(summary(dialog)).toContainText('filled in from the invitation')
  await expect(summary(dialog)).not.toContainText('public holiday')
})
