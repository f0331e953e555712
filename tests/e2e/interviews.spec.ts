import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { test, expect } from './fixtures'

const day = `${new Date().getUTCFullYear() + 1}-03-09`
const dayHeading = format(new Date(`${day}T12:00:00Z`), 'EEEE, d MMMM yyyy', { locale: enGB })

test('create an interview through the form, see it in the agenda, edit it, reload: still there', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible()
  await page.getByRole('button', { name: 'New interview' }).first().click()

  const dialog = page.getByRole('dialog', { name: 'New interview' })
  await dialog.getByLabel('Company').fill('PT Nusantara Data Raya')
  await dialog.getByLabel('Position').fill('Data Analyst')
  await dialog.getByLabel('Date').fill(day)
  await dialog.getByLabel('Start').fill('10:00')
  await dialog.getByLabel('End').fill('11:30')
  await dialog.getByLabel('Time zone').selectOption('Asia/Jakarta')
  await dialog.getByLabel('Address').fill('Menara Sudirman Lt. 12, Jakarta')
  await dialog.getByLabel('Name').fill('Rina Kartika')
  await dialog.getByLabel('Email').fill('rina@example.co.id')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  // The user's zone is UTC here: 10:00 WIB is 03:00 UTC, and the interview's own time is shown too.
  const item = page.getByRole('listitem').filter({ hasText: 'PT Nusantara Data Raya' })
  await expect(item).toContainText('03:00–04:30')
  await expect(item).toContainText('10:00 in WIB')
  await expect(item).toContainText('Menara Sudirman')
  await expect(page.getByRole('heading', { level: 2, name: dayHeading })).toBeVisible()

  await item.getByRole('button', { name: 'Edit: PT Nusantara Data Raya' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit interview' })
  await expect(edit.getByLabel('Start')).toHaveValue('10:00')
  await edit.getByLabel('Position').fill('Senior Data Analyst')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(edit).toBeHidden()

  await page.reload()
  const reloaded = page.getByRole('listitem').filter({ hasText: 'PT Nusantara Data Raya' })
  await expect(reloaded).toContainText('Senior Data Analyst')
  await expect(reloaded).toContainText('03:00–04:30')
})

test('an invalid form shows the field message and saves nothing until it is fixed', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New interview' })
  await dialog.getByLabel('Position').fill('Analyst')
  await dialog.getByLabel('End').fill('09:00')
  await dialog.getByRole('button', { name: 'Save' }).click()

  await expect(dialog.getByLabel('Company')).toHaveAccessibleDescription('Company is required')
  await expect(dialog.getByLabel('End')).toHaveAccessibleDescription('End must be after the start')
  await expect(dialog.getByLabel('Company')).toBeFocused()
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the highlighted fields.')

  await dialog.getByLabel('Company').fill('Acme')
  await dialog.getByLabel('End').fill('11:00')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('listitem').filter({ hasText: 'Acme' })).toBeVisible()
})

test('switch the language to Indonesian; it stays after a reload', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible()
  await page.getByLabel('Language').selectOption('id')
  await expect(page.getByRole('heading', { name: 'Belum ada wawancara' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Pengaturan' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Belum ada wawancara' })).toBeVisible()
  await page.getByRole('button', { name: 'Muat contoh wawancara' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Besok · / })).toBeVisible()

  await page.getByLabel('Bahasa', { exact: true }).selectOption('en')
  await expect(page.getByRole('heading', { level: 2, name: /^Tomorrow · / })).toBeVisible()
})

test('sample interviews on first run; change a status; delete with confirmation', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Load sample interviews' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(4)

  const bank = page.getByRole('listitem').filter({ hasText: 'Bank Sentosa Makmur' })
  await bank.getByLabel('Status of Bank Sentosa Makmur').selectOption('confirmed')
  // Stored once it is reported, and only then reloaded.
  await expect(page.getByRole('status')).toContainText('Bank Sentosa Makmur: status is now Confirmed.')
  await page.reload()
  await expect(page.getByLabel('Status of Bank Sentosa Makmur')).toHaveValue('confirmed')

  await page.getByRole('button', { name: 'Delete: Arunika Logistics' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete this interview?' })
  await expect(confirm).toContainText('Arunika Logistics')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(4)

  await page.getByRole('button', { name: 'Delete: Arunika Logistics' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('status')).toContainText('Interview with Arunika Logistics deleted.')
})
