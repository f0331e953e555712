import { api } from '../helpers/server'
import { expect, test } from './fixtures'

const companies = async (app: Parameters<typeof api>[0]) =>
  ((await api(app, 'interviews/list')).value as { company: string }[]).map((i) => i.company).sort()

test('samples go in one click and come back with Undo; a deleted interview is gone for good after 10 s unless undone', async ({
  page,
  app,
}) => {
  // The page's clock runs as usual, and is moved on past the undo time instead of the test waiting it out.
  await page.clock.install()
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Load sample interviews' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(4)

  await page.getByRole('button', { name: 'Remove the samples' }).click()
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(4)
  expect(await companies(app)).toHaveLength(4)

  // Deleting one: hidden at once, still undoable, deleted in the database once the undo time is over.
  await page.getByRole('button', { name: 'Delete: Arunika Logistics' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('status')).toContainText('Interview with Arunika Logistics deleted.')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
  expect(await companies(app)).toContain('Arunika Logistics')
  await page.clock.runFor(8_000)
  expect(await companies(app)).toContain('Arunika Logistics')
  await page.clock.runFor(2_500)
  await expect.poll(() => companies(app)).not.toContain('Arunika Logistics')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden()
})
