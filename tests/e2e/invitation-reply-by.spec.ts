import { api } from '../helpers/server'
import { APP_NOW, expect, pasteInvitation, test } from './fixtures'

test.use({ appClock: APP_NOW, timezoneId: 'Asia/Jakarta' })

/** An invitation that names its sender's title and role and asks for a reply by a date (the app's clock is Tuesday 1 December 2026). */
const email = `Yth. Saudara Budi Santoso,

Terima kasih atas lamaran Anda untuk posisi Data Analyst di PT Maju Bersama Tbk. Kami mengundang Anda untuk mengikuti wawancara pada:

Hari/Tanggal : Kamis, 10 Desember 2026
Waktu : 10.00 - 11.00 WIB
Tempat : Gedung Graha Maju Lt. 5, Jl. Jend. Sudirman Kav. 21, Jakarta Selatan

Mohon konfirmasi kehadiran paling lambat Selasa, 8 Desember 2026 dengan membalas email ini.

Hormat kami,
Bapak Andi Pratama (HR Recruitment)
PT Maju Bersama Tbk
andi.pratama@majubersama.example.co.id`

test('a pasted invitation brings its sender’s title and role, and its reply date becomes a task to confirm by then', async ({
  page,
  app,
}) => {
  const dialog = await pasteInvitation(page, app.url, email)

  // The first reading may wait for the parsing worker to load on a busy machine.
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Maju Bersama Tbk', { timeout: 15_000 })
  await expect(dialog.getByLabel(/^Name/)).toHaveValue('Andi Pratama')
  await expect(dialog.getByLabel(/^Title/)).toHaveValue('mr')
  await expect(dialog.getByLabel(/^Role/)).toHaveValue('recruiter')
  const remind = dialog.getByRole('checkbox', {
    name: 'Remind me to reply before the invitation’s deadline (Tuesday 8 December)',
  })
  await expect(remind).toBeChecked()
  await expect(remind.locator('..')).toHaveAttribute('title', /paling lambat Selasa, 8 Desember 2026/)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  const [stored] = (await api(app, 'interviews/list')).value as { id: string; contact: object }[]
  expect(stored!.contact).toMatchObject({ name: 'Andi Pratama', title: 'mr', role: 'recruiter' })
  expect((await api(app, 'followups/list', { interviewId: stored!.id })).value).toEqual([
    expect.objectContaining({ type: 'task', kind: 'confirm-in-writing', dueAt: '2026-12-08T16:59:59.999Z' }),
  ])
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Follow-ups/ })
    .click()
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'PT Maju Bersama Tbk' })
      .filter({ hasText: 'Confirm in writing' }),
  ).toContainText('due Tue 8 Dec 2026 23:59')
})

test('an interview saved outside the period on screen says when, and View goes there', async ({
  page,
  app,
}) => {
  // The month of the app's clock, December 2026, is on screen.
  expect((await api(app, 'settings/update', { calendarView: 'month' })).ok).toBe(true)
  const dialog = await pasteInvitation(
    page,
    app.url,
    'Halo Kak Rina, ini Dewi dari HRD PT Sinar Abadi. Kakak diundang interview posisi Staf Admin pada Kamis, 14 Januari 2027 pukul 09.00 - 10.00 WIB di Jl. Merdeka No. 5 Bandung.',
  )
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Sinar Abadi', { timeout: 15_000 })
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  // The calendar still shows December; the notice says when it was saved for, and the interview is not drawn.
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Interview on Thursday, 14 January 2027 09:00 saved.' })
  await expect(notice).toBeVisible()
  await expect(page.getByRole('grid').getByRole('button', { name: /Sinar Abadi/ })).toHaveCount(0)
  await notice.getByRole('button', { name: 'View' }).click()
  await expect(page.getByRole('grid').getByRole('button', { name: /Sinar Abadi/ })).toBeVisible()
  await expect(page.getByRole('complementary')).toContainText('PT Sinar Abadi')
})
