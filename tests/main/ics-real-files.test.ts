import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { IcsImportResult } from '../../src/shared/model/exchange'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'

const bytes = (name: string) => readFileSync(join(__dirname, '../fixtures/ics', name)).toString('base64')
let stop: (() => void) | undefined
afterEach(() => stop?.())

async function app(language: 'en' | 'id' = 'en') {
  const started = await testBackend({ language, timeZone: 'Asia/Jakarta' })
  stop = started.stop
  const importFile = (name: string, extra: Record<string, unknown> = {}) =>
    started.value<IcsImportResult>('ics/import', { base64: bytes(name), ...extra })
  return { ...started, importFile }
}

describe('.ics files as real calendars write them', () => {
  it('several VCALENDAR blocks in one file: every event of every block is imported', async () => {
    const { importFile } = await app()
    expect(await importFile('two-calendars.ics')).toMatchObject({ imported: 2, skipped: [] })
    const three = await importFile('three-calendars.ics')
    expect(three).toMatchObject({ imported: 1, updated: 0 })
    expect(three.items.map((item) => item.action)).toEqual(['skip', 'skip', 'add'])
  })

  it('events without a UID are matched by content on re-import and never stored under a made-up UID', async () => {
    const { importFile, value } = await app()
    expect(await importFile('no-uid.ics')).toMatchObject({ imported: 2 })
    const again = await importFile('no-uid.ics')
    expect(again).toMatchObject({ imported: 0, updated: 0 })
    expect(again.skipped.map((skip) => skip.code)).toEqual(['unchanged', 'unchanged'])
    // An unrelated UID-less event from another file must not overwrite the earlier ones.
    const other = await importFile('zero-length.ics')
    expect(other.imported).toBe(1)
    const list = await value<Interview[]>('interviews/list', {})
    expect(list.map((interview) => interview.position).sort()).toEqual([
      'Sales Executive',
      'Staf Keuangan',
      'Staf Keuangan',
    ])
    const exported = await value<{ text: string }>('ics/export', {})
    expect(exported.text).not.toMatch(/no-uid/)
  })

  it('a series with no occurrence in the window says when it ended, in the UI language', async () => {
    const { importFile } = await app('id')
    const result = await importFile('teams-series-ended.ics')
    expect(result.imported).toBe(0)
    expect(result.skipped).toEqual([
      expect.objectContaining({
        code: 'series-ended',
        params: { date: '2021-05-31' },
        reason: expect.stringMatching(/sudah lama berakhir.*2021-05-31/),
      }),
    ])
  })

  it('RDATE periods add their occurrences', async () => {
    const { importFile } = await app()
    const result = await importFile('rdate-period.ics')
    expect(result.skipped).toEqual([])
    expect(result.items.map((item) => item.startsAt)).toEqual([
      '2026-12-07T03:00:00.000Z',
      '2026-12-14T03:00:00.000Z',
      '2026-12-21T03:00:00.000Z',
    ])
  })

  it('a date-only value without VALUE=DATE is an all-day event in the user zone', async () => {
    const { importFile, value } = await app()
    expect(await importFile('date-only-no-value.ics')).toMatchObject({ imported: 1, skipped: [] })
    const [interview] = await value<Interview[]>('interviews/list', {})
    expect(interview).toMatchObject({
      startsAt: '2026-12-08T17:00:00.000Z',
      endsAt: '2026-12-09T17:00:00.000Z',
      company: 'CV Karya Mandiri',
    })
  })

  it('a quoted or odd ORGANIZER never sinks the event; a readable one gives the email', async () => {
    const { importFile } = await app()
    const result = await importFile('quoted-organizer.ics')
    expect(result).toMatchObject({ imported: 2, skipped: [] })
    expect(result.items[0]!.details?.contact).toEqual({ email: 'Recruitment@Awan.example.com' })
    expect(result.items[1]!.details?.contact).toEqual({ name: 'Siti, HR' })
  })

  it('a Latin-1 file is decoded, with a notice that its encoding was guessed', async () => {
    const { importFile, value } = await app()
    const result = await importFile('latin1.ics')
    expect(result.notices).toMatchObject([{ code: 'encoding-guessed' }])
    const [interview] = await value<Interview[]>('interviews/list', {})
    expect(interview).toMatchObject({
      company: 'Müller GmbH',
      location: 'Königstraße 5, München',
      contact: { name: 'Jürgen Weiß' },
    })
  })

  it('Outlook display-name zones are read; an unknown one is reported once for the whole series', async () => {
    const { importFile } = await app()
    const result = await importFile('outlook-display-zone.ics')
    expect(result.items.filter((item) => item.action === 'add')).toMatchObject([
      { startsAt: '2026-12-09T14:00:00.000Z', company: 'Northwind Inc.' },
    ])
    expect(result.skipped).toEqual([
      expect.objectContaining({ code: 'unknown-zone', params: { zone: '(UTC+03:30) Somewhere Odd' } }),
    ])
  })

  it('a zero-length event is a point in time and gets the default length, not "ends before it starts"', async () => {
    const { importFile } = await app()
    const result = await importFile('zero-length.ics')
    expect(result).toMatchObject({ imported: 1, skipped: [] })
  })

  it('stray lines after the last END:VCALENDAR do not reject a complete invitation', async () => {
    const { importFile } = await app()
    expect(await importFile('trailing-junk.ics')).toMatchObject({ imported: 1, skipped: [] })
  })

  it('a series with more than 20 occurrences in the window asks before adding them', async () => {
    const { importFile, value } = await app()
    const asked = await importFile('many-occurrences.ics', { preview: true })
    expect(asked.imported).toBe(0)
    expect(asked.series).toEqual([
      {
        uid: 'daily-training@example.com',
        count: 60,
        company: 'PT Nusantara Data Raya',
        position: 'Onboarding session',
      },
    ])
    expect(asked.skipped[0]).toMatchObject({ code: 'many-occurrences', params: { count: 60 } })
    const refused = await importFile('many-occurrences.ics')
    expect(refused.imported).toBe(0)
    expect(await value<Interview[]>('interviews/list', {})).toHaveLength(0)
    expect(await importFile('many-occurrences.ics', { acceptSeries: true })).toMatchObject({ imported: 60 })
  })

  it('the preview lists what will be stored per event, and a clash with an interview already there', async () => {
    const { importFile, value } = await app()
    await value('interviews/create', {
      company: 'PT Sudah Ada',
      position: 'Analyst',
      mode: 'phone',
      startsAt: '2026-12-15T06:30:00.000Z',
      endsAt: '2026-12-15T07:30:00.000Z',
      timeZone: 'Asia/Jakarta',
    })
    const preview = await importFile('teams-invite.ics', { preview: true })
    expect(preview.items[0]).toMatchObject({
      action: 'add',
      details: {
        contact: { name: 'Wulan Sari', email: 'wulan.sari@sentosa.example.co.id', phone: '+6281277778888' },
        meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsm%40thread.v2/0',
        accessCode: 'bH7qZ2',
        referenceNumber: 'BSM-BA-2026-045',
        clash: { company: 'PT Sudah Ada', position: 'Analyst' },
      },
    })
    // Once imported, re-importing the same invitation does not clash with itself.
    await importFile('teams-invite.ics')
    const again = await importFile('teams-invite.ics', { preview: true })
    expect(again.items[0]).toMatchObject({ action: 'skip', code: 'unchanged' })
  })

  it('no file of the fixture folder gives INTERNAL or an exception text as a reason', async () => {
    const { call } = await app()
    const names = [
      'date-only-no-value.ics',
      'google-invite.ics',
      'latin1.ics',
      'many-occurrences.ics',
      'no-uid.ics',
      'outlook-display-zone.ics',
      'outlook-windows-zone.ics',
      'quoted-organizer.ics',
      'rdate-period.ics',
      'secondly-1970.ics',
      'teams-series-ended.ics',
      'three-calendars.ics',
      'trailing-junk.ics',
      'two-calendars.ics',
      'vtimezone-secondly.ics',
      'zero-length.ics',
    ]
    for (const name of names) {
      const result = await call('ics/import', { base64: bytes(name), preview: true })
      expect(result.ok, name).toBe(true)
      const value = (result as { value: IcsImportResult }).value
      for (const skip of value.skipped) {
        expect(skip.reason, name).toMatch(/^[A-Z].*\.$/)
        expect(skip.reason, name).not.toMatch(/TypeError|undefined|is not a function|Error/)
      }
    }
  })
})
