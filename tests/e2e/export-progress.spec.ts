import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startServer } from '../helpers/server'
import { seedStoreFile } from '../helpers/seedStore'
import { APP_NOW } from './fixtures'

test('a calendar of 10 000 interviews is exported with its progress shown', async ({ page }) => {
  test.setTimeout(120_000)
  const dbFile = join(mkdtempSync(join(tmpdir(), 'interview-desk-')), 'interviews.sqlite3')
  await seedStoreFile(dbFile, 10_000, Date.parse(APP_NOW))
  const app = await startServer({ dbFile, args: ['--clock', APP_NOW] })
  try {
    await page.clock.setFixedTime(new Date(APP_NOW))
    await page.goto(app.url)
    // The export's answer is held until its progress has been read, so a quick machine cannot finish
    // the export between two looks at the bar. The server still writes the whole file meanwhile.
    let release = () => {}
    const read = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/ics/export', async (route) => {
      const response = await route.fetch()
      await read
      await route.fulfill({ response })
    })
    await page.getByRole('button', { name: 'Data', exact: true }).click()
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      (async () => {
        await page.getByRole('button', { name: 'Calendar (.ics)' }).click()
        const status = page.getByRole('status').filter({ hasText: 'Writing the calendar file' })
        try {
          await expect(status).toContainText(/: [\d,]+ of 10,000 interviews…/)
          await expect(status.getByRole('progressbar')).toHaveAttribute('max', '10000')
        } finally {
          release()
        }
      })(),
    ])
    const text = readFileSync(await file.path(), 'utf8')
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(10_000)
    // Once written, the progress goes away and the button can be used again.
    await expect(page.getByRole('status').filter({ hasText: 'Writing the calendar file' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Calendar (.ics)' })).toBeEnabled()
  } finally {
    await app.stop()
  }
})
