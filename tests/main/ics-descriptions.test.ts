import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeIcs } from '../../src/main/ics/decode'
import { parseInvitations } from '../../src/main/ics/parse'

const options = { userZone: 'Asia/Jakarta', now: Date.parse('2026-11-30T02:00:00Z') }
const read = (name: string) =>
  parseInvitations(decodeIcs(readFileSync(join(__dirname, '../fixtures/ics', name))).text, options)

describe('calendar descriptions are read like any invitation', () => {
  it('Google + Zoom: reference, passcode, position and company right; no Google boilerplate in notes', () => {
    const { invitations, skipped } = read('google-zoom-reference.ics')
    expect(skipped).toEqual([])
    const fields = invitations[0]!.fields
    expect(fields).toMatchObject({
      company: 'PT Toko Maju Digital',
      position: 'Product Analyst',
      referenceNumber: 'TMD/REC/2026/0877',
      accessCode: '735102',
      mode: 'video',
      meetingUrl: 'https://us02web.zoom.us/j/87766554433',
      contact: { name: 'Dewi Anggraini', email: 'dewi.anggraini@tokomaju.example.id' },
    })
    expect(fields.notes).toContain('No. referensi: TMD/REC/2026/0877')
    expect(fields.notes).not.toMatch(/-::~|Google Meet|Please do not edit/)
  })

  it('Outlook + Teams: passcode, reference and contact phone; the Teams block stays out of the notes', () => {
    const fields = read('teams-invite.ics').invitations[0]!.fields
    expect(fields).toMatchObject({
      company: 'PT Bank Sentosa Makmur Tbk',
      position: 'Business Analyst',
      referenceNumber: 'BSM-BA-2026-045',
      accessCode: 'bH7qZ2',
      mode: 'video',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsm%40thread.v2/0',
      startsAt: '2026-12-15T06:00:00.000Z',
      contact: { name: 'Wulan Sari', email: 'wulan.sari@sentosa.example.co.id', phone: '+6281277778888' },
    })
    expect(fields.notes).toContain('Narahubung: Ibu Wulan')
    expect(fields.notes).not.toMatch(/Rapat Microsoft Teams|ID Rapat|_{10}/)
  })
})
