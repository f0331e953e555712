import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, openDetails, test } from './fixtures'

test.use({ appClock: APP_NOW })

// A same-day cancellation of an onsite interview after a flood asked first whether it could be held by video.
// The company's answer is recorded from the task that waits for it: before, the user had to edit the interview
// and tick the task off by hand.
test('the answer "by video" makes the interview a video call and settles the task', async ({ page, app }) => {
  expect((await api(app, 'settings/update', { language: 'id', timeZone: 'Asia/Jakarta' })).ok).toBe(true)
  const created = (await api(app, 'interviews/create', {
    company: 'PT Sinar Logistik',
    position: 'Staf Gudang',
    mode: 'onsite',
    location: 'Jl. Raya Bekasi 12, Jakarta Timur',
    status: 'confirmed',
    ...slot(afterAppNow(5), 60),
    timeZone: 'Asia/Jakarta',
    contact: { name: 'Rina Hartati', title: 'ms', email: 'rina@sinarlogistik.co.id' },
  })) as { value: { id: string } }
  const sent = await api(app, 'drafts/markSent', {
    interviewId: created.value.id,
    kind: 'cancel',
    channel: 'email',
    language: 'id',
    subject: 'Pembatalan Kehadiran Wawancara – Staf Gudang',
    body: 'Apakah wawancara dapat dilakukan melalui panggilan video pada jam yang sama? Jika tidak, saya mohon maaf harus membatalkannya.',
    reason: { category: 'unforeseen', detail: 'jalan menuju lokasi terendam banjir' },
  })
  expect(sent.ok).toBe(true)

  const details = await openDetails(page, app.url, 'PT Sinar Logistik')
  const task = details
    .getByRole('listitem')
    .filter({ hasText: 'Tunggu jawaban: lewat video atau dibatalkan' })
  await expect(task).toContainText('PT Sinar Logistik belum menjawab')
  await task.getByRole('button', { name: 'Mereka setuju lewat video' }).click()

  await expect(details.getByRole('button', { name: 'Mereka setuju lewat video' })).toHaveCount(0)
  const stored = (await api(app, 'interviews/get', { id: created.value.id })) as {
    value: { mode: string; status: string }
  }
  expect(stored.value).toMatchObject({ mode: 'video', status: 'confirmed' })
  // The history says what changed; the follow-ups page has nothing left to do.
  await expect(details.getByRole('region', { name: 'Riwayat' })).toContainText('selesai')
  await page.getByRole('navigation').getByRole('button', { name: 'Tindak lanjut' }).click()
  await expect(page.getByText('Tidak ada yang perlu dilakukan.')).toBeVisible()
})
