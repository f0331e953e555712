import type { Page } from '@playwright/test'
import { api, slot, type RunningServer } from '../helpers/server'
import { afterAppNow, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

/**
 * Every visible control of the page, scrolled to the bottom of what shows (where the notices are), and the
 * ones whose centre is not theirs to click: what `elementFromPoint` finds there instead.
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const region = document.querySelector('section.notices')
    const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
      .filter((el) => !region?.contains(el))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    const covered: string[] = []
    for (const el of controls) {
      el.scrollIntoView({ block: 'end', inline: 'nearest' })
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      if (hit && (hit === el || el.contains(hit))) continue
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.id ?? el.tagName).trim()
      const over = hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'
      covered.push(`${el.tagName.toLowerCase()} "${name.slice(0, 40)}" under ${over}`)
    }
    return covered
  })
}

/** Video interviews later today, three hours apart, not yet confirmed: each brings a reminder to confirm. */
async function invite(app: RunningServer, companies: string[]) {
  for (const [index, company] of companies.entries())
    await api(app, 'interviews/create', {
      company,
      position: 'Reporting Analyst',
      mode: 'video',
      meetingUrl: 'https://meet.example.com/abc',
      ...slot(afterAppNow(10 + index * 3), 45),
      timeZone: 'Asia/Jakarta',
    })
}

for (const [width, height] of [
  [1024, 768],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`with several notices showing, every control of every main page can be clicked at its centre (${width} px)`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize({ width, height })
    // Three invitations not yet confirmed, each a reminder the page keeps until it is dismissed.
    await invite(app, ['Arunika Logistics', 'Kopi Kita', 'Bank Sentosa'])
    await page.goto(app.url)
    const notices = page.getByRole('region', { name: 'Notices' })
    // Three collapse to the newest and a count; expanded, all three cards stand in the strip.
    await notices.getByRole('button', { name: '2 more notices' }).click()
    await expect(notices.locator('.notice-card')).toHaveCount(3)

    for (const name of ['Calendar', 'Alerts', 'Follow-ups', 'Data', 'Settings']) {
      // The alerts item also carries its count.
      const item = page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) })
      await item.click()
      await expect(item).toHaveAttribute('aria-current', 'page')
      if (name === 'Settings') {
        await page.getByRole('button', { name: 'Save settings' }).click()
        // Its toast is one more notice in the strip (the page's clock stands still, so it stays): waited for,
        // so the count the strip is dismissed by below has it.
        await expect(notices.getByText('Settings saved.')).toBeVisible()
      }
      await expect(notices.locator('.notice-card')).not.toHaveCount(0)
      expect(await coveredControls(page), name).toEqual([])
      if (name === 'Calendar') {
        // With an interview's details open beside the calendar too.
        await page
          .getByRole('button', { name: /^Kopi Kita/ })
          .first()
          .click()
        await expect(page.getByRole('complementary', { name: 'Kopi Kita' })).toBeVisible()
        expect(await coveredControls(page), 'details').toEqual([])
        await page.screenshot({ path: `test-results/screens/notices-details-${width}.png` })
      }
      if (name === 'Settings')
        await page.screenshot({ path: `test-results/screens/notices-settings-${width}.png` })
    }

    // The strip still dismisses one by one, and the page gets the room back.
    const pageBox = async () => (await page.locator('.app-page').boundingBox())!.height
    const withNotices = await pageBox()
    for (let left = await notices.locator('.notice-card').count(); left > 0; left -= 1) {
      await notices.getByRole('button', { name: 'Dismiss notice' }).first().click()
      await expect(notices.locator('.notice-card')).toHaveCount(left - 1)
    }
    expect(await pageBox()).toBeGreaterThan(withNotices)
    expect(await pageBox()).toBe(height)
  })
}

test('on a 1024 × 768 screen two reminders leave the calendar most of the window', async ({ page, app }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await invite(app, ['Arunika Logistics', 'Bank Sentosa'])
  await page.goto(app.url)
  const notices = page.getByRole('region', { name: 'Notices' })
  const cards = notices.locator('.notice-card')
  await expect(cards).toHaveCount(2)
  // Each message reads across its card, under the title and its buttons, not in a column beside them.
  for (const card of await cards.all()) {
    const message = (await card.locator('.notice-text > p:not(.notice-title)').boundingBox())!
    const open = (await card.getByRole('button', { name: 'Open' }).boundingBox())!
    expect(message.y).toBeGreaterThanOrEqual(open.y + open.height - 1)
    expect(message.width).toBeGreaterThan(330)
  }
  // The strip takes under a fifth of the window (it took a quarter, about 200 px, with the buttons beside).
  expect((await notices.boundingBox())!.height).toBeLessThan(768 / 5)
})
