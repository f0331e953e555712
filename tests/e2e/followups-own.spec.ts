import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, openDetails, test } from './fixtures'

test.use({ appClock: APP_NOW })

// From a new user's first week: a call logged with the wrong note, or on the wrong interview, stayed there for
// good. What the user wrote by hand can now be corrected and deleted (with a moment to undo); a message the
// app recorded as sent cannot.
test('a logged call’s note is corrected, then the entry deleted and brought back with Urungkan', async ({
  page,
  app,
}) => {
  expect((await api(app, 'settings/update', { language: 'id', timeZone: 'Asia/Jakarta' })).ok).toBe(true)
  const created = (await api(app, 'interviews/create', {
    company: 'PT Cahaya Tekstil',
    position: 'Staf Pengadaan',
    mode: 'video',
    meetingUrl: 'https://meet.example.com/cahaya',
    status: 'confirmed',
    ...slot(afterAppNow(5 * 24), 60),
    timeZone: 'Asia/Jakarta',
    contact: { name: 'Dimas Pratama', title: 'mr', email: 'dimas@cahaya.co.id' },
  })) as { value: { id: string } }
  const confirmed = await api(app, 'drafts/markSent', {
    interviewId: created.value.id,
    kind: 'confirm',
    channel: 'email',
    language: 'id',
    subject: 'Konfirmasi Kehadiran Wawancara',
    body: 'Dengan hormat, bersama ini saya mengonfirmasi kehadiran saya.',
  })
  expect(confirmed.ok).toBe(true)
  const details = await openDetails(page, app.url, 'PT Cahaya Tekstil')
  const form = details.locator('form.timeline-add')
  await form.getByLabel('Jenis aktivitas').selectOption({ label: 'Telepon dilakukan' })
  await form.getByLabel('Catatan').fill('Pak Dimas: tautan dikirim besok')
  await form.getByRole('button', { name: 'Tambah' }).click()
  const timeline = details.getByRole('region', { name: 'Riwayat' })
  const entry = timeline.getByRole('listitem').filter({ hasText: 'Telepon dilakukan' })
  await expect(entry).toContainText('Pak Dimas: tautan dikirim besok')

  // Corrected in place; Batal leaves it as it was, Simpan stores it.
  await entry.getByRole('button', { name: /^Ubah — Telepon dilakukan, / }).click()
  const note = entry.getByLabel('Catatan')
  await expect(note).toHaveValue('Pak Dimas: tautan dikirim besok')
  await note.fill('Pak Dimas: tautan dikirim hari ini')
  await entry.getByRole('button', { name: 'Batal' }).click()
  await expect(entry).toContainText('Pak Dimas: tautan dikirim besok')
  // Escape closes the field only (not the details around it), and the keyboard is back on Ubah.
  await entry.getByRole('button', { name: /^Ubah/ }).click()
  await entry.getByLabel('Catatan').press('Escape')
  await expect(entry.getByLabel('Catatan')).toHaveCount(0)
  await expect(details).toBeVisible()
  await expect(entry.getByRole('button', { name: /^Ubah/ })).toBeFocused()
  await entry.getByRole('button', { name: /^Ubah/ }).click()
  await entry.getByLabel('Catatan').fill('Pak Dimas: tautan dikirim hari ini pukul 15.00')
  await entry.getByRole('button', { name: 'Simpan' }).click()
  await expect(entry.getByLabel('Catatan')).toHaveCount(0)
  await expect(entry).toContainText('Pak Dimas: tautan dikirim hari ini pukul 15.00')
  const stored = (await api(app, 'followups/list', {})) as { value: { note?: string }[] }
  expect(stored.value.map((item) => item.note)).toEqual(['Pak Dimas: tautan dikirim hari ini pukul 15.00'])

  // Deleted, then brought back from the toast as it was.
  await entry.getByRole('button', { name: /^Hapus — Telepon dilakukan, / }).click()
  await expect(entry).toHaveCount(0)
  // The keyboard stays in the list, on the entry that took its place.
  await expect(timeline.getByRole('listitem').locator(':focus')).toHaveCount(1)
  const toast = page.getByRole('status').filter({ hasText: /^Entri “Telepon dilakukan, .*” dihapus\./ })
  await toast.getByRole('button', { name: 'Urungkan' }).click()
  await expect(page.getByText(/^Entri “Telepon dilakukan, .*” dikembalikan\.$/)).toBeVisible()
  await expect(entry).toContainText('Pak Dimas: tautan dikirim hari ini pukul 15.00')

  // A message marked as sent is the app's record: neither button is offered on it.
  const sent = timeline.getByRole('listitem').filter({ hasText: 'Konfirmasi terkirim' })
  await expect(sent).toHaveCount(1)
  await expect(sent.getByRole('button', { name: /^(Ubah|Hapus)/ })).toHaveCount(0)
})
