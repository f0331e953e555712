import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { IcsImportResult } from '../../src/shared/model/exchange'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/ics', name), 'utf8')
const google = fixture('google-invite.ics')
const GOOGLE_UID = '7kq2p1s0example@google.com'
const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

async function app() {
  const started = await testBackend()
  stops.push(started.stop)
  return started
}

describe('ics/import with the edits made in the preview', () => {
  it('the preview names each event by a key; edits under that key are what gets stored', async () => {
    const { value } = await app()
    const preview = await value<IcsImportResult>('ics/import', { text: google, preview: true })
    expect(preview.items[0]).toMatchObject({
      key: GOOGLE_UID,
      details: { contact: { name: 'Rina Kartika' }, referenceNumber: 'REF-NDR/2026/117' },
    })
    const result = await value<IcsImportResult>('ics/import', {
      text: google,
      edits: {
        [GOOGLE_UID]: {
          company: 'PT Nusantara Data Raya Tbk',
          position: 'Senior Data Analyst',
          contact: {
            name: 'Rina Kartika',
            title: 'ms',
            email: 'rina@example.co.id',
            phone: '+6281255556666',
          },
          meetingUrl: 'https://zoom.us/j/123456789',
          accessCode: '735102',
          referenceNumber: '',
          location: 'Menara Sudirman lt. 12, Jakarta',
        },
      },
    })
    expect(result).toMatchObject({ imported: 1, updated: 0, skipped: [] })
    const [stored] = await value<Interview[]>('interviews/list')
    expect(stored).toMatchObject({
      company: 'PT Nusantara Data Raya Tbk',
      position: 'Senior Data Analyst',
      contact: { name: 'Rina Kartika', title: 'ms', email: 'rina@example.co.id', phone: '+6281255556666' },
      meetingUrl: 'https://zoom.us/j/123456789',
      accessCode: '735102',
      location: 'Menara Sudirman lt. 12, Jakarta',
      startsAt: '2026-12-07T03:00:00.000Z',
    })
    // A blank edit clears what the file said.
    expect(stored!.referenceNumber).toBeUndefined()
  })

  it('events without a UID are keyed by their place in the file', async () => {
    const { value } = await app()
    const text = fixture('no-uid.ics')
    const preview = await value<IcsImportResult>('ics/import', { text, preview: true })
    expect(preview.items.map((item) => item.key)).toEqual(['#0', '#1'])
    await value('ics/import', { text, edits: { '#1': { position: 'Staf Keuangan Senior' } } })
    const stored = await value<Interview[]>('interviews/list')
    expect(stored.map((interview) => interview.position)).toEqual(['Staf Keuangan', 'Staf Keuangan Senior'])
  })

  it('an invalid edit is refused with the event and the field named, and nothing is imported', async () => {
    const { call, value } = await app()
    const text = fixture('no-uid.ics')
    const bad = await call('ics/import', {
      text,
      edits: { '#0': { position: 'Fine' }, '#1': { contact: { email: 'not an email' } } },
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'edits.#1.contact.email', code: 'invalid_email' }] },
    })
    const blank = await call('ics/import', { text, edits: { '#0': { company: '   ' } } })
    expect(blank).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'edits.#0.company', code: 'required' }] },
    })
    const stray = await call('ics/import', { text, edits: { '#7': { position: 'Lost' } } })
    expect(stray).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'edits.#7', code: 'unknown_event' }] },
    })
    expect(await value('interviews/list')).toEqual([])
  })

  it('a value longer than the field holds is refused whole', async () => {
    const { call, value } = await app()
    const text = fixture('no-uid.ics')
    const result = await call('ics/import', {
      text,
      edits: { '#1': { location: 'x'.repeat(501) } },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'edits.#1.location', code: 'too_long' }] },
    })
    expect(await value('interviews/list')).toEqual([])
  })

  it('re-importing with edits updates the edited fields and keeps the user’s other changes', async () => {
    const { value } = await app()
    await value('ics/import', { text: google })
    const [before] = await value<Interview[]>('interviews/list')
    await value('interviews/update', { id: before!.id, notes: 'my own notes', priority: 5 })
    const result = await value<IcsImportResult>('ics/import', {
      text: google,
      edits: { [GOOGLE_UID]: { accessCode: 'A1B2', contact: { name: 'Rina K.', phone: '+6281255556666' } } },
    })
    expect(result).toMatchObject({ imported: 0, updated: 1 })
    const [after] = await value<Interview[]>('interviews/list')
    expect(after).toMatchObject({
      id: before!.id,
      accessCode: 'A1B2',
      contact: { name: 'Rina K.', phone: '+6281255556666' },
      notes: 'my own notes',
      priority: 5,
      company: before!.company,
    })
  })

  it('text and base64 are still one or the other', async () => {
    const { call } = await app()
    const neither = await call('ics/import', { preview: true })
    expect(neither).toMatchObject({ ok: false, error: { issues: [{ path: 'text', code: 'required' }] } })
    const both = await call('ics/import', { text: google, base64: Buffer.from(google).toString('base64') })
    expect(both).toMatchObject({ ok: false, error: { issues: [{ path: 'base64', code: 'not_with_text' }] } })
  })
})
