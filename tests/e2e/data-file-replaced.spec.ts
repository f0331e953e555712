import { rmSync } from 'node:fs'
import { api } from '../helpers/server'
import { afterAppNow, APP_NOW, test, expect } from './fixtures'

test.use({ appClock: APP_NOW })

test('the data file removed under the running app: the next call shows the way out, and reopening works', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Gone with the file',
    position: 'Analyst',
    mode: 'phone',
    startsAt: afterAppNow(48).toISOString(),
    endsAt: afterAppNow(49).toISOString(),
    timeZone: 'Asia/Jakarta',
  })
  await page.goto(app.url)
  await expect(page.getByText('Gone with the file').first()).toBeVisible()
  for (const suffix of ['', '-wal', '-shm']) rmSync(app.dbFile + suffix, { force: true })

  // Any call now finds the file gone; opening the Data page makes a few. The app's own calls (an alerts
  // refresh) may find it first and bring up the way out while a pointer click is on its way: a click at the
  // Data button's place could then land on a button of the new screen. So the button is clicked in the page,
  // and only while it is there.
  await page.evaluate(() => {
    const nav = document.querySelector('nav')
    const data = [...(nav?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Data')
    data?.click()
  })
  await expect(page.getByRole('heading', { name: 'The data file was removed or replaced' })).toBeVisible()
  await page.getByRole('button', { name: 'Reopen the data file' }).click()
  await expect(page.getByRole('button', { name: 'New interview' }).first()).toBeVisible()
  expect(await api(app, 'interviews/list')).toEqual({ ok: true, value: [] })
})
