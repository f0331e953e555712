import type { Page } from '@playwright/test'
import { api, slot } from '../helpers/server'
import { afterAppNow, APP_NOW, test, expect, openDetails } from './fixtures'
// Times are built from the app's fixed clock, not from the day the suite runs.
test.use({ appClock: APP_NOW })

/** The user's zone is the server's (UTC here); one hour is 48 px in the day view. */
const HOUR_PX = 48
const column = (page: Page, key: string) => page.locator(`[role="gridcell"][data-timed][data-day="${key}"]`)

async function shortcut(page: Page, key: string) {
  await page.locator('h1').click()
  await page.keyboard.press(key)
}

test('drag proposes a time; the calendar holds it until they choose; the answer moves, confirms and offers the confirmation; the timeline keeps every step', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000)
  await api(app, 'settings/update', {
    userName: 'Budi Santoso',
    workingHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '17:00' },
  })
  const start = afterAppNow(5 * 24)
  start.setUTCHours(3, 0, 0, 0)
  const key = start.toISOString().slice(0, 10)
  const created = await api(app, 'interviews/create', {
    company: 'Kopi Kita',
    position: 'Barista Lead',
    mode: 'video',
    status: 'invited',
    ...slot(start, 60),
    timeZone: 'UTC',
    contact: { name: 'Dewi Lestari', email: 'dewi@example.com' },
  })
  const id = (created.value as { id: string }).id

  await page.goto(app.url)
  await page.getByLabel('Go to date').fill(key)
  await shortcut(page, 'd')
  const block = column(page, key).getByRole('button', { name: /^03:00–04:00, Kopi Kita/ })
  await block.scrollIntoViewIfNeeded()
  const box = (await block.boundingBox())!
  await page.mouse.move(box.x + box.width / 4, box.y + 10)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 4, box.y + 10 + HOUR_PX, { steps: 4 })
  await page.mouse.move(box.x + box.width / 4, box.y + 10 + 2 * HOUR_PX, { steps: 4 })
  await page.mouse.up()

  const move = page.getByRole('dialog', { name: 'Move the interview with Kopi Kita?' })
  await expect(move).toContainText('Nothing moves until Kopi Kita answers')
  await move.getByRole('button', { name: 'Propose this time to Kopi Kita' }).click()

  const composer = page.getByRole('dialog', { name: 'Ask to reschedule — Kopi Kita' })
  const proposed = composer.getByRole('group', { name: 'Proposed times' }).getByRole('listitem')
  await expect(proposed.first()).toContainText('05:00')
  await expect(proposed).toHaveCount(3)
  await expect(composer.getByLabel('Send by')).toHaveValue('email')
  await composer.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(composer).toBeHidden()

  // The interview stays where it was agreed; the proposed time is held beside it, hatched.
  await expect(block).toBeVisible()
  const hold = column(page, key).getByRole('button', { name: /^05:00–06:00, time proposed to Kopi Kita/ })
  await expect(hold).toBeVisible()
  await expect(hold).toHaveClass(/hold/)
  await expect(page.locator('.block.hold, .chip.hold')).toHaveCount(1) // the other two are on other days
  for (const view of ['w', 'm', 'a']) {
    await shortcut(page, view)
    await expect(page.getByRole('button', { name: /time proposed to Kopi Kita/ }).first()).toBeVisible()
  }
  await page.reload()
  await shortcut(page, 'd')
  await expect(hold).toBeVisible()
  await expect(block).toBeVisible()

  // They chose the dropped time: it moves there, is confirmed, and the confirmation is offered.
  await block.click()
  const details = page.getByRole('complementary')
  await expect(details.getByRole('heading', { name: 'Waiting for their answer' })).toBeVisible()
  await details.getByRole('button', { name: /^They chose .*05:00–06:00/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Confirm attendance — Kopi Kita' })
  // It confirms the new time they agreed to, and thanks them for moving it.
  await expect(confirm.getByLabel('Text')).toHaveValue(
    /confirm that I will join the video interview at the new time we agreed, on /,
  )
  await expect(confirm.getByLabel('Text')).toHaveValue(/Thank you for agreeing to reschedule the interview\./)
  await expect(confirm.getByLabel('Subject')).toHaveValue(/^Confirmation of the New Interview Time – /)
  await expect(page.getByRole('status')).toContainText('Kopi Kita: status is now Confirmed.')
  await confirm.getByLabel('Text').press('Escape')
  await expect(confirm).toBeHidden()

  const stored = (await api(app, 'interviews/get', { id })).value as Record<string, unknown>
  expect(stored).toMatchObject({ status: 'confirmed', startsAt: `${key}T05:00:00.000Z` })
  expect(stored).not.toHaveProperty('reschedule')

  await page.reload()
  await shortcut(page, 'd')
  // The day is drawn (the interview at its new time) before no hold is looked for.
  const moved = column(page, key).getByRole('button', { name: /^05:00–06:00, Kopi Kita/ })
  await expect(moved).toBeVisible()
  await expect(page.locator('.hold')).toHaveCount(0)
  await moved.click()
  const timeline = page.getByRole('complementary').getByRole('region', { name: 'History' })
  const steps = timeline.getByRole('listitem')
  // The answer's own steps lead, with the task it set: to confirm the new time in writing (the draft offered
  // with the answer was closed unsent).
  await expect(steps.filter({ hasText: 'Status: Invited → Confirmed' })).toHaveCount(1)
  const task = steps.filter({ hasText: 'Confirm in writing' })
  await expect(task).toHaveCount(1)
  await expect(task).not.toContainText(' · done ')
  await expect(timeline).toContainText(/They chose .*05:00–06:00/)
  await expect(timeline).toContainText(/Moved from .*03:00–04:00 to .*05:00–06:00/)
  await expect(timeline).toContainText(/Reschedule requested, proposing .*05:00–06:00/)
  await expect(timeline).toContainText('Reschedule request sent')
  await expect(timeline).toContainText(/Added for .*03:00–04:00/)
  // The chase closed itself when the answer came.
  await expect(steps.filter({ hasText: 'Ask about the reschedule request' })).toContainText(' · done ')
})

test('a chase opens a short message on a channel the contact has; a refusal keeps the time and offers the reply', async ({
  page,
  app,
}) => {
  const start = afterAppNow(6 * 24)
  start.setUTCHours(3, 0, 0, 0)
  const created = await api(app, 'interviews/create', {
    company: 'Arunika Logistics',
    position: 'Reporting Analyst',
    mode: 'phone',
    status: 'confirmed',
    ...slot(start, 30),
    timeZone: 'UTC',
    contact: { name: 'Michael Tan', phone: '+65 6555 0199' },
  })
  const id = (created.value as { id: string }).id
  const proposed = slot(new Date(start.getTime() + 86_400_000), 30)
  await api(app, 'drafts/markSent', {
    interviewId: id,
    kind: 'reschedule',
    channel: 'whatsapp',
    language: 'en',
    body: 'Could we move it?',
    alternatives: [proposed],
  })
  const details = await openDetails(page, app.url, 'Arunika Logistics')
  await details.getByRole('button', { name: 'Chase the reschedule' }).click()
  const chase = page.getByRole('dialog', { name: 'Ask about the reschedule request — Arunika Logistics' })
  await expect(chase.getByLabel('Send by')).toHaveValue('whatsapp') // no email address: never an email task
  await expect(chase.getByLabel('Text')).toHaveValue(/follow up on my request/)
  await chase.getByLabel('Text').press('Escape')

  await details.getByRole('button', { name: 'They refused' }).click()
  const reply = page.getByRole('dialog', { name: 'Reply to a refused reschedule — Arunika Logistics' })
  await expect(reply.getByLabel('Text')).toHaveValue(/cannot be rescheduled\. I completely understand/)
  await reply.getByLabel('Text').press('Escape')
  await expect(details.getByRole('heading', { name: 'Waiting for their answer' })).toBeHidden()
  const stored = (await api(app, 'interviews/get', { id })).value as Record<string, unknown>
  expect(stored).toMatchObject({ startsAt: start.toISOString(), status: 'confirmed' })
  await expect(details.getByRole('region', { name: 'History' })).toContainText(
    'They refused the reschedule; the original time stays',
  )
})

test('status guardrails: no future completion; a no-show asks first and offers the apology; the toast undoes it', async ({
  page,
  app,
}) => {
  const past = afterAppNow(-3)
  await api(app, 'interviews/create', {
    company: 'Sinar Media',
    position: 'Content Strategist',
    mode: 'video',
    status: 'confirmed',
    ...slot(past, 60),
    timeZone: 'UTC',
  })
  await api(app, 'interviews/create', {
    company: 'Kopi Kita',
    position: 'Barista Lead',
    mode: 'video',
    status: 'confirmed',
    ...slot(afterAppNow(30), 60),
    timeZone: 'UTC',
  })
  await page.goto(app.url)
  await page.getByLabel('Go to date').fill(past.toISOString().slice(0, 10))
  await shortcut(page, 'a')
  const future = page.getByLabel('Status of Kopi Kita')
  await expect(future.getByRole('option', { name: 'Completed (after it starts)' })).toBeDisabled()
  await expect(future.getByRole('option', { name: 'Missed (after it starts)' })).toBeDisabled()

  const status = page.getByLabel('Status of Sinar Media')
  await status.selectOption('no-show')
  const ask = page.getByRole('alertdialog', { name: 'Mark as missed?' })
  await ask.getByRole('button', { name: 'Mark as missed' }).click()
  const apology = page.getByRole('dialog', { name: 'Apologise — Sinar Media' })
  await expect(apology.getByLabel('Text')).toHaveValue(/apologise for missing/)
  await apology.getByLabel('Text').press('Escape')
  await expect(status).toHaveValue('no-show')
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(status).toHaveValue('confirmed')
  await expect(page.getByRole('status')).toContainText('Sinar Media: status is back to Confirmed.')
})
