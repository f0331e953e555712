import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { api } from '../helpers/server'
import { APP_NOW, expect, test } from './fixtures'

test.use({ appClock: APP_NOW })

const google = readFileSync(join(__dirname, '../fixtures/ics/google-invite.ics'), 'utf8')

test('the .ics preview lets the user edit what will be stored; a bad edit is refused with the field named', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Data', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Import invitations (.ics)' })
  await panel.getByLabel('Or paste the contents of an .ics file').fill(google)
  await panel.getByRole('button', { name: 'Preview' }).click()
  await panel
    .getByRole('button', { name: 'Edit what will be stored for Data Analyst at PT Nusantara Data Raya' })
    .click()

  const editor = panel.getByRole('group', { name: 'What will be stored' })
  await expect(editor.getByLabel('Position')).toHaveValue('Data Analyst')
  await expect(editor.getByLabel('Reference number')).toHaveValue('REF-NDR/2026/117')
  await editor.getByLabel('Position').fill('Senior Data Analyst')
  await editor.getByLabel('Title').selectOption('ms')
  await editor.getByLabel('Phone').fill('+6281255556666')
  await editor.getByLabel('Access code').fill('735102')
  await editor.getByLabel('Email').fill('rina at example')
  // The row shows what will be stored as it is edited.
  await expect(panel.getByRole('row')).toContainText(['AddPT Nusantara Data RayaSenior Data Analyst'])

  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(
    page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'Email' }),
  ).toContainText('is not a valid email address')
  expect(await api(app, 'interviews/list')).toMatchObject({ value: [] })

  await editor.getByLabel('Email').fill('rina.kartika@example.co.id')
  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added, 0 updated, 0 skipped.' })).toBeVisible()
  const listed = await api(app, 'interviews/list')
  expect(listed).toMatchObject({
    ok: true,
    value: [
      {
        company: 'PT Nusantara Data Raya',
        position: 'Senior Data Analyst',
        accessCode: '735102',
        referenceNumber: 'REF-NDR/2026/117',
        contact: {
          name: 'Rina Kartika',
          title: 'ms',
          email: 'rina.kartika@example.co.id',
          phone: '+6281255556666',
        },
      },
    ],
  })
})
