import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDraft, type CheckInput } from '../../../src/shared/drafts/checks'
import { internationalDigits, mailtoLink, telLink, whatsappLink } from '../../../src/shared/drafts/links'
import { at } from '../../helpers/interviews'

const interview = at('2026-12-07T03:00', 60, {
  timeZone: 'Asia/Jakarta',
  contact: { name: 'Rina Kartika' },
  referenceNumber: 'REF-9',
})
const good =
  'Dear Rina Kartika, about Monday, 7 December 2026 at 10:00 (WIB), REF-9. Thank you for your time.'
const base: CheckInput = {
  subject: 'Cancellation of interview — Analyst',
  body: good,
  kind: 'cancel',
  channel: 'email',
  language: 'en',
  interview,
  alternatives: [],
  notice: { level: 'ample', hoursBefore: 100 },
}
const codes = (change: Partial<CheckInput>) => checkDraft({ ...base, ...change }).map((check) => check.code)

describe('draft checks', () => {
  it('a clean draft passes every check', () => {
    expect(codes({})).toEqual([])
  })

  it.each<[string, Partial<CheckInput>, string]>([
    ['leftover placeholder', { body: `${good} Regards, [your name]` }, 'placeholder'],
    ['template braces', { body: `${good} {{name}}` }, 'placeholder'],
    ['no contact name', { interview: { ...interview, contact: {} } }, 'no-contact-name'],
    ['reference known but missing', { body: good.replace('REF-9', '') }, 'reference-missing'],
    ['reschedule without alternatives', { kind: 'reschedule' }, 'no-alternatives'],
    ['blaming words (en)', { body: `${good} Why did you pick a time like that?` }, 'blame'],
    [
      'blaming words (id)',
      { language: 'id', body: 'Yth. Rina, REF-9, terima kasih. Seharusnya Anda memberi tahu lebih awal.' },
      'blame',
    ],
    [
      'a reason of three sentences',
      { reasonDetail: 'My car broke. Then it rained. Then I got lost.' },
      'reason-too-long',
    ],
    ['no thanks', { body: good.replace('Thank you for your time.', '') }, 'no-thanks'],
    ['email at late notice', { notice: { level: 'late', hoursBefore: 5 } }, 'call-first'],
    ['email at short notice', { notice: { level: 'short', hoursBefore: 30 } }, 'call-first'],
    ['WhatsApp too long', { channel: 'whatsapp', body: `${good} ${'x'.repeat(1000)}` }, 'whatsapp-too-long'],
    ['another date in the text', { body: good.replace('7 December', '8 December') }, 'date-mismatch'],
    ['another time in the text', { body: good.replace('at 10:00', 'at 11:00') }, 'date-mismatch'],
    ['cancelling after the start', { notice: { level: 'past', hoursBefore: -1 } }, 'past'],
  ])('%s is flagged', (_name, change, code) => {
    expect(codes(change)).toContain(code)
  })

  it.each<[string, Partial<CheckInput>, string]>([
    [
      'a reschedule with alternatives',
      {
        kind: 'reschedule',
        alternatives: [{ startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' }],
        body: `${good} Tuesday, 8 December 2026 at 10:00 (WIB)`,
      },
      'no-alternatives',
    ],
    [
      'a proposed date is not a mismatch',
      {
        kind: 'reschedule',
        alternatives: [{ startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' }],
        body: `${good} Tuesday, 8 December 2026 at 10:00 (WIB)`,
      },
      'date-mismatch',
    ],
    [
      'a phone call at late notice',
      { channel: 'phone', notice: { level: 'late', hoursBefore: 5 } },
      'call-first',
    ],
    ['an apology after the start', { kind: 'apology', notice: { level: 'past', hoursBefore: -1 } }, 'past'],
    ['one short reason sentence', { reasonDetail: 'My car broke down.' }, 'reason-too-long'],
    ['a short WhatsApp', { channel: 'whatsapp' }, 'whatsapp-too-long'],
    [
      'Indonesian thanks',
      { language: 'id', body: 'Yth. Rina, Senin, 7 Desember 2026 pukul 10.00 WIB, REF-9. Terima kasih.' },
      'no-thanks',
    ],
  ])('%s is not flagged', (_name, change, code) => {
    expect(codes(change)).not.toContain(code)
  })

  it('answers in the language of the draft', () => {
    const [check] = checkDraft({ ...base, language: 'id', body: 'Yth. Rina, REF-9.' })
    expect(check).toMatchObject({
      code: 'no-thanks',
      message: 'Pesan belum berisi ucapan terima kasih; tambahkan.',
    })
  })
})

describe('links', () => {
  it('mailto links decode back to exactly the subject and body, with no extra fields', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const url = new URL(mailtoLink('rina@example.co.id', subject, body))
        expect(url.protocol).toBe('mailto:')
        expect(decodeURIComponent(url.pathname)).toBe('rina@example.co.id')
        expect([...url.searchParams.keys()]).toEqual(['subject', 'body'])
        expect(url.searchParams.get('subject')).toBe(subject)
        expect(url.searchParams.get('body')).toBe(body.replace(/\r?\n/g, '\r\n'))
      }),
      { numRuns: 500 },
    )
  })

  it('text that looks like header fields stays inside the body', () => {
    const url = new URL(
      mailtoLink('a@example.com', 'Hi&cc=boss@example.com', 'x&bcc=spy@example.com\n?to=z@example.com'),
    )
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body'])
  })

  it('WhatsApp links carry exactly the text, to an international number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const url = new URL(whatsappLink('0812-5550-1234', text)!)
        expect(url.origin + url.pathname).toBe('https://wa.me/6281255501234')
        expect([...url.searchParams.keys()]).toEqual(['text'])
        expect(url.searchParams.get('text')).toBe(text)
      }),
      { numRuns: 500 },
    )
  })

  it.each([
    ['0812-5550-1234', '6281255501234'],
    ['+62 812 5550 1234', '6281255501234'],
    ['0062 812 5550 1234', '6281255501234'],
    ['+65 6555 0199', '6565550199'],
    ['12', undefined],
  ])('%s is %s in international digits', (phone, digits) => {
    expect(internationalDigits(phone)).toBe(digits)
  })

  it('tel links use the international number', () => {
    expect(telLink('0812-5550-1234')).toBe('tel:+6281255501234')
    expect(telLink(undefined)).toBeUndefined()
  })
})
