import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'
import type { InvitationReading } from '../../src/shared/model/invitation'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

const NOW = '2026-11-30T02:00:00.000Z'
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64')
let stop: (() => void) | undefined
afterEach(() => stop?.())

async function app() {
  const started = await testBackend()
  stop = started.stop
  const parse = (input: Record<string, unknown>) =>
    started.value<InvitationReading>('invitations/parse', { now: NOW, ...input })
  return { ...started, parse }
}

const WHATSAPP = `Selamat pagi Kak Budi, saya Maya dari PT Kopi Kita Nusantara. Kami undang interview online posisi Barista Supervisor hari Rabu, 9 Desember 2026 pukul 13.30 - 14.15 WIB via Zoom https://zoom.us/j/81234567890 Passcode: 735102. Terima kasih!`

/** A multipart email as a mail program saves it, with a text body and an .ics attachment. */
function eml(body: string, calendar?: string, html = false): string {
  const parts = [
    `--b1\r\nContent-Type: text/${html ? 'html' : 'plain'}; charset=utf-8\r\n\r\n${body}\r\n`,
    ...(calendar
      ? [
          `--b1\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\nContent-Disposition: attachment; filename="invite.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(calendar)}\r\n`,
        ]
      : []),
  ]
  return [
    'From: "Rina Kartika" <rina.kartika@nusantaradata.co.id>',
    'To: andi@example.com',
    'Subject: Undangan Interview - Data Analyst - PT Nusantara Data Raya',
    'Date: Mon, 30 Nov 2026 08:00:00 +0700',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    ...parts,
    '--b1--',
    '',
  ].join('\r\n')
}

describe('invitations/parse', () => {
  it('a pasted WhatsApp invitation gives its fields, each with its source; nothing is stored', async () => {
    const { parse, value } = await app()
    const reading = await parse({ text: WHATSAPP })
    expect(reading.interview).toMatchObject({
      company: 'PT Kopi Kita Nusantara',
      position: 'Barista Supervisor',
      startsAt: '2026-12-09T06:30:00.000Z',
      endsAt: '2026-12-09T07:15:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://zoom.us/j/81234567890',
      accessCode: '735102',
    })
    expect(reading.sources.startsAt).toMatch(/Rabu, 9 Desember 2026 pukul 13.30 - 14.15 WIB/)
    expect(reading.sources.accessCode).toMatch(/Passcode: 735102/)
    expect(reading.missing).toEqual([])
    expect(await value<Interview[]>('interviews/list', {})).toEqual([])
  })

  it('relative days count from the paste, in the zone given', async () => {
    const { parse } = await app()
    const reading = await parse({
      text: 'Interview posisi Kasir di PT Retail Jaya besok jam 10.00',
      timeZone: 'Asia/Makassar',
    })
    expect(reading.interview).toMatchObject({
      startsAt: '2026-12-01T02:00:00.000Z',
      timeZone: 'Asia/Makassar',
    })
  })

  it('an .eml with an .ics attachment: the calendar gives the time, the body the reference and contact', async () => {
    const { parse } = await app()
    const calendar = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:eml-attached@example.com',
      'DTSTART:20261207T030000Z',
      'DTEND:20261207T040000Z',
      'SUMMARY:Interview - Data Analyst - PT Nusantara Data Raya',
      'LOCATION:Menara Sudirman Lt. 12\\, Jakarta',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n')
    const body = `Yth. Andi,\r\nTerlampir undangan wawancara. No. Referensi: NDR/HR/2026/0412\r\n\r\nHormat kami,\r\nIbu Rina Kartika\r\n0812-5555-6666`
    const reading = await parse({ base64: b64(eml(body, calendar)), fileName: 'undangan.eml' })
    expect(reading.interview).toMatchObject({
      company: 'PT Nusantara Data Raya',
      position: 'Data Analyst',
      startsAt: '2026-12-07T03:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      mode: 'onsite',
      location: 'Menara Sudirman Lt. 12, Jakarta',
      referenceNumber: 'NDR/HR/2026/0412',
      contact: { name: 'Rina Kartika', title: 'ms', phone: '+6281255556666' },
    })
  })

  it('an HTML-only .eml is read through its text; the sender is the contact when nobody signs', async () => {
    const { parse } = await app()
    const html =
      '<html><body><p>Kami mengundang Anda interview posisi <b>Data Analyst</b> di PT Nusantara Data Raya.</p><p>Tanggal: Senin, 7 Desember 2026<br>Waktu: 10.00 WIB</p></body></html>'
    const reading = await parse({ base64: b64(eml(html, undefined, true)), fileName: 'mail.eml' })
    expect(reading.interview).toMatchObject({
      position: 'Data Analyst',
      startsAt: '2026-12-07T03:00:00.000Z',
      contact: { name: 'Rina Kartika', email: 'rina.kartika@nusantaradata.co.id' },
    })
  })

  it('an .ics file and a .txt file are read too', async () => {
    const { parse } = await app()
    const ics = readFileSync(join(__dirname, '../fixtures/ics/teams-invite.ics'))
    const fromIcs = await parse({ base64: ics.toString('base64'), fileName: 'invite.ics' })
    expect(fromIcs.interview).toMatchObject({ accessCode: 'bH7qZ2', referenceNumber: 'BSM-BA-2026-045' })
    const fromTxt = await parse({ base64: b64(WHATSAPP), fileName: 'chat.txt' })
    expect(fromTxt.interview.accessCode).toBe('735102')
  })

  describe('bad input gives a clear answer and the partial result', () => {
    it('empty text is refused naming the field', async () => {
      const { call } = await app()
      const result = await call('invitations/parse', { text: '' })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'text' }] } })
    })

    it('no date: "startsAt" is missing, the rest is kept', async () => {
      const { parse } = await app()
      const reading = await parse({
        text: 'Halo, terima kasih sudah melamar posisi Data Engineer di PT Analitika Cerdas. Kami akan mengabari jadwalnya.',
      })
      expect(reading.missing).toEqual(['startsAt'])
      expect(reading.interview).toMatchObject({ company: 'PT Analitika Cerdas', position: 'Data Engineer' })
    })

    it('binary data is recognised as such', async () => {
      const { parse } = await app()
      const reading = await parse({
        text: '\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000binary\u0007\u0008',
      })
      expect(reading).toMatchObject({ notices: ['binary'], missing: ['company', 'position', 'startsAt'] })
    })

    // How long it takes is the bench's to measure (and the reading pool's time limit to bound), not a test's.
    it('a 10 MB paste is read from its start, with a notice', async () => {
      const { parse } = await app()
      const reading = await parse({
        text: `${WHATSAPP}\n${'x'.repeat(10 * 1024 * 1024 - WHATSAPP.length - 1)}`,
      })
      expect(reading.notices).toContain('truncated')
      expect(reading.interview.company).toBe('PT Kopi Kita Nusantara')
    })

    it('an .eml without a text part, and a file of another kind, say so', async () => {
      const { parse } = await app()
      const imageOnly = [
        'From: a@example.com',
        'Subject: foto',
        'MIME-Version: 1.0',
        'Content-Type: image/png',
        'Content-Transfer-Encoding: base64',
        '',
        b64(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
        '',
      ].join('\r\n')
      expect(await parse({ base64: b64(imageOnly), fileName: 'foto.eml' })).toMatchObject({
        notices: ['no-text'],
      })
      expect(await parse({ base64: b64('%PDF-1.7'), fileName: 'cv.pdf' })).toMatchObject({
        notices: ['unsupported-file'],
      })
    })
  })

  describe('an invitation about an interview already in the calendar', () => {
    it('the same time is "same"; a message that moves it is an "update" of that interview', async () => {
      const { parse, value } = await app()
      const stored = await value<Interview>(
        'interviews/create',
        interviewInput({
          company: 'PT Toko Maju Digital',
          position: 'Product Analyst',
          startsAt: '2026-12-08T03:00:00.000Z',
          endsAt: '2026-12-08T04:00:00.000Z',
        }),
      )
      await value(
        'interviews/create',
        interviewInput({ company: 'PT Lain Sekali', position: 'Product Analyst' }),
      )
      const same = await parse({
        text: 'Mengingatkan interview posisi Product Analyst di PT Toko Maju Digital pada Selasa, 8 Desember 2026 pukul 10.00 WIB.',
      })
      expect(same.match).toEqual({ interviewId: stored.id, kind: 'same' })
      const moved = await parse({
        text: 'Yth. Bapak Andi, jadwal interview Bapak untuk posisi Product Analyst di PT Toko Maju Digital kami pindahkan ke Kamis, 10 Desember 2026 pukul 15.00 WIB.',
      })
      expect(moved.match).toEqual({ interviewId: stored.id, kind: 'update' })
      expect(moved.notices).toContain('reschedule')
      const unrelated = await parse({ text: WHATSAPP })
      expect(unrelated.match).toBeUndefined()
    })
  })
})
