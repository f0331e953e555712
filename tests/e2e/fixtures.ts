import { test as base, type Page } from '@playwright/test'
import { startServer, type RunningServer } from '../helpers/server'

/** The app's clock in specs that fix it (`test.use({ appClock: APP_NOW })`): Tuesday 1 December 2026, 08:00 WIB. */
export const APP_NOW = '2026-12-01T01:00:00.000Z'

/** An instant `hours` after APP_NOW. */
export const afterAppNow = (hours: number) => new Date(Date.parse(APP_NOW) + hours * 3_600_000)

/** Days after the app's clock, at a UTC hour, as an ISO instant. */
export const ahead = (days: number, hour: number, minute = 0) => {
  const at = new Date(APP_NOW)
  at.setUTCDate(at.getUTCDate() + days)
  at.setUTCHours(hour, minute, 0, 0)
  return at.toISOString()
}

/**
 * Every test gets its own server on its own fresh database file. With `appClock`, the server starts with
 * `--clock` and the page's clock is set to the same instant, so both sides agree on "now" and the times a
 * test builds do not depend on the day it runs.
 */
export const test = base.extend<{ appClock: string | undefined; app: RunningServer }>({
  appClock: [undefined, { option: true }],
  app: async ({ appClock, page }, use) => {
    // Date only: the page's timers and animation frames keep running as usual.
    if (appClock) await page.clock.setFixedTime(new Date(appClock))
    const server = await startServer(appClock ? { args: ['--clock', appClock] } : {})
    await use(server)
    await server.stop()
  },
})

export { expect } from '@playwright/test'

/** Opens the new-interview form on the app, pastes an invitation's text and asks the form to read it. */
export async function pasteInvitation(page: Page, url: string, text: string) {
  await page.goto(url)
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New interview' })
  await dialog.getByRole('button', { name: 'Paste invitation' }).click()
  await dialog.getByLabel('Invitation text').fill(text)
  await dialog.getByRole('button', { name: 'Fill in from this text' }).click()
  return dialog
}

/** Opens an interview's details beside the calendar from its agenda card (the agenda is the first view). */
export async function openDetails(page: Page, url: string, company: string) {
  await page.goto(url)
  await page
    .getByRole('listitem')
    .filter({ hasText: company })
    .getByRole('button', { name: company, exact: true })
    .click()
  return page.getByRole('complementary')
}
