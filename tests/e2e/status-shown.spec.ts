import { api } from '../helpers/server'
import { ahead, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

const interview = (company: string) => ({
  company,
  position: 'Analyst',
  mode: 'video',
  meetingUrl: 'https://meet.example.com/abc',
  startsAt: ahead(3, 3),
  endsAt: ahead(3, 4),
  timeZone: 'UTC',
  status: 'invited',
})

test('a chosen status is drawn at once, while the store is still writing it, and kept once stored', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', interview('Bank Sentosa'))
  // The store's answer is held until the test lets it through.
  let release = () => {}
  const held = new Promise<void>((done) => (release = done))
  await page.route('**/api/interviews/update', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(app.url)
  const item = page.getByRole('listitem').filter({ hasText: 'Bank Sentosa' })
  const status = item.getByLabel('Status of Bank Sentosa')
  await status.selectOption('confirmed')

  await expect(status).toHaveValue('confirmed')
  await expect(status).toHaveClass(/status-confirmed/)
  // Not reported as stored before the store said so.
  await expect(page.getByRole('status')).not.toContainText('status is now')

  release()
  await expect(page.getByRole('status')).toContainText('Bank Sentosa: status is now Confirmed.')
  await page.reload()
  await expect(page.getByLabel('Status of Bank Sentosa')).toHaveValue('confirmed')
})

test('a status the store refuses is put back to what is stored, with the reason', async ({ page, app }) => {
  const created = (await api(app, 'interviews/create', interview('Kopi Kita'))).value as { id: string }
  // The data file is busy (another program holds it): the write is refused as the server refuses it.
  await page.route('**/api/interviews/update', (route) =>
    route.fulfill({
      json: { ok: false, error: { code: 'BUSY', message: 'database is locked' } },
    }),
  )
  await page.goto(app.url)
  const status = page.getByRole('listitem').filter({ hasText: 'Kopi Kita' }).getByLabel('Status of Kopi Kita')
  await status.selectOption('confirmed')

  await expect(page.getByRole('status')).toContainText('The data file is busy. Nothing was changed')
  await expect(status).toHaveValue('invited')
  await expect(status).toHaveClass(/status-invited/)
  await expect(page.getByRole('status')).not.toContainText('status is now')
  expect((await api(app, 'interviews/get', { id: created.id })).value).toMatchObject({ status: 'invited' })
})
