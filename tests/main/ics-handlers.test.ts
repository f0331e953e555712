import { testBackend } from '../helpers/backend'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IcsImportResult } from '../../src/shared/model/exchange'
import type { Interview } from '../../src/shared/model/interview'
import { interviewInput } from '../helpers/temp'
import { historyOf } from '../../src/main/db/repos/history'

const backend = () => testBackend()
const google = readFileSync(join(__dirname, '../fixtures/ics/google-invite.ics'), 'utf8')
const comparable = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Interview) => rest

describe('ics/import', () => {
  it('previews without writing, then imports; the same file again changes nothing', async () => {
    const app = await backend()
    const preview = await app.value<IcsImportResult>('ics/import', { text: google, preview: true })
    expect(preview).toMatchObject({
      imported: 1,
      updated: 0,
      items: [{ action: 'add', company: 'PT Nusantara Data Raya' }],
    })
    expect(await app.value('interviews/list')).toEqual([])

    expect(await app.value<IcsImportResult>('ics/import', { text: google })).toMatchObject({
      imported: 1,
      updated: 0,
    })
    const again = await app.value<IcsImportResult>('ics/import', {
      base64: Buffer.from(google).toString('base64'),
    })
    expect(again).toMatchObject({
      imported: 0,
      updated: 0,
      skipped: [{ code: 'unchanged', reason: 'It is already in your calendar, unchanged.' }],
    })
    expect(await app.value<Interview[]>('interviews/list')).toHaveLength(1)
  })

  it('a re-sent invitation with a new time updates the interview instead of duplicating it', async () => {
    const app = await backend()
    await app.value('ics/import', { text: google })
    const [before] = await app.value<Interview[]>('interviews/list')
    await app.value('interviews/update', { id: before!.id, status: 'confirmed', notes: 'my own notes' })
    const moved = google
      .replace('DTSTART:20261207T030000Z', 'DTSTART:20261207T050000Z')
      .replace('DTEND:20261207T040000Z', 'DTEND:20261207T060000Z')
    expect(await app.value<IcsImportResult>('ics/import', { text: moved })).toMatchObject({
      imported: 0,
      updated: 1,
    })
    const [after] = await app.value<Interview[]>('interviews/list')
    expect(after).toMatchObject({
      id: before!.id,
      startsAt: '2026-12-07T05:00:00.000Z',
      status: 'confirmed',
      notes: 'my own notes',
    })
  })

  it('an event listed twice in one file is imported once; each new interview has its creation entry', async () => {
    const app = await backend()
    const event = google.slice(
      google.indexOf('BEGIN:VEVENT'),
      google.indexOf('END:VEVENT') + 'END:VEVENT'.length,
    )
    const twice = google.replace(event, `${event}\r\n${event}`)
    const result = await app.value<IcsImportResult>('ics/import', { text: twice })
    expect(result).toMatchObject({
      imported: 1,
      skipped: [{ code: 'repeated', reason: 'The file lists it more than once; the first one was used.' }],
    })
    const [interview] = await app.value<Interview[]>('interviews/list')
    expect(historyOf(app.connection.database, interview!.id)).toEqual([
      {
        id: expect.any(Number),
        interviewId: interview!.id,
        at: interview!.createdAt,
        change: 'imported',
        detail: {
          startsAt: interview!.startsAt,
          endsAt: interview!.endsAt,
          status: 'invited',
          source: 'calendar',
        },
      },
    ])
  })

  it('a damaged file is refused whole and nothing is written; an oversized one too', async () => {
    const app = await backend()
    const truncated = google.slice(0, google.indexOf('END:VEVENT'))
    expect(await app.call('ics/import', { text: truncated })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ code: 'ics_incomplete' }] },
    })
    // An invitation email pasted where a calendar file goes is told apart from a damaged file.
    const email =
      'Yth. Bapak Andi,\nKami mengundang Anda wawancara pada Senin, 7 Desember 2026 pukul 10.00 WIB.'
    expect(await app.call('ics/import', { text: email, preview: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'text', code: 'not_ics' }] },
    })
    expect(await app.call('ics/import', { text: 'x'.repeat(5 * 1024 * 1024 + 1) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    expect(await app.value('interviews/list')).toEqual([])
  })

  it('reports skipped events with a reason in the UI language', async () => {
    const app = await backend()
    await app.value('settings/update', { language: 'id' })
    const text =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:mars\r\nDTSTART;TZID=Mars/Base:20261207T100000\r\nSUMMARY:A - B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    expect(await app.value<IcsImportResult>('ics/import', { text })).toMatchObject({
      imported: 0,
      skipped: [
        {
          uid: 'mars',
          code: 'unknown-zone',
          params: { zone: 'Mars/Base' },
          reason: 'Zona waktunya "Mars/Base" tidak dikenal, sehingga jamnya tidak dapat dibaca dengan aman.',
        },
      ],
    })
  })
})

describe('ics/export', () => {
  it('export → import into another database gives back the same interviews, with reminders', async () => {
    const source = await backend()
    await source.value(
      'interviews/create',
      interviewInput({
        company: 'Bank Sentosa',
        position: 'Bank Teller',
        priority: 4,
        referenceNumber: 'R-1',
        notes: 'Line one\nLine two, with; punctuation',
      }),
    )
    await source.value(
      'interviews/create',
      interviewInput(
        {
          company: 'Kopi Kita',
          mode: 'video',
          location: undefined,
          meetingUrl: 'https://zoom.us/j/123',
          accessCode: '9876',
          status: 'confirmed',
          contact: { name: 'Dewi', role: 'hr', phone: '+62 812 5550 1234' },
        },
        80,
      ),
    )
    const { text } = await source.value<{ text: string }>('ics/export')
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(4) // two interviews × the 24 h and 2 h reminders

    const target = await backend()
    expect(await target.value<IcsImportResult>('ics/import', { text })).toMatchObject({
      imported: 2,
      updated: 0,
      skipped: [],
    })
    const original = (await source.value<Interview[]>('interviews/list')).map(comparable)
    expect((await target.value<Interview[]>('interviews/list')).map(comparable)).toEqual(original)

    // Imported back into the same database, the interviews are recognised, not duplicated.
    expect(await source.value<IcsImportResult>('ics/import', { text })).toMatchObject({
      imported: 0,
      updated: 0,
    })
  })

  it('a changed interview exports with a higher SEQUENCE, so a calendar that has the old copy takes the new one', async () => {
    const app = await testBackend()
    const made = await app.value<Interview>('interviews/create', interviewInput({ company: 'Moved' }, 100))
    const sequence = async () => {
      const { text } = await app.value<{ text: string }>('ics/export', { ids: [made.id] })
      return Number(/^SEQUENCE:(\d+)\r$/m.exec(text)![1])
    }
    const first = await sequence()
    expect(first).toBeGreaterThan(0)
    app.setNow('2026-11-22T05:00:00.000Z')
    // Exported again unchanged, it keeps its number: nothing for the calendar to update.
    expect(await sequence()).toBe(first)
    const later = new Date(Date.parse(made.startsAt) + 86_400_000).toISOString()
    const end = new Date(Date.parse(made.endsAt) + 86_400_000).toISOString()
    await app.value('interviews/update', { id: made.id, startsAt: later, endsAt: end })
    const moved = await sequence()
    expect(moved).toBe(first + 2 * 3600)
    app.setNow('2026-11-22T05:00:01.000Z')
    await app.value('interviews/update', { id: made.id, status: 'cancelled' })
    expect(await sequence()).toBe(moved + 1)
  })

  it('exports only the chosen interviews, and refuses unknown ids', async () => {
    const app = await backend()
    const one = await app.value<Interview>('interviews/create', interviewInput({ company: 'One' }))
    await app.value('interviews/create', interviewInput({ company: 'Two' }))
    const { text } = await app.value<{ text: string }>('ics/export', { ids: [one.id] })
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(await app.call('ics/export', { ids: ['0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
