import { writeFileSync } from 'node:fs'
import { startServer } from '../helpers/server'
import { test, expect } from './fixtures'

test('settings are validated by name and saved', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Full name').fill('Budi Santoso')
  await page.getByLabel('Email').fill('budi@')
  await page.getByLabel('Late notice below (hours)').fill('72')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('Email is not a valid email address')
  await expect(page.getByLabel('Late notice below (hours)')).toHaveAccessibleDescription(
    'Late notice below (hours) must be fewer hours than the short-notice line',
  )

  await page.getByLabel('Email').fill('budi@example.com')
  await page.getByLabel('Late notice below (hours)').fill('24')
  await page.getByLabel('Your time zone').selectOption('Asia/Jakarta')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status')).toContainText('Settings saved.')
  await page.reload()
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByLabel('Full name')).toHaveValue('Budi Santoso')
  await expect(page.getByLabel('Your time zone')).toHaveValue('Asia/Jakarta')
})

test('back up now and see the backup listed', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Data', exact: true }).click()
  const backups = page.getByRole('region', { name: 'Backups' })
  await expect(backups.getByRole('row')).toHaveCount(1)
  await backups.getByRole('button', { name: 'Back up now' }).click()
  await expect(backups.getByRole('row')).toHaveCount(2)
  await expect(backups.getByRole('row').first()).toContainText('made by you')
})

test('a damaged database shows the recovery screen; restoring the newest backup keeps the damaged file aside', async ({
  page,
}) => {
  const first = await startServer()
  await first.stop()
  writeFileSync(first.dbFile, 'this is not a database at all, just words')
  const app = await startServer({ dbFile: first.dbFile })
  try {
    // The page's clock stands still, so the toast about the damaged file stays until it is read.
    await page.clock.setFixedTime(new Date())
    await page.goto(app.url)
    await expect(page.getByRole('heading', { name: 'Your database cannot be opened' })).toBeVisible()
    await expect(page.getByText(first.dbFile)).toBeVisible()
    await page.getByRole('button', { name: 'Restore backup of' }).click()
    await expect(page.getByRole('navigation').getByRole('button', { name: 'Calendar' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(page.getByRole('status')).toContainText('The damaged file was kept as')
  } finally {
    await app.stop()
  }
})
