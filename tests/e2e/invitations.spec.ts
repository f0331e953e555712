import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { format } from 'date-fns'
import { id as idLocale } from 'date-fns/locale/id'
import { api } from '../helpers/server'
import { test, expect, pasteInvitation } from './fixtures'

const year = new Date().getUTCFullYear() + 1
const day = `${year}-03-09`
/** "Selasa, 9 Maret 2027": the date as an Indonesian recruiter writes it, weekday matching. */
const spoken = format(new Date(`${day}T12:00:00Z`), 'EEEE, d MMMM yyyy', { locale: idLocale })

const whatsapp = `Selamat pagi Kak Budi, saya Maya dari PT Kopi Kita Nusantara. Kami undang interview online posisi Barista Supervisor hari ${spoken} pukul 13.30 - 14.15 WIB via Zoom https://zoom.us/j/81234567890 Passcode: 735102. Mohon konfirmasi ya Kak, terima kasih!`

test('a weekday that is not the date’s: the date is filled in and the form says to ask which is meant', async ({
  page,
  app,
}) => {
  // The day after the matching weekday: "Rabu, 9 Maret 2027" when 9 March is a Tuesday.
  const wrong = format(new Date(`${year}-03-10T12:00:00Z`), 'EEEE', { locale: idLocale })
  const dialog = await pasteInvitation(page, app.url, whatsapp.replace(spoken.split(',')[0]!, wrong))
  await expect(dialog.getByLabel('Date')).toHaveValue(shownDay(day), { timeout: 15_000 })
  // The year varies with the clock: 9 March may also be a holiday (Idul Fitri in 2027), whose warning sits beside.
  await expect(
    dialog.locator('.invitation-summary .warning').filter({ hasText: 'The invitation says' }),
  ).toContainText(
    `The invitation says “${wrong}”, but 9 March ${year} is a ${format(new Date(`${day}T12:00:00Z`), 'EEEE')}.`,
  )
})

test('several times offered: none is filled in until one is chosen, then its date and times are', async ({
  page,
  app,
}) => {
  const at = (date: string) =>
    format(new Date(`${date}T12:00:00Z`), 'EEEE, d MMMM yyyy', { locale: idLocale })
  const offer = [
    'Dengan hormat, kami mengundang Bapak untuk interview posisi Account Executive di PT Mitra Solusi Prima.',
    'Silakan pilih salah satu jadwal berikut:',
    `1. ${at(`${year}-03-09`)} pukul 10.00 - 11.00 WIB`,
    `2. ${at(`${year}-03-10`)} pukul 14.00 - 15.00 WIB`,
    'Mohon balas email ini dengan nomor pilihan Bapak.',
  ].join('\n')
  const dialog = await pasteInvitation(page, app.url, offer)
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Mitra Solusi Prima', { timeout: 15_000 })
  await expect(dialog.locator('.invitation-summary')).toContainText(
    'The invitation offers 2 time slots to choose from',
  )
  // The summary's first line is in view, not under the paste box's buttons.
  const first = dialog.locator('.invitation-summary p').first()
  await first.scrollIntoViewIfNeeded()
  expect(
    await first.evaluate((line) => {
      const box = line.getBoundingClientRect()
      const top = document.elementFromPoint(box.left + 20, box.top + 3)
      return top !== null && line.contains(top)
    }),
  ).toBe(true)
  await expect(dialog.getByLabel('Date')).toHaveValue('')
  await expect(dialog.getByLabel('Start')).toHaveValue('')
  await expect(dialog.getByLabel('End')).toHaveValue('')

  const second = dialog.getByRole('button', { name: /10 March, 14:00–15:00/ })
  await second.click()
  await expect(second).toHaveAttribute('aria-pressed', 'true')
  await expect(dialog.getByLabel('Date')).toHaveValue(shownDay(`${year}-03-10`))
  await expect(dialog.getByLabel('Start')).toHaveValue('14:00')
  await expect(dialog.getByLabel('End')).toHaveValue('15:00')
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Mitra Solusi Prima')
})

async function goTo(page: Page, key: string) {
  await page.getByLabel('Go to date').fill(key)
}

/** The date field shows days first, as the app writes them (9/3/2027 is 09/03/2027). */
const shownDay = (iso: string) => iso.split('-').reverse().join('/')

test('paste a WhatsApp invitation: the form is filled, each field marked with its source, then saved', async ({
  page,
  app,
}) => {
  const dialog = await pasteInvitation(page, app.url, whatsapp)

  // The first reading may wait for the parsing worker to load on a busy machine.
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Kopi Kita Nusantara', { timeout: 15_000 })
  await expect(dialog.getByLabel('Position')).toHaveValue('Barista Supervisor')
  await expect(dialog.getByLabel('Date')).toHaveValue(shownDay(day))
  await expect(dialog.getByLabel('Start')).toHaveValue('13:30')
  await expect(dialog.getByLabel('End')).toHaveValue('14:15')
  await expect(dialog.getByLabel('Time zone')).toHaveValue('Asia/Jakarta')
  await expect(dialog.getByLabel('Format')).toHaveValue('video')
  await expect(dialog.getByLabel('Meeting link')).toHaveValue('https://zoom.us/j/81234567890')
  await expect(dialog.getByLabel('Access code')).toHaveValue('735102')
  await expect(dialog.locator('.invitation-summary')).toContainText(
    'fields were filled in from the invitation',
  )

  // Each filled field says where it came from; hovering shows the words it was read from.
  const companyMark = dialog.locator('.f-company .source-mark')
  await expect(companyMark).toHaveText('from invitation')
  await expect(companyMark).toHaveAttribute('title', /saya Maya dari PT Kopi Kita Nusantara/)
  await expect(dialog.locator('.f-startTime .source-mark')).toHaveAttribute(
    'title',
    /pukul 13\.30 - 14\.15 WIB/,
  )

  // Everything stays editable: a change drops the mark of that field only.
  await dialog.getByLabel('Position').fill('Barista Supervisor (Kemang)')
  await expect(dialog.locator('.f-position .source-mark')).toHaveCount(0)
  await expect(companyMark).toBeVisible()

  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const stored = await api(app, 'interviews/list')
  expect(stored.value).toMatchObject([
    {
      company: 'PT Kopi Kita Nusantara',
      position: 'Barista Supervisor (Kemang)',
      startsAt: `${day}T06:30:00.000Z`,
      endsAt: `${day}T07:15:00.000Z`,
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      accessCode: '735102',
    },
  ])
})

test('a message that moves an interview already in the calendar moves it instead of adding one', async ({
  page,
  app,
}) => {
  const created = await api(app, 'interviews/create', {
    company: 'PT Toko Maju Digital',
    position: 'Product Analyst',
    mode: 'video',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    startsAt: `${day}T03:00:00.000Z`,
    endsAt: `${day}T04:30:00.000Z`,
    timeZone: 'Asia/Jakarta',
  })
  const moved = `${year}-03-11`
  const movedSpoken = format(new Date(`${moved}T12:00:00Z`), 'EEEE, d MMMM yyyy', { locale: idLocale })
  const dialog = await pasteInvitation(
    page,
    app.url,
    `Yth. Bapak Andi, jadwal interview Bapak untuk posisi Product Analyst di PT Toko Maju Digital kami pindahkan ke ${movedSpoken} pukul 15.00 WIB. Salam, Dewi Anggraini`,
  )
  await expect(dialog.locator('.invitation-summary')).toContainText(
    'moves an interview already in your calendar',
    {
      timeout: 15_000,
    },
  )
  await dialog.getByRole('button', { name: 'Move that interview to the new time' }).click()
  await expect(dialog).toBeHidden()
  const list = await api(app, 'interviews/list')
  expect(list.value).toMatchObject([
    {
      id: (created.value as { id: string }).id,
      startsAt: `${moved}T08:00:00.000Z`,
      endsAt: `${moved}T09:30:00.000Z`,
    },
  ])
})

test('drop an .eml on the calendar: a new interview opens filled from it', async ({ page, app }) => {
  const eml = [
    'From: "Rina Kartika" <rina.kartika@nusantaradata.co.id>',
    'Subject: Undangan Interview - Data Analyst - PT Nusantara Data Raya',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Yth. Andi,`,
    `Kami mengundang Anda wawancara posisi Data Analyst di PT Nusantara Data Raya.`,
    `Hari/Tanggal: ${spoken}`,
    `Waktu: 10.00 - 11.00 WIB`,
    `Tempat: Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan`,
    `No. Referensi: NDR/HR/2026/0412`,
    '',
    'Hormat kami,',
    'Ibu Rina Kartika',
    '0812-5555-6666',
  ].join('\r\n')
  await page.goto(app.url)
  const calendar = page.locator('section.calendar')
  await expect(calendar).toBeVisible()
  const dataTransfer = await page.evaluateHandle((text) => {
    // Runs in the page, where DataTransfer and File exist (this file is type-checked without the DOM).
    const page = globalThis as unknown as {
      DataTransfer: new () => { items: { add: (file: unknown) => void } }
      File: new (parts: string[], name: string, options: { type: string }) => unknown
    }
    const transfer = new page.DataTransfer()
    transfer.items.add(new page.File([text], 'undangan.eml', { type: 'message/rfc822' }))
    return transfer
  }, eml)
  await calendar.dispatchEvent('dragover', { dataTransfer })
  await calendar.dispatchEvent('drop', { dataTransfer })

  const dialog = page.getByRole('dialog', { name: 'New interview' })
  await expect(dialog.getByLabel('Company')).toHaveValue('PT Nusantara Data Raya', { timeout: 15_000 })
  await expect(dialog.getByLabel('Position')).toHaveValue('Data Analyst')
  await expect(dialog.getByLabel('Date')).toHaveValue(shownDay(day))
  await expect(dialog.getByLabel('Start')).toHaveValue('10:00')
  await expect(dialog.getByLabel('Address')).toHaveValue(
    'Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan',
  )
  await expect(dialog.getByLabel('Reference number')).toHaveValue('NDR/HR/2026/0412')
  await expect(dialog.getByLabel('Phone')).toHaveValue('+6281255556666')
  // What the reading found is said for a dropped file too, as for a paste.
  await expect(dialog.locator('.invitation-summary')).toContainText(
    'fields were filled in from the invitation',
  )
  await expect(dialog.locator('.f-referenceNumber .source-mark')).toHaveAttribute('title', /No\. Referensi/)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  expect((await api(app, 'interviews/list')).value).toHaveLength(1)
})

test('import a Teams .ics: the preview lists what is stored; the details show passcode and reference', async ({
  page,
  app,
}) => {
  const teams = readFileSync(join(__dirname, '../fixtures/ics/teams-invite.ics'), 'utf8').replaceAll(
    ':20261215T',
    `:${year}1215T`,
  )
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Data', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Import invitations (.ics)' })
  await panel.getByLabel('Or paste the contents of an .ics file').fill(teams)
  await panel.getByRole('button', { name: 'Preview' }).click()
  const row = panel.getByRole('row').filter({ hasText: 'PT Bank Sentosa Makmur Tbk' })
  await expect(row).toContainText('Business Analyst')
  await expect(row).toContainText('bH7qZ2')
  await expect(row).toContainText('BSM-BA-2026-045')
  await expect(row).toContainText('+6281277778888')
  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible()

  await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click()
  await goTo(page, `${year}-12-15`)
  await page.locator('h1').click()
  await page.keyboard.press('d')
  await page.getByRole('button', { name: /PT Bank Sentosa Makmur Tbk/ }).click()
  const details = page.getByRole('complementary', { name: 'PT Bank Sentosa Makmur Tbk' })
  await expect(details).toContainText('bH7qZ2')
  await expect(details).toContainText('BSM-BA-2026-045')
  await expect(details).not.toContainText('Rapat Microsoft Teams')
})
