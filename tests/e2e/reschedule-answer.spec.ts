import { api } from '../helpers/server'
import { APP_NOW, expect, openDetails, pasteInvitation, test } from './fixtures'

test.use({ appClock: APP_NOW })

const thursday = { startsAt: '2026-12-10T07:00:00.000Z', endsAt: '2026-12-10T08:00:00.000Z' } // 14.00 WIB
const friday = { startsAt: '2026-12-11T02:00:00.000Z', endsAt: '2026-12-11T03:00:00.000Z' }

/** An interview on Tuesday 8 December, 10.00 WIB, whose reschedule request (Thursday or Friday) is pending. */
async function pendingRequest(app: Parameters<typeof api>[0], status: 'invited' | 'confirmed' = 'confirmed') {
  const created = await api(app, 'interviews/create', {
    company: 'PT Toko Maju Digital',
    position: 'Product Analyst',
    mode: 'video',
    contact: { name: 'Rina', email: 'rina@tokomaju.example.co.id' },
    startsAt: '2026-12-08T03:00:00.000Z',
    endsAt: '2026-12-08T04:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    status,
  })
  const { id } = (created as { value: { id: string } }).value
  const sent = await api(app, 'drafts/markSent', {
    interviewId: id,
    kind: 'reschedule',
    channel: 'email',
    language: 'en',
    subject: 'Request to reschedule',
    body: 'Could we move it?',
    alternatives: [thursday, friday],
  })
  expect(sent.ok).toBe(true)
  return id
}

test('a pasted reply that moves an interview with a pending request is recorded as the company’s answer', async ({
  page,
  app,
}) => {
  const id = await pendingRequest(app, 'invited')
  // The user lives in Jakarta: "pukul 14.00" without a zone is 14.00 WIB.
  expect((await api(app, 'settings/update', { timeZone: 'Asia/Jakarta' })).ok).toBe(true)

  const dialog = await pasteInvitation(
    page,
    app.url,
    'Baik Pak Andi, jadwal wawancara Bapak kami pindahkan ke Kamis, 10 Desember pukul 14.00. Terima kasih.',
  )

  const record = dialog.getByRole('button', {
    name: 'Record as their answer: they accepted Thursday 10 December, 14:00',
  })
  // The first reading may wait for the parsing worker to load on a busy machine.
  await expect(record).toBeVisible({ timeout: 15_000 })
  await expect(dialog.getByText('This message answers the reschedule request you sent')).toBeVisible()
  // The plain move (which would leave the request waiting) is not offered beside it.
  await expect(dialog.getByRole('button', { name: 'Move that interview to the new time' })).toHaveCount(0)
  await record.click()
  await expect(dialog).toBeHidden()

  const stored = (await api(app, 'interviews/get', { id })) as { value: Record<string, unknown> }
  expect(stored.value).toMatchObject({ ...thursday, status: 'confirmed' })
  expect(stored.value.reschedule).toBeUndefined()
  const history = (await api(app, 'interviews/history', { id })) as { value: { change: string }[] }
  expect(history.value.map((entry) => entry.change)).toContain('reschedule-accepted')
  const list = (await api(app, 'interviews/list')) as { value: unknown[] }
  expect(list.value).toHaveLength(1)
})

test('the confirmation sent after their answer shows in the open details at once, with its task done', async ({
  page,
  app,
}) => {
  await pendingRequest(app)
  const details = await openDetails(page, app.url, 'PT Toko Maju Digital')
  await details.getByRole('button', { name: /^They chose Thursday/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Confirm attendance — PT Toko Maju Digital' })
  await confirm.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(confirm).toBeHidden()
  // The interview itself did not change with the message: the details, still open, show it anyway.
  const steps = details.getByRole('region', { name: 'History' }).getByRole('listitem')
  await expect(steps.filter({ hasText: 'Confirmation sent' })).toHaveCount(1)
  await expect(steps.filter({ hasText: 'Confirm in writing' })).toContainText(' · done ')
})

test('another time they chose is typed as the app writes dates and times, in the user’s zone', async ({
  page,
  app,
}) => {
  expect((await api(app, 'settings/update', { language: 'id', timeZone: 'Asia/Jakarta' })).ok).toBe(true)
  const id = await pendingRequest(app)
  const details = await openDetails(page, app.url, 'PT Toko Maju Digital')
  await details.getByRole('button', { name: 'Waktu lain…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Waktu yang dipilih PT Toko Maju Digital' })
  // It opens on the first proposed time, Thursday 10 December at 14.00 WIB: day first, the Indonesian clock.
  await expect(dialog.getByRole('textbox', { name: 'Tanggal' })).toHaveValue('10/12/2026')
  await expect(dialog.getByRole('textbox', { name: 'Mulai' })).toHaveValue('14.00')
  await expect(dialog.getByRole('textbox', { name: 'Selesai' })).toHaveValue('15.00')
  await expect(dialog).toContainText('Zona waktu: WIB')
  await dialog.getByRole('textbox', { name: 'Tanggal' }).fill('14/12/2026')
  await dialog.getByRole('textbox', { name: 'Mulai' }).fill('09.30')
  await dialog.getByRole('textbox', { name: 'Selesai' }).fill('10.30')
  await dialog.getByRole('button', { name: 'Pindahkan ke waktu itu' }).click()
  await expect(dialog).toBeHidden()
  const stored = (await api(app, 'interviews/get', { id })) as { value: Record<string, unknown> }
  expect(stored.value).toMatchObject({
    startsAt: '2026-12-14T02:30:00.000Z',
    endsAt: '2026-12-14T03:30:00.000Z',
    status: 'confirmed',
  })
  expect(stored.value.reschedule).toBeUndefined()
})
