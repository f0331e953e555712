import { api, slot } from '../helpers/server'
import { afterAppNow, ahead, APP_NOW, test, expect } from './fixtures'

test.use({ appClock: APP_NOW })

test('two clashing interviews: the form previews the clash, the alert and the advice appear', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Bank Sentosa',
    position: 'BI Officer',
    mode: 'onsite',
    location: 'Sentosa Tower, BSD',
    startsAt: ahead(6, 3),
    endsAt: ahead(6, 4, 30),
    timeZone: 'UTC',
    status: 'confirmed',
    priority: 5,
  })
  await page.goto(app.url)
  await expect(page.getByRole('listitem')).toHaveCount(1)

  await page.getByRole('button', { name: 'New interview' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New interview' })
  await dialog.getByLabel('Company').fill('Kopi Kita')
  await dialog.getByLabel('Position').fill('Data Engineer')
  await dialog.getByLabel('Date').fill(ahead(6, 0).slice(0, 10))
  await dialog.getByLabel('Time zone').selectOption('UTC')
  await dialog.getByLabel('Priority (1–5)').selectOption('2')
  await dialog.getByLabel('Start').fill('04:00')
  await dialog.getByLabel('End').fill('05:00')
  const preview = dialog.getByRole('region', { name: 'Checks for this time' })
  await expect(preview).toContainText('Overlaps Bank Sentosa (03:00–04:30).')

  // Move it after the first one, at another place: now it is a travel problem, previewed live.
  await dialog.getByLabel('Start').fill('05:00')
  await dialog.getByLabel('End').fill('06:00')
  await dialog.getByLabel('Address').fill('Menara Sudirman, Jakarta')
  await expect(preview).toContainText(
    'Only 30 min between Bank Sentosa and this interview, but getting from Sentosa Tower to Menara Sudirman takes about 60 min.',
  )
  await dialog.getByLabel('Start').fill('04:00')
  await dialog.getByLabel('End').fill('05:00')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  const kopi = page.getByRole('listitem').filter({ hasText: 'Kopi Kita' })
  await expect(kopi.getByText('Overlap', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Alerts/ })).toContainText('1')

  await page.getByRole('button', { name: /^Alerts/ }).click()
  const overlap = page.getByRole('listitem').filter({ hasText: 'overlap on' })
  await expect(overlap).toContainText('Bank Sentosa (03:00–04:30) and Kopi Kita (04:00–05:00) overlap on')
  await expect(overlap).toContainText(
    'Advice: Move or drop Kopi Kita: it matters less to you than Bank Sentosa.',
  )
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'If you move or cancel the interview with Kopi Kita, tell them before' }),
  ).toContainText("48 hours' notice")

  // Open shows the interview in its week, with its details and the same alerts beside it.
  await overlap.getByRole('button', { name: 'Open Kopi Kita' }).click()
  const details = page.getByRole('complementary', { name: 'Kopi Kita' })
  await expect(details).toContainText('Bank Sentosa (03:00–04:30) and Kopi Kita (04:00–05:00) overlap on')
  await expect(page.getByRole('button', { name: 'Week', pressed: true })).toBeVisible()
  await details.getByRole('button', { name: 'Edit' }).click()
  await expect(page.getByRole('dialog', { name: 'Edit interview' }).getByLabel('Company')).toHaveValue(
    'Kopi Kita',
  )
})

test('a recorded travel time changes the travel check', async ({ page, app }) => {
  const onsite = (company: string, location: string, start: string, end: string) =>
    api(app, 'interviews/create', {
      company,
      position: 'Analyst',
      mode: 'onsite',
      location,
      startsAt: start,
      endsAt: end,
      timeZone: 'UTC',
      status: 'confirmed',
    })
  await onsite('Pagi', 'Kuningan City', ahead(6, 2), ahead(6, 3))
  await onsite('Siang', 'Menara Sudirman', ahead(6, 3, 30), ahead(6, 4, 30))
  await page.goto(app.url)
  await page.getByRole('button', { name: /^Alerts/ }).click()
  await expect(page.getByText('Only 30 minutes between Pagi and Siang')).toBeVisible()

  await page.getByRole('button', { name: 'Settings' }).click()
  const travel = page.getByRole('region', { name: 'Travel times' })
  await travel.getByLabel('From').fill('Kuningan')
  await travel.getByLabel('To').fill('Sudirman')
  await travel.getByLabel('Minutes').fill('20')
  await travel.getByRole('button', { name: 'Add' }).click()
  await expect(travel.getByText('Kuningan ↔ Sudirman: 20 min')).toBeVisible()

  await page.getByRole('button', { name: /^Alerts/ }).click()
  await expect(page.getByText('Only 30 minutes between Pagi and Siang')).toBeHidden()
  await expect(page.getByRole('listitem').filter({ hasText: 'Same day' })).toBeVisible()
})

test('browser mode shows a due reminder in the page, once; Open takes the user to the interview', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Reporting Analyst',
    mode: 'phone',
    ...slot(afterAppNow(10), 30),
    timeZone: 'UTC',
  })
  await page.goto(app.url)
  const reminders = page.getByRole('region', { name: 'Notices' })
  await expect(reminders).toContainText('Arunika Logistics on')
  await expect(reminders).toContainText('is not confirmed yet: confirm that you will attend.')
  await reminders.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByRole('complementary', { name: 'Arunika Logistics' })).toContainText(
    'Reporting Analyst',
  )

  await expect
    .poll(async () => (await api(app, 'settings/get')).value)
    .toMatchObject({ calendarView: 'week' })
  // No reminder once the page has asked for the due ones and drawn the answer.
  const due = page.waitForResponse('**/api/reminders/due')
  await page.reload()
  await expect(page.getByRole('button', { name: /Arunika Logistics, Reporting Analyst/ })).toBeVisible()
  await (await due).finished()
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))))
  await expect(page.getByText(/Arunika Logistics on/)).toHaveCount(0)
})

test('a reminder card is worded from its code: it follows the language chosen after it arrived', async ({
  page,
  app,
}) => {
  await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Reporting Analyst',
    mode: 'phone',
    ...slot(afterAppNow(10), 30),
    timeZone: 'UTC',
  })
  await page.goto(app.url)
  const notices = page.getByRole('region', { name: 'Notices' })
  await expect(notices).toContainText('Arunika Logistics on')
  await page.getByLabel('Language', { exact: true }).selectOption('id')
  const pemberitahuan = page.getByRole('region', { name: 'Pemberitahuan' })
  await expect(pemberitahuan).toContainText(
    'Anda belum mengonfirmasi wawancara dengan Arunika Logistics pada',
  )
  await expect(pemberitahuan).toContainText(/pukul \d\d\.\d\d UTC: konfirmasikan bahwa Anda akan hadir\./)
  await expect(pemberitahuan.getByRole('button', { name: 'Buka' })).toBeVisible()
})
