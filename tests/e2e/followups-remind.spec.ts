import { api, slot, type RunningServer } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, openDetails, test } from './fixtures'

test.use({ appClock: APP_NOW })

/** The app in Indonesian, and an onsite interview with PT Sinar Logistik in 30 days, not yet confirmed. */
async function invitedInIndonesian(app: RunningServer): Promise<string> {
  expect((await api(app, 'settings/update', { language: 'id', timeZone: 'Asia/Jakarta' })).ok).toBe(true)
  const created = await api(app, 'interviews/create', {
    company: 'PT Sinar Logistik',
    position: 'Staf Gudang',
    mode: 'onsite',
    location: 'Jl. Raya Bekasi 12, Jakarta Timur',
    status: 'invited',
    ...slot(afterAppNow(30), 60),
    timeZone: 'Asia/Jakarta',
    contact: { name: 'Rina Hartati', title: 'ms' },
  })
  return (created as { value: { id: string } }).value.id
}

// A call logged with "call me back on Thursday" can set its own reminder: before, a log entry could not, and
// nothing reminded the user to call again.
test('a call logged with a reminder adds a task due then, listed on the follow-ups page', async ({
  page,
  app,
}) => {
  await invitedInIndonesian(app)
  const details = await openDetails(page, app.url, 'PT Sinar Logistik')
  const form = details.locator('form.timeline-add')
  await form.getByLabel('Jenis aktivitas').selectOption({ label: 'Telepon dilakukan' })
  await form.getByLabel('Catatan').fill('Bu Rina minta ditelepon lagi hari Kamis')
  // A time already past (the app's clock is 08.00 WIB on 1 December) is refused, and nothing is added.
  await form.getByLabel('Tanggal pengingat').fill('01/12/2026')
  await form.getByLabel('Jam pengingat').fill('07.00')
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(form).toContainText('Waktu pengingat sudah lewat')
  await expect(form.getByLabel('Catatan')).toHaveValue('Bu Rina minta ditelepon lagi hari Kamis')
  expect(((await api(app, 'followups/list', {})) as { value: unknown[] }).value).toHaveLength(0)

  await form.getByLabel('Tanggal pengingat').fill('03/12/2026')
  await form.getByLabel('Jam pengingat').fill('10.00')
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(form.getByLabel('Catatan')).toHaveValue('')
  await expect(form.getByLabel('Tanggal pengingat')).toHaveValue('')
  const timeline = details.getByRole('region', { name: 'Riwayat' })
  const task = timeline.getByRole('listitem').filter({ hasText: 'tenggat' })
  await expect(task).toContainText('Tindak lanjut')
  await expect(task).toContainText('Kam 3 Des 2026 10.00')
  await expect(task).toContainText('Bu Rina minta ditelepon lagi hari Kamis')
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Telepon dilakukan' })).toHaveCount(1)

  await page.getByRole('navigation').getByRole('button', { name: 'Tindak lanjut' }).click()
  const todo = page.getByRole('listitem').filter({ hasText: 'Bu Rina minta ditelepon lagi hari Kamis' })
  await expect(todo.filter({ hasText: 'tenggat' })).toContainText('PT Sinar Logistik')
  await todo.filter({ hasText: 'tenggat' }).getByRole('button', { name: 'Tandai selesai' }).click()
  await expect(page.getByText('Tidak ada yang perlu dilakukan.')).toBeVisible()
})

// A call or a reply logged on an invitation still to come may have settled it: the app asks, instead of
// leaving the status at "Diundang" until the user thinks of the status list.
test('after a call is logged on an unconfirmed interview, one click marks it confirmed', async ({
  page,
  app,
}) => {
  const id = await invitedInIndonesian(app)
  const details = await openDetails(page, app.url, 'PT Sinar Logistik')
  const form = details.locator('form.timeline-add')
  const offer = form.getByRole('status')

  // A note settles nothing: no question. An empty one is refused.
  await form.getByLabel('Jenis aktivitas').selectOption({ label: 'Catatan' })
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(form.getByRole('alert')).toHaveText('Tulis catatannya terlebih dahulu.')
  await expect(details.getByRole('listitem').filter({ hasText: 'Catatan' })).toHaveCount(0)
  await form.getByLabel('Catatan').fill('Siapkan portofolio')
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(form.getByLabel('Catatan')).toHaveValue('')
  await expect(offer).toHaveCount(0)

  // "Belum" puts the question away; the status stays.
  await form.getByLabel('Jenis aktivitas').selectOption({ label: 'Pesan diterima' })
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(offer).toHaveText(
    'Apakah wawancara ini kini sudah dikonfirmasi? Jika ya, tandai sebagai Dikonfirmasi. Tandai dikonfirmasi Belum',
  )
  await offer.getByRole('button', { name: 'Belum' }).click()
  await expect(offer).toHaveCount(0)

  // The company calling the user counts as much as the user calling them.
  await form.getByLabel('Jenis aktivitas').selectOption({ label: 'Telepon masuk' })
  await form.getByLabel('Catatan').fill('Bu Rina menelepon untuk memastikan jadwalnya')
  await form.getByRole('button', { name: 'Tambah' }).click()
  await offer.getByRole('button', { name: 'Tandai dikonfirmasi' }).click()
  await expect(details.locator('.status-select')).toHaveValue('confirmed')
  const stored = (await api(app, 'interviews/get', { id })) as { value: { status: string } }
  expect(stored.value.status).toBe('confirmed')
  // Confirmed now, a further call asks nothing.
  await form.getByLabel('Jenis aktivitas').selectOption({ label: 'Telepon dilakukan' })
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(details.getByRole('listitem').filter({ hasText: 'Telepon masuk' })).toHaveCount(1)
  await expect(details.getByRole('listitem').filter({ hasText: 'Telepon dilakukan' })).toHaveCount(1)
  await expect(details.locator('form.timeline-add').getByRole('status')).toHaveCount(0)
})
