import type { Locator, Page } from '@playwright/test'
import { api, slot } from '../helpers/server'
import { expectAccessible } from './axe'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

// A new user in Jakarta with an Indonesian browser.
test.use({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', appClock: APP_NOW })

/** Presses Tab `times` times and checks after each press that the focus is still inside `dialog`. */
async function tabStaysInside(page: Page, dialog: Locator, times: number) {
  for (let i = 0; i < times; i += 1) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab')
    expect(
      await dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement)),
      `Tab ${i + 1}`,
    ).toBe(true)
  }
}

test('first run speaks Indonesian in WIB; a reload without the token still opens the app; no token, an Indonesian explanation', async ({
  page,
  app,
  browser,
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('button', { name: 'Kalender' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  expect((await api(app, 'settings/get')).value).toMatchObject({ language: 'id', timeZone: 'Asia/Jakarta' })

  // The samples land at their Jakarta times (09.00 and 11.00 tomorrow), not shifted from UTC, written as
  // Indonesian writes times.
  await page.getByRole('button', { name: 'Muat contoh wawancara' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'PT Nusantara Data Raya' })).toContainText(
    '09.00–10.30WIB',
  )

  // The token is gone from the address; the session cookie lets a bookmark of the bare address work.
  await page.goto(`${app.origin}/`)
  await expect(page.getByRole('listitem').filter({ hasText: 'Bank Sentosa Makmur' })).toBeVisible()

  // A browser without the token or the cookie hears, in its own language, how to open the app.
  const stranger = await browser.newContext({ locale: 'id-ID' })
  const other = await stranger.newPage()
  await other.goto(`${app.origin}/`)
  await expect(other.getByRole('alert')).toContainText('tidak memuat kunci akses')
  await expect(other.getByRole('alert')).toContainText('npm run web')
  await stranger.close()
})

test('dialogs take the focus, keep Tab inside, give it back, and ask before Escape drops typed data', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const opener = page.getByRole('button', { name: 'Wawancara baru' }).first()
  await opener.click()
  const form = page.getByRole('dialog', { name: 'Wawancara baru' })
  const company = form.getByLabel('Perusahaan')
  await expect(company).toBeFocused()
  await tabStaysInside(page, form, 30)

  await company.fill('PT Sinar Harapan')
  await page.keyboard.press('Escape')
  const ask = page.getByRole('alertdialog', { name: 'Buang perubahan?' })
  await expect(ask.getByRole('button', { name: 'Lanjut mengisi' })).toBeFocused()
  await page.keyboard.press('Escape') // closes the question only
  await expect(ask).toBeHidden()
  await expect(company).toHaveValue('PT Sinar Harapan')
  await form.getByRole('button', { name: 'Tutup', exact: true }).click()
  await ask.getByRole('button', { name: 'Buang' }).click()
  await expect(form).toBeHidden()
  await expect(opener).toBeFocused()

  // The composer over the details panel: Escape closes the composer, not the panel behind it.
  await api(app, 'interviews/create', {
    company: 'Kopi Kita',
    position: 'Barista Lead',
    mode: 'phone',
    ...slot(afterAppNow(5 * 24), 45),
    timeZone: 'Asia/Jakarta',
  })
  await page.reload()
  await page
    .getByRole('button', { name: /Kopi Kita/ })
    .first()
    .click()
  const details = page.getByRole('complementary', { name: 'Kopi Kita' })
  await details.getByRole('button', { name: 'Konfirmasi…' }).click()
  const composer = page.getByRole('dialog', { name: /Konfirmasi kehadiran — Kopi Kita/ })
  await expect(composer.getByLabel('Jenis pesan', { exact: true })).toBeFocused()
  await tabStaysInside(page, composer, 15)
  await page.keyboard.press('Escape')
  await expect(composer).toBeHidden()
  await expect(details).toBeVisible()
  await expect(details.getByRole('button', { name: 'Konfirmasi…' })).toBeFocused()
})

test('a reminder never covers the composer’s buttons, and every notice can be dismissed', async ({
  page,
  app,
}) => {
  // Not confirmed and 10 hours away: a reminder is due at once.
  await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Reporting Analyst',
    mode: 'video',
    meetingUrl: 'https://meet.example.com/abc',
    ...slot(afterAppNow(10), 30),
    timeZone: 'Asia/Jakarta',
  })
  await page.goto(app.url)
  const notices = page.getByRole('region', { name: 'Pemberitahuan' })
  await expect(notices).toContainText('Arunika Logistics')

  await page
    .getByRole('button', { name: /Arunika Logistics/ })
    .first()
    .click()
  await page
    .getByRole('complementary', { name: 'Arunika Logistics' })
    .getByRole('button', { name: 'Konfirmasi…' })
    .click()
  const composer = page.getByRole('dialog', { name: /Arunika Logistics/ })
  await expect(composer.getByRole('button', { name: 'Tandai terkirim' })).toBeVisible()
  // The reminder now sits inside the dialog, below its content.
  await expect(composer.getByRole('region', { name: 'Pemberitahuan' })).toContainText('Arunika Logistics')
  for (const button of await composer.locator('.actions button').all()) {
    await button.scrollIntoViewIfNeeded()
    const onTop = await button.evaluate((node) => {
      const box = node.getBoundingClientRect()
      const hit = node.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      return hit !== null && node.contains(hit)
    })
    expect(onTop, await button.innerText()).toBe(true)
  }
  await composer.getByRole('button', { name: 'Tutup pemberitahuan' }).click()
  await expect(composer.getByRole('region', { name: 'Pemberitahuan' })).not.toContainText('Arunika Logistics')
})

test('the move dialog, in Indonesian: axe finds nothing serious in either theme', async ({ page, app }) => {
  const start = afterAppNow(3 * 24 + 2) // Friday 4 December 2026, 10:00 WIB
  await api(app, 'interviews/create', {
    company: 'PT Kopi Kita',
    position: 'Barista Lead',
    mode: 'onsite',
    location: 'Jl. Braga 10, Bandung',
    status: 'confirmed',
    ...slot(start, 60),
    timeZone: 'Asia/Jakarta',
  })
  await page.goto(app.url)
  await page.getByLabel('Pergi ke tanggal').fill('2026-12-04')
  await page.locator('h1').click()
  await page.keyboard.press('d')
  const block = page
    .locator('[role="gridcell"][data-timed][data-day="2026-12-04"]')
    .getByRole('button', { name: /Kopi Kita/ })
  await block.scrollIntoViewIfNeeded()
  const box = (await block.boundingBox())!
  await page.mouse.move(box.x + box.width / 4, box.y + 10)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 4, box.y + 34, { steps: 4 })
  await page.mouse.move(box.x + box.width / 4, box.y + 10 + 2 * 48, { steps: 4 })
  await page.mouse.up()

  const move = page.getByRole('dialog', { name: /Pindahkan wawancara dengan PT Kopi Kita/ })
  await expect(move).toBeVisible()
  await expectAccessible(page, 'move dialog, id, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAccessible(page, 'move dialog, id, dark')
})
