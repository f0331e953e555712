import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { api } from '../helpers/server'
import { afterAppNow, APP_NOW, test, expect } from './fixtures'

test.use({ appClock: APP_NOW })

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
const google = readFileSync(join(__dirname, '../fixtures/ics/google-invite.ics'), 'utf8')

test.describe('past midnight in Jakarta, still the day before in UTC', () => {
  test.use({ appClock: '2026-11-30T18:30:00.000Z' })

  test('a file exported is named for the day in the user’s zone', async ({ page, app }) => {
    expect((await api(app, 'settings/update', { timeZone: 'Asia/Jakarta' })).ok).toBe(true)
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Data', exact: true }).click()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Calendar (.ics)' }).click(),
    ])
    expect(file.suggestedFilename()).toBe('interviews-2026-12-01.ics')
  })
})

test('paste an invitation: preview first, then import; it appears in the agenda; export as .ics', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Data', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Import invitations (.ics)' })
  await panel.getByLabel('Or paste the contents of an .ics file').fill(google)
  await panel.getByRole('button', { name: 'Preview' }).click()
  await expect(panel.getByText('1 to add, 0 to update, 0 skipped.')).toBeVisible()
  await expect(panel.getByRole('row')).toContainText(['AddPT Nusantara Data RayaData Analyst'])
  expect(await api(app, 'interviews/list')).toMatchObject({ value: [] })

  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added, 0 updated, 0 skipped.' })).toBeVisible()
  await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'PT Nusantara Data Raya' })).toContainText(
    'meet.google.com',
  )

  await page.getByRole('button', { name: 'Data', exact: true }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Calendar (.ics)' }).click(),
  ])
  expect(file.suggestedFilename()).toMatch(/^interviews-\d{4}-\d{2}-\d{2}\.ics$/)
  expect(readFileSync(await file.path(), 'utf8')).toContain('X-INTERVIEW-DESK-COMPANY:PT Nusantara Data Raya')
})

test('script and HTML in every text field stay inert text; a javascript: link is refused', async ({
  page,
  app,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`)
  })
  const created = await api(app, 'interviews/create', {
    company: `Co ${XSS}`,
    position: `Pos ${XSS}`,
    mode: 'onsite',
    location: `Loc ${XSS}`,
    notes: `Notes ${XSS}`,
    referenceNumber: `R<b>1</b>`,
    contact: { name: `Name ${XSS}` },
    startsAt: afterAppNow(5 * 24).toISOString(),
    endsAt: afterAppNow(5 * 24 + 1).toISOString(),
    timeZone: 'UTC',
    status: 'confirmed',
  })
  expect(created.ok).toBe(true)
  const hostile = google.replace(
    'SUMMARY:Interview: Data Analyst - PT Nusantara Data Raya',
    `SUMMARY:Imported ${XSS.replace(/,/g, '\\,').replace(/;/g, '\\;')}`,
  )
  expect(await api(app, 'ics/import', { text: hostile })).toMatchObject({ ok: true, value: { imported: 1 } })
  expect(
    await api(app, 'interviews/create', {
      company: 'A',
      position: 'B',
      mode: 'video',
      meetingUrl: 'javascript:alert(1)',
      startsAt: '2027-01-04T03:00:00Z',
      endsAt: '2027-01-04T04:00:00Z',
      timeZone: 'UTC',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', issues: [{ path: 'meetingUrl' }] },
  })

  await page.goto(app.url)
  const item = page.getByRole('listitem').filter({ hasText: 'Co <img' })
  await expect(item).toContainText(`Co ${XSS}`)
  await expect(item).toContainText(`Loc ${XSS}`)
  await page.getByRole('listitem').filter({ hasText: 'Imported <img' }).waitFor()
  await item.getByRole('button', { name: 'Cancel…' }).click()
  const composer = page.getByRole('dialog')
  await composer.getByLabel('Reason').selectOption('personal')
  await composer.getByLabel('Short detail (optional)').fill(XSS)
  await expect(composer.getByLabel('Text')).toHaveValue(
    new RegExp(XSS.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  )
  await composer.getByRole('button', { name: 'Mark as sent' }).click()
  // Each page is checked once the hostile names are drawn on it, and again after a moment (an image's error
  // handler would run once its load had failed).
  const harmless = async () => {
    await expect(page.locator('img[src="x"], b')).toHaveCount(0)
    await expect(page.locator('script')).toHaveCount(1)
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()
  }
  await page.getByRole('button', { name: 'Follow-ups' }).click()
  await expect(page.getByRole('main')).toContainText(`Co ${XSS}`)
  await harmless()
  await page.getByRole('button', { name: 'Alerts' }).click()
  await expect(page.getByRole('main')).toContainText(`Co ${XSS}`)
  await harmless()

  await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click()
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const form = page.getByRole('dialog', { name: 'New interview' })
  await form.getByLabel('Format').selectOption('video')
  await form.getByLabel('Meeting link').fill('javascript:alert(1)')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form.getByLabel('Meeting link')).toHaveAccessibleDescription(
    'Meeting link must be a web link starting with https:// or http://',
  )
})

test('a data file over the 8 MB limit is refused when chosen, unread: too large, nothing changed', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Still here',
    position: 'Analyst',
    mode: 'phone',
    startsAt: afterAppNow(48).toISOString(),
    endsAt: afterAppNow(49).toISOString(),
    timeZone: 'Asia/Jakarta',
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Data' }).click()
  // From a file on disk: the browser reads it there, and the test does not send 8 MB through Playwright.
  const huge = join(mkdtempSync(join(tmpdir(), 'interview-desk-')), 'huge.json')
  writeFileSync(
    huge,
    JSON.stringify({ format: 'interview-desk', padding: 'x'.repeat(8 * 1024 * 1024 + 100_000) }),
  )
  await page.getByLabel('Choose JSON file').setInputFiles(huge)
  await expect(page.getByText('This file is too large (limit 8 MB).')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Merge' })).toBeDisabled()
  await expect(page.getByText(/^Selected file:/)).toBeHidden()
  expect(await api(app, 'interviews/list')).toMatchObject({ ok: true, value: [{ company: 'Still here' }] })
  rmSync(dirname(huge), { recursive: true })
})

test('replace everything: the app backs up the current data itself, then replaces', async ({ page, app }) => {
  const interview = (company: string, hours: number) => ({
    company,
    position: 'Analyst',
    mode: 'phone',
    startsAt: afterAppNow(hours).toISOString(),
    endsAt: afterAppNow(hours + 1).toISOString(),
    timeZone: 'Asia/Jakarta',
  })
  await api(app, 'interviews/create', interview('In the file', 48))
  const exported = (await api(app, 'data/export', { format: 'json' })).value as { text: string }
  await api(app, 'interviews/create', interview('Not in the file', 72))
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Data' }).click()
  await page
    .getByLabel('Choose JSON file')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) })
  await expect(page.getByText(/^Selected file: export\.json \(\d+ KB\)$/)).toBeVisible()
  await page.getByRole('button', { name: 'Replace', exact: true }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click()
  await expect(
    page.getByText('Replaced: 1 interviews from the file. The previous data was backed up first.'),
  ).toBeVisible()
  expect(await api(app, 'interviews/list')).toMatchObject({ value: [{ company: 'In the file' }] })
  const backups = (await api(app, 'backup/list')).value as { file: string }[]
  expect(backups.filter((backup) => backup.file.endsWith('-pre-import.sqlite3'))).toHaveLength(1)
})
