import type { Request } from '@playwright/test'
import { api } from '../helpers/server'
import { afterAppNow, ahead, APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

const interview = (company: string, startsAt: string, endsAt: string) => ({
  company,
  position: 'Analyst',
  mode: 'video',
  meetingUrl: 'https://meet.example.com/abc',
  startsAt,
  endsAt,
  timeZone: 'UTC',
  status: 'confirmed',
})

test('a delete and a completed task patch the alerts by the interviews they touch, never reloading them all', async ({
  page,
  app,
}) => {
  const bank = (await api(app, 'interviews/create', interview('Bank Sentosa', ahead(6, 3), ahead(6, 4, 30))))
    .value as { id: string }
  const kopi = (await api(app, 'interviews/create', interview('Kopi Kita', ahead(6, 4), ahead(6, 5))))
    .value as { id: string }
  await api(app, 'followups/add', {
    type: 'task',
    interviewId: bank.id,
    kind: 'custom',
    dueAt: afterAppNow(3).toISOString(),
  })
  // What the page asks alerts/list for the window that matters (a calendar period past the horizon asks
  // for its own alerts with from/to: not a reload, left out).
  const asked: string[] = []
  const record = (request: Request) => {
    const body = request.postData() ?? ''
    if (request.url().endsWith('/api/alerts/list') && !body.includes('"from"')) asked.push(body)
  }
  // The page's timers are faked, so the undo time is moved past instead of waited out.
  await page.clock.install({ time: new Date(APP_NOW) })
  await page.goto(app.url)
  await page.getByRole('button', { name: /^Alerts/ }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'overlap on' })).toHaveCount(1)
  await expect(page.getByRole('listitem').filter({ hasText: 'Follow up with Bank Sentosa' })).toHaveCount(1)

  // Deleting one of the two: once the undo time is over, the clash goes, patched by the deleted id and the
  // neighbour the alert named.
  page.on('request', record)
  await page.getByRole('button', { name: 'Calendar' }).click()
  await page.getByRole('button', { name: 'Delete: Kopi Kita' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
  await page.clock.runFor(8_000)
  expect(asked).toEqual([])
  await page.clock.runFor(2_500)
  await expect.poll(() => asked.length).toBeGreaterThan(0)
  expect(asked.map((body) => JSON.parse(body) as { ids?: string[] })).toEqual([
    { ids: expect.arrayContaining([kopi.id, bank.id]) as unknown },
  ])
  await page.getByRole('button', { name: /^Alerts/ }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'overlap on' })).toHaveCount(0)

  // Completing the task: its alert goes, patched by its interview.
  asked.length = 0
  await page.getByRole('button', { name: 'Follow-ups' }).click()
  const task = page.getByRole('listitem').filter({ hasText: 'Bank Sentosa' }).filter({ hasText: 'Done' })
  await task.getByRole('button', { name: 'Done' }).click()
  await expect.poll(() => asked.length).toBeGreaterThan(0)
  expect(asked.map((body) => JSON.parse(body) as unknown)).toEqual([{ ids: [bank.id] }])
  await page.getByRole('button', { name: /^Alerts/ }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Follow up with Bank Sentosa' })).toHaveCount(0)
})
