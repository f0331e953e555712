import type { Page } from '@playwright/test'
import { api, slot } from '../helpers/server'
import { expectAccessible } from './axe'
import { afterAppNow, APP_NOW, test, expect } from './fixtures'
// Times are built from the app's fixed clock, not from the day the suite runs.
test.use({ appClock: APP_NOW })

/** A day key as the app's date fields show it, day first in both languages: 30/11/2026. */
const shown = (key: string) => `${key.slice(8)}/${key.slice(5, 7)}/${key.slice(0, 4)}`

/** The user's zone is the server's (UTC here); one hour is 48 px in the week and day views. */
const HOUR_PX = 48
const day = `${new Date().getUTCFullYear() + 1}-03-09`

const column = (page: Page, key: string) => page.locator(`[role="gridcell"][data-timed][data-day="${key}"]`)

async function goTo(page: Page, key: string) {
  await page.getByLabel('Go to date').fill(key)
}

/** Presses a calendar shortcut with the focus on the page, not in a field. */
async function shortcut(page: Page, key: string) {
  await page.locator('h1').click()
  await page.keyboard.press(key)
}

test('click an empty slot in the week view: the form opens at that time; the interview shows there', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Placeholder',
    position: 'Keeps the calendar from its empty state',
    mode: 'video',
    ...slot(new Date(`${day}T01:00:00Z`), 30),
    timeZone: 'UTC',
  })
  await page.goto(app.url)
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click()
  await goTo(page, day)
  await column(page, day).click({ position: { x: 20, y: 14 * HOUR_PX + 10 } })

  const dialog = page.getByRole('dialog', { name: 'New interview' })
  await expect(dialog.getByLabel('Date')).toHaveValue(shown(day))
  await expect(dialog.getByLabel('Start')).toHaveValue('14:00')
  await expect(dialog.getByLabel('End')).toHaveValue('15:00')
  await dialog.getByLabel('Company').fill('PT Slot Pertama')
  await dialog.getByLabel('Position').fill('Product Designer')
  await dialog.getByLabel('Address').fill('Jl. Gatot Subroto 1, Jakarta')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  const block = column(page, day).getByRole('button', { name: /PT Slot Pertama/ })
  await expect(block).toHaveAccessibleName(
    /^14:00–15:00, PT Slot Pertama, Product Designer, On site, Invited/,
  )
  const box = (await block.boundingBox())!
  const columnBox = (await column(page, day).boundingBox())!
  expect(Math.round(box.y - columnBox.y)).toBe(14 * HOUR_PX)

  // Its details open beside the calendar, with the history of what happened to it.
  await block.click()
  const details = page.getByRole('complementary', { name: 'PT Slot Pertama' })
  await expect(details).toContainText('Product Designer')
  await expect(details).toContainText('14:00–15:00 UTC')
  await expect(details).toContainText('Jl. Gatot Subroto 1')
  await expect(details.getByRole('heading', { name: 'History' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(details).toBeHidden()
})

test.describe('zones', () => {
  // This one needs no fixed clock, and Playwright's fake Date (setFixedTime) does not carry a zone through
  // @date-fns/tz's TZDate subclass, so the page runs on its own clock here.
  test.use({ appClock: undefined })
  test('an interview in another zone shows both times in its details', async ({ page, app }) => {
    await api(app, 'interviews/create', {
      company: 'Bank Sentosa',
      position: 'Risk Analyst',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      ...slot(new Date(`${day}T03:00:00Z`), 60),
      timeZone: 'Asia/Jakarta',
    })
    await page.goto(app.url)
    await goTo(page, day)
    await shortcut(page, 'd')
    await page.getByRole('button', { name: /Bank Sentosa/ }).click()
    const details = page.getByRole('complementary', { name: 'Bank Sentosa' })
    await expect(details).toContainText('03:00–04:00 UTC')
    await expect(details).toContainText('10:00–11:00 WIB')
  })
})

test('drag within 48 hours: the move shows the short notice and the clash first, then proposes the time', async ({
  page,
  app,
}) => {
  // Tomorrow-ish, 30 hours from now on a whole hour, moved two hours later (or earlier, late in the day).
  const start = afterAppNow(30)
  const direction = start.getUTCHours() >= 20 ? -1 : 1
  const created = await api(app, 'interviews/create', {
    company: 'Kopi Kita',
    position: 'Barista Lead',
    mode: 'onsite',
    location: 'Jl. Braga 10, Bandung',
    status: 'confirmed',
    ...slot(start, 60),
    timeZone: 'UTC',
  })
  const id = (created.value as { id: string }).id
  const key = start.toISOString().slice(0, 10)
  // Another interview where it will land: the move must show that clash too.
  const target = new Date(start.getTime() + direction * 2 * 3_600_000)
  await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Analyst',
    mode: 'video',
    status: 'confirmed',
    ...slot(target, 60),
    timeZone: 'UTC',
  })

  await page.goto(app.url)
  await goTo(page, key)
  await shortcut(page, 'd')
  const block = column(page, key).getByRole('button', { name: /Kopi Kita/ })
  await block.scrollIntoViewIfNeeded()
  const box = (await block.boundingBox())!
  await page.mouse.move(box.x + box.width / 4, box.y + 10)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 4, box.y + 10 + (direction * HOUR_PX) / 2, { steps: 4 })
  await page.mouse.move(box.x + box.width / 4, box.y + 10 + direction * 2 * HOUR_PX, { steps: 4 })
  await expect(page.locator('.ghost')).toBeVisible()
  await page.mouse.up()

  const move = page.getByRole('dialog', { name: 'Move the interview with Kopi Kita?' })
  await expect(move).toContainText(/gives only \d+ h notice: call first/)
  await expect(move.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await expectAccessible(page, 'move dialog, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAccessible(page, 'move dialog, dark')
  await expect(move).toContainText('Arunika Logistics')
  await move.getByRole('button', { name: 'Propose this time to Kopi Kita' }).click()

  // Nothing moves yet: the reschedule message proposes the dropped time first.
  const composer = page.getByRole('dialog', { name: /Kopi Kita/ })
  const hhmm = target.toISOString().slice(11, 16)
  await expect(
    composer.getByRole('group', { name: 'Proposed times' }).getByRole('listitem').first(),
  ).toContainText(hhmm)
  const stored = await api(app, 'interviews/get', { id })
  expect((stored.value as { startsAt: string }).startsAt).toBe(start.toISOString())
})

test('keyboard: views by letter, arrows move the focus, Enter opens the day, n starts a new interview', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Load sample interviews' }).click()
  await goTo(page, day)
  await shortcut(page, 'm')
  const month = page.getByRole('grid', { name: /March \d{4}/ })
  await expect(month).toBeVisible()
  // English (en-GB) weeks start on Monday.
  await expect(month.getByRole('columnheader').first()).toHaveText('Mon')

  await month.locator(`[data-day="${day}"]`).focus()
  await page.keyboard.press('ArrowRight')
  const next = `${day.slice(0, 8)}10`
  await expect(month.locator(`[data-day="${next}"]`)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(month.locator(`[data-day="${day.slice(0, 8)}17"]`)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/17 March \d{4}/)
  await expect(page.getByRole('button', { name: 'Day', pressed: true })).toBeVisible()

  await shortcut(page, 'w')
  await expect(page.getByRole('button', { name: 'Week', pressed: true })).toBeVisible()
  await shortcut(page, 'a')
  await expect(page.getByRole('button', { name: 'Agenda', pressed: true })).toBeVisible()
  await shortcut(page, 't')
  const today = APP_NOW.slice(0, 10)
  await expect(page.getByLabel('Go to date')).toHaveValue(shown(today))
  await shortcut(page, 'n')
  await expect(page.getByRole('dialog', { name: 'New interview' })).toBeVisible()
})

test('search and filters apply to every view', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Load sample interviews' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(4)

  await page.getByRole('searchbox').fill('bank')
  await expect(page.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByText('1 of 4 interviews shown')).toBeVisible()
  await shortcut(page, 'm')
  const chips = page.getByRole('grid').getByRole('button', { name: /Bank Sentosa/ })
  await expect(chips).toHaveCount(1)
  await expect(page.getByRole('grid').getByRole('button', { name: /Kopi Kita/ })).toHaveCount(0)

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('group', { name: 'Show mode' }).getByRole('button', { name: 'Video call' }).click()
  await shortcut(page, 'a')
  await expect(page.getByRole('listitem').first()).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasNotText: 'Video call' })).toHaveCount(0)
  await page.getByRole('group', { name: 'Show status' }).getByRole('button', { name: 'Cancelled' }).click()
  await expect(page.getByText('No interviews match your search.')).toBeVisible()
})

test('the chosen view and date survive a restart', async ({ page, app }) => {
  await api(app, 'interviews/create', {
    company: 'Anything',
    position: 'Analyst',
    mode: 'phone',
    ...slot(new Date(`${day}T05:00:00Z`), 30),
    timeZone: 'UTC',
  })
  await page.goto(app.url)
  await goTo(page, day)
  await shortcut(page, 'm')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/April \d{4}/)
  await expect
    .poll(async () => (await api(app, 'settings/get')).value)
    .toMatchObject({
      calendarView: 'month',
      calendarDate: `${day.slice(0, 5)}04-09`,
    })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/April \d{4}/)
  await expect(page.getByRole('button', { name: 'Month', pressed: true })).toBeVisible()
})

/**
 * The mode icon a chip or block draws is one of the images the calendar's code loads as it starts
 * (modeIcons.ts), not one the first chips have to wait for: the stylesheet and the script carry the same
 * inlined image.
 */
async function expectIconLoadedFirst(page: Page, selector: string) {
  const image = await page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundImage)
  const url = /^url\("(data:image\/png;base64,[^"]+)"\)$/.exec(image)?.[1]
  expect(url, image).toBeDefined()
  const script = await page.evaluate(async () => {
    const source = document.querySelector<HTMLScriptElement>('script[type="module"]')!.src
    return (await fetch(source)).text()
  })
  expect(script.includes(url!), `the script loads ${url!.slice(0, 60)}…`).toBe(true)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the month and week views, ${scheme} theme`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Load sample interviews' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
    const first = page.getByRole('listitem').first()
    await first.waitFor()
    await shortcut(page, 'w')
    // The week of the first sample (samples start tomorrow).
    const tomorrow = afterAppNow(24).toISOString().slice(0, 10)
    await goTo(page, tomorrow)
    await expect(page.locator('.block').first()).toBeVisible()
    await expectIconLoadedFirst(page, '.timegrid .block')
    await page.screenshot({ path: `test-results/calendar-week-${scheme}.png` })
    await shortcut(page, 'm')
    await expect(page.locator('.chip').first()).toBeVisible()
    await expectIconLoadedFirst(page, '.month-cell > .chip')
    await page.screenshot({ path: `test-results/calendar-month-${scheme}.png` })
  })
}

test('the theme can be chosen in Settings', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Appearance').selectOption('dark')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('month view: drag an interview to another day; day view: drag its lower edge to make it longer', async ({
  page,
  app,
}) => {
  const created = await api(app, 'interviews/create', {
    company: 'Sinar Media',
    position: 'Content Strategist',
    mode: 'video',
    status: 'confirmed',
    ...slot(new Date(`${day}T09:00:00Z`), 60),
    timeZone: 'UTC',
  })
  const id = (created.value as { id: string }).id
  await page.goto(app.url)
  await goTo(page, day)
  await shortcut(page, 'm')
  const chip = page.getByRole('grid').getByRole('button', { name: /Sinar Media/ })
  const to = `${day.slice(0, 8)}11`
  const from = (await chip.boundingBox())!
  const target = (await page.locator(`[role="gridcell"][data-day="${to}"]`).boundingBox())!
  await page.mouse.move(from.x + 10, from.y + 5)
  await page.mouse.down()
  await page.mouse.move(target.x + 20, target.y + target.height - 10, { steps: 6 })
  await expect(page.locator(`[data-day="${to}"].drop-target`)).toBeVisible()
  await page.mouse.up()
  const move = page.getByRole('dialog', { name: 'Move the interview with Sinar Media?' })
  await expect(move).toContainText('09:00–10:00') // same time of day, another day
  await move.getByRole('button', { name: 'They already agreed' }).click()
  await expect(move).toBeHidden()
  // The dialog closes as the move is sent; the store has it once the reply is in.
  await expect
    .poll(async () => (await api(app, 'interviews/get', { id })).value)
    .toMatchObject({ startsAt: `${to}T09:00:00.000Z`, endsAt: `${to}T10:00:00.000Z` })

  // The day view: the lower edge of the block, pulled down half an hour.
  await page.getByRole('button', { name: /^Show 11 March/ }).click()
  const block = column(page, to).getByRole('button', { name: /Sinar Media/ })
  await block.scrollIntoViewIfNeeded() // waits until the view's opening scroll has placed it
  const box = (await block.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2 + HOUR_PX / 2, { steps: 4 })
  await expect(page.locator('.ghost')).toHaveText('09:00–10:30')
  await page.mouse.up()
  await page
    .getByRole('dialog', { name: 'Move the interview with Sinar Media?' })
    .getByRole('button', { name: 'They already agreed' })
    .click()
  await expect
    .poll(async () => ((await api(app, 'interviews/get', { id })).value as { endsAt: string }).endsAt)
    .toBe(`${to}T10:30:00.000Z`)
})
