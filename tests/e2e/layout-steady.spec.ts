import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, openDetails, test } from './fixtures'

// An Indonesian user on a 1280 × 800 laptop screen, where the longer Indonesian labels must still fit.
test.use({
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
  appClock: APP_NOW,
  viewport: { width: 1280, height: 800 },
})

test('the calendar toolbar keeps its shape in every view, the language stays in view, a long form keeps its buttons whole', async ({
  page,
  app,
}) => {
  for (let day = 0; day < 12; day += 1)
    await api(app, 'interviews/create', {
      company: `PT Contoh ${day}`,
      position: 'Analis Data',
      mode: 'video',
      meetingUrl: 'https://meet.example.com/abc',
      ...slot(afterAppNow(24 * day + 2), 60),
      timeZone: 'Asia/Jakarta',
    })
  await page.goto(app.url)
  const newButton = page.getByRole('button', { name: 'Wawancara baru' })
  const today = page.getByRole('button', { name: 'Hari ini' })
  const views = page.getByRole('group', { name: 'Tampilan' })
  // "Wawancara baru" stays on the toolbar's one row, whichever period's title is shown (a week's is long).
  for (const view of ['Bulan', 'Minggu', 'Hari', 'Agenda']) {
    await views.getByRole('button', { name: view, exact: true }).click()
    const [button, first] = [await newButton.boundingBox(), await today.boundingBox()]
    expect(Math.abs(button!.y + button!.height / 2 - (first!.y + first!.height / 2)), view).toBeLessThan(4)
  }
  // Scrolled to the end of a long agenda, the side bar's language choice is still in the window.
  await page.locator('.app-page').evaluate((node) => node.scrollTo(0, node.scrollHeight))
  const language = await page.getByLabel('Bahasa').boundingBox()
  expect(language!.y + language!.height).toBeLessThanOrEqual(800)
  expect(language!.y).toBeGreaterThan(0)
  // The new-interview form is taller than the window: its Save and Cancel are whole inside the dialog.
  await newButton.click()
  const dialog = page.getByRole('dialog', { name: 'Wawancara baru' })
  const frame = await dialog.boundingBox()
  for (const name of ['Simpan', 'Batal']) {
    const box = await dialog.getByRole('button', { name, exact: true }).boundingBox()
    expect(box!.y + box!.height, name).toBeLessThanOrEqual(frame!.y + frame!.height - 4)
  }
})

test('in a week on a 1024 px screen the company goes whole under the time, not cut to its first letters', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await api(app, 'interviews/create', {
    company: 'PT Nusantara Data Raya',
    position: 'Analis Data',
    mode: 'onsite',
    location: 'Menara Sudirman, Jakarta',
    ...slot(afterAppNow(26), 90),
    timeZone: 'Asia/Jakarta',
  })
  await api(app, 'settings/update', { calendarView: 'week' })
  await page.goto(app.url)
  const block = page.getByRole('button', { name: /Nusantara Data Raya/ }).first()
  const company = block.locator('.ev-company')
  await expect(company).toHaveText('Nusantara Data Raya')
  const [box, name] = [await block.boundingBox(), await company.boundingBox()]
  // Under the first line (the icon and the time), starting at the block's left edge, and inside the block.
  expect(name!.y).toBeGreaterThan(box!.y + 8)
  expect(name!.x - box!.x).toBeLessThan(8)
  expect(name!.x + name!.width).toBeLessThanOrEqual(box!.x + box!.width)
  // Every word of the name shows: none is clipped at the block's right edge.
  expect(await company.evaluate((node) => node.scrollWidth <= node.clientWidth + 1)).toBe(true)
})

/** The app in Indonesian in Jakarta, with one onsite interview tomorrow afternoon (14.00 WIB). */
async function oneInterview(app: Parameters<typeof api>[0]) {
  expect((await api(app, 'settings/update', { language: 'id', timeZone: 'Asia/Jakarta' })).ok).toBe(true)
  await api(app, 'interviews/create', {
    company: 'PT Nusantara Digital Solusi',
    position: 'Backend Engineer',
    mode: 'onsite',
    location: 'Gedung Wisma 46 Lt. 21, Jl. Jend. Sudirman Kav. 1, Jakarta Pusat',
    ...slot(afterAppNow(30), 60),
    timeZone: 'Asia/Jakarta',
  })
}

test('beside the details panel an agenda item keeps room for its text; its actions go under it', async ({
  page,
  app,
}) => {
  await oneInterview(app)
  const details = await openDetails(page, app.url, 'PT Nusantara Digital Solusi')
  await expect(details).toBeVisible()
  const item = page.locator('.agenda-item')
  const text = (await item.locator('.what').boundingBox())!
  const status = (await item.locator('.status-select').boundingBox())!
  // The status choice once took most of the row and left the company one word per line (about 90 px).
  expect(text.width).toBeGreaterThan(350)
  expect(status.y).toBeGreaterThan(text.y + text.height - 1)
})

test('the week opens on the working morning with its first hour’s label whole, not cut by the top edge', async ({
  page,
  app,
}) => {
  // An afternoon interview: the grid opens on 07.00.
  await oneInterview(app)
  await page.goto(app.url)
  await page.locator('h1').click()
  await page.keyboard.press('w')
  const scroller = page.locator('.tg-scroll')
  const label = page.locator('.tg-hours span', { hasText: /^07\.00$/ })
  await expect(label).toBeVisible()
  const box = (await scroller.boundingBox())!
  const text = (await label.boundingBox())!
  expect(text.y).toBeGreaterThanOrEqual(box.y)
  expect(text.y).toBeLessThan(box.y + 48)
})
