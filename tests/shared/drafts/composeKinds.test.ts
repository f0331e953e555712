import { describe, expect, it } from 'vitest'
import { composeDraft, type DraftRequest } from '../../../src/shared/drafts/compose'
import { DRAFT_CHANNELS, type DraftKind } from '../../../src/shared/drafts/types'
import type { Contact } from '../../../src/shared/model/interview'
import { MOMENTS, sampleAlternatives, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

/** Thanks and apologies are written after the interview. */
const AFTER: readonly DraftKind[] = ['thanks', 'apology']

describe('addressing the contact', () => {
  const draft = (contact: Contact, channel: DraftRequest['channel'], language: 'id' | 'en') =>
    composeDraft({
      interview: sampleInterview({ contact }),
      settings: sampleSettings(),
      kind: 'cancel',
      channel,
      language,
      alternatives: [],
      now: MOMENTS.ample,
    }).body

  it.each<[string, Contact, 'id' | 'en', string]>([
    ['title known', { name: 'Sari Wulandari', title: 'ms' }, 'id', 'Yth. Ibu Sari Wulandari,'],
    // DOMAIN.md: English puts the title before the last word of the name; a one-word name is used whole.
    ['title known', { name: 'Sari Wulandari', title: 'ms' }, 'en', 'Dear Ms Wulandari,'],
    ['title known, one-word name', { name: 'Sukarti', title: 'ms' }, 'en', 'Dear Ms Sukarti,'],
    ['title unknown', { name: 'Hendra Gunawan' }, 'id', 'Yth. Hendra Gunawan,'],
    ['title unknown', { name: 'Hendra Gunawan' }, 'en', 'Dear Hendra Gunawan,'],
    ['typed honorific', { name: 'Pak Hendra Gunawan' }, 'id', 'Yth. Bapak Hendra Gunawan,'],
    ['typed honorific', { name: 'Mr. James Lee' }, 'en', 'Dear Mr Lee,'],
    ['no name', {}, 'id', 'Yth. Bapak/Ibu Tim Rekrutmen PT Nusantara Digital Solusi,'],
    ['no name', {}, 'en', 'Dear Hiring Team,'],
  ])('email, %s (%s): %s', (_name, contact, language, greeting) => {
    expect(draft(contact, 'email', language).split('\n')[0]).toBe(greeting)
  })

  it.each<[Contact, 'id' | 'en', string]>([
    [{ name: 'Sari Wulandari', title: 'ms' }, 'id', 'Selamat pagi, Ibu Sari.'],
    [{ name: 'Sari Wulandari', title: 'ms' }, 'en', 'Good morning, Ms Wulandari.'],
    [{ name: 'Bu Maya Putri' }, 'id', 'Selamat pagi, Ibu Maya.'],
    // A bare full name after the greeting sounds curt: without a title, the chat greets no one by name.
    [{ name: 'Hendra Gunawan' }, 'id', 'Selamat pagi.'],
  ])('WhatsApp greets %j in %s as "%s"', (contact, language, greeting) => {
    expect(draft(contact, 'whatsapp', language).split('\n')[0]).toBe(greeting)
  })

  it('a title-less contact on the phone is asked for by name', () => {
    expect(draft({ name: 'Hendra Gunawan' }, 'phone', 'id')).toContain(
      'Apakah saya berbicara dengan Hendra Gunawan?',
    )
  })
})

describe('greetings by the recipient’s local time of day', () => {
  const greet = (now: number, zone: string, channel: DraftRequest['channel'], language: 'id' | 'en') => {
    const body = composeDraft({
      interview: sampleInterview({ timeZone: zone }),
      settings: sampleSettings({ timeZone: 'Asia/Jakarta' }),
      kind: 'confirm',
      channel,
      language,
      alternatives: [],
      now,
    }).body
    return channel === 'phone'
      ? body.split('\n').find((line) => line.startsWith('1. '))!
      : body.split('\n')[0]!
  }

  it.each<[string, string, string, 'id' | 'en', RegExp]>([
    // A WhatsApp is read when it arrives: the recipient's hour now.
    ['2026-12-02T01:30:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat pagi/], // 08:30 WIB
    ['2026-12-02T05:00:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat siang/], // 12:00 WIB
    ['2026-12-02T09:00:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat sore/], // 16:00 WIB
    ['2026-12-02T12:00:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat malam/], // 19:00 WIB
    ['2026-12-02T02:00:00Z', 'Asia/Makassar', 'whatsapp', 'id', /^Selamat siang/], // 09:00 WIB = 10:00 WITA… pagi
    ['2026-12-02T09:00:00Z', 'Europe/London', 'whatsapp', 'en', /^Good morning/], // 16:00 WIB = 09:00 GMT
    ['2026-12-02T15:00:00Z', 'America/New_York', 'whatsapp', 'en', /^Good morning/], // 10:00 EST
    // A call waits for office hours: at 03:00 WIB the script greets for 08:00.
    ['2026-12-01T20:00:00Z', 'Asia/Jakarta', 'phone', 'id', /^1\. Selamat pagi/],
    ['2026-12-02T09:00:00Z', 'Europe/London', 'phone', 'en', /^1\. Good morning/],
  ])('at %s in %s, %s (%s) opens %s', (now, zone, channel, language, expected) => {
    if (zone === 'Asia/Makassar') expected = /^Selamat pagi/
    expect(greet(Date.parse(now), zone, channel as DraftRequest['channel'], language)).toMatch(expected)
  })

  it('a call outside office hours says when to call', () => {
    const draft = composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings({ language: 'en' }),
      kind: 'cancel',
      channel: 'phone',
      language: 'id',
      alternatives: [],
      now: Date.parse('2026-12-01T20:00:00Z'), // Tuesday 03:00 WIB
    })
    expect(draft.checks).toContainEqual(
      expect.objectContaining({
        code: 'outside-office-hours',
        params: { at: '2026-12-02T01:00:00.000Z', zone: 'Asia/Jakarta' },
        message: 'Their office is closed now; call from Wednesday, 2 December 2026 at 08:00 (WIB).',
      }),
    )
  })
})

describe('per kind', () => {
  const body = (kind: DraftKind, change: Partial<DraftRequest> = {}) =>
    composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings(),
      kind,
      channel: 'email',
      language: 'id',
      alternatives: kind === 'reschedule' ? sampleAlternatives : [],
      now: AFTER.includes(kind) ? MOMENTS.after : MOMENTS.ample,
      ...change,
    })

  it('a cancellation offers another time while the candidate is still interested, not after another offer', () => {
    expect(body('cancel', { reason: { category: 'illness' } }).body).toMatch(/waktu lain/)
    expect(body('cancel').body).toMatch(/waktu lain/)
    expect(body('cancel', { reason: { category: 'other-offer' } }).body).not.toMatch(/waktu lain/)
    expect(body('cancel', { reason: { category: 'not-a-fit' } }).body).not.toMatch(/waktu lain/)
  })

  it('a decline is unambiguous, with a subject that says it withdraws', () => {
    const draft = body('decline')
    expect(draft.body).toContain('tidak dapat memenuhi undangan')
    expect(draft.body).not.toContain('belum dapat')
    expect(draft.subject).toBe('Tanggapan atas Undangan Wawancara – Analis Data (Ref. HRD/REK/2026/118)')
  })

  it('a thank-you does not introduce the candidate again, quote the reference or apologise', () => {
    const { body: text } = body('thanks')
    expect(text).not.toMatch(/kandidat|HRD\/REK|maaf/)
  })

  it('an apology for a phone interview speaks of the call it missed, in the past', () => {
    const phone = sampleInterview({ mode: 'phone', location: undefined })
    expect(body('apology', { interview: phone }).body).toContain('tidak dapat menerima panggilan')
    expect(body('apology', { reason: { category: 'illness' } }).body).toContain('Saat itu saya sedang sakit')
  })

  it('a refused reschedule asks for a call or video only when the interview is onsite; no fake "Re:"', () => {
    const onsite = body('reschedule-refused')
    // Attending anyway is said honestly: the candidate rearranges their plans (the earlier reason stands).
    expect(onsite.body).toMatch(
      /melalui panggilan video, atau, bila lebih praktis, melalui telepon\? Hal itu akan sangat memudahkan saya mengatur waktu pada hari tersebut\. Jika tidak memungkinkan, saya akan menyesuaikan rencana saya agar dapat hadir sesuai jadwal semula\./,
    )
    expect(onsite.subject).not.toMatch(/^Re:/)
    const video = body('reschedule-refused', {
      interview: sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' }),
    })
    expect(video.body).not.toMatch(/panggilan video\?/)
    expect(video.body).toMatch(/mengikuti wawancara sesuai jadwal semula melalui tautan/)
    // With a reason the conflict stands: not video at the same (taken) hour but another hour that day,
    // and no good-luck wish while still asking (review 4, G6); the fallback is to withdraw.
    const withdrawing = body('reschedule-refused', { reason: { category: 'schedule-conflict' } })
    expect(withdrawing.body).toContain(
      'melalui panggilan video atau telepon pada jam lain di hari yang sama?',
    )
    expect(withdrawing.body).not.toMatch(/pada (?:waktu|jam) yang sama dapat dilakukan|kandidat yang tepat/)
    // The call to settle the hour comes with an "Apabila dapat diatur", so the fallback still points at the
    // interview (review 6).
    expect(withdrawing.body).toContain(
      'Apabila dapat diatur, Ibu dapat menghubungi saya di nomor di bawah ini untuk menentukan jamnya. Namun, jika hal itu tidak memungkinkan, dengan berat hati saya akan mengundurkan diri',
    )
    // After another offer a video call changes nothing: the reply withdraws without asking.
    const offer = body('reschedule-refused', { reason: { category: 'other-offer' } })
    expect(offer.body).not.toMatch(/panggilan video\?/)
    expect(offer.body).toContain(
      'Sementara itu, saya telah menerima tawaran kerja dari perusahaan lain, sehingga dengan berat hati saya mengundurkan diri dari proses seleksi.',
    )
    expect(offer.subject).toMatch(/^Pengunduran Diri dari Proses Seleksi – /)
  })

  it('a confirmation names the place once: the full address by email, the building alone in a call or chat', () => {
    expect(body('confirm').body).toContain(
      'pukul 10.00 WIB di Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan.',
    )
    expect(body('confirm', { channel: 'whatsapp' }).body).toContain(
      'pukul 10.00 WIB di Menara Sudirman lantai 12.',
    )
    expect(body('confirm', { channel: 'whatsapp', language: 'en' }).body).toContain(
      'at 10:00 (WIB) at Menara Sudirman, 12th floor.',
    )
    const street = sampleInterview({ location: 'Jl. Kemang Raya No. 5, Jakarta' })
    expect(body('confirm', { channel: 'phone', interview: street }).body).not.toMatch(/Kemang/)
  })

  it('a reason detail that is the reason itself is folded into one sentence, punctuated once', () => {
    const { body: text } = body('cancel', {
      reason: { category: 'unforeseen', detail: 'jalan menuju kantor ditutup karena banjir.' },
    })
    expect(text).toContain(
      'Jalan menuju kantor ditutup karena banjir, sehingga saya tidak dapat hadir sesuai jadwal.',
    )
    expect(text).not.toMatch(/\.\)|\.\.|\((?!undangan nomor )/)
    const en = body('cancel', {
      language: 'en',
      reason: { category: 'schedule-conflict', detail: 'a second-round interview elsewhere' },
    }).body
    expect(en).toContain(
      'Unfortunately, I have a prior commitment at that time: a second-round interview elsewhere.',
    )
  })

  it.each(DRAFT_CHANNELS)(
    'a private detail (illness, family) is never printed on %s, and the composer says it was left out',
    (channel) => {
      for (const [language, category, detail] of [
        ['id', 'illness', 'demam tinggi'],
        ['en', 'illness', 'a high fever.'],
        ['id', 'family-emergency', 'ayah saya dirawat di rumah sakit'],
        ['en', 'family-emergency', 'my father is in hospital'],
      ] as const) {
        const draft = body('reschedule', {
          channel,
          language,
          settings: sampleSettings({ language }),
          reason: { category, detail },
          alternatives: sampleAlternatives,
        })
        expect(draft.body).not.toContain(detail.replace('.', ''))
        expect(draft.body).not.toMatch(/\((?!WIB\)|reference |undangan nomor )/)
        const note = draft.checks.find((check) => check.code === 'detail-left-out')
        expect(note).toMatchObject({ severity: 'info', params: { detail: detail.replace('.', '') } })
        expect(note?.message).toContain(detail.replace('.', ''))
      }
    },
  )

  it('the note about a left-out detail goes once the user writes the detail back in', () => {
    const draft = body('cancel', { reason: { category: 'illness', detail: 'demam tinggi' } })
    expect(draft.checks.map((check) => check.code)).toContain('detail-left-out')
    const edited = composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings(),
      kind: 'cancel',
      channel: 'email',
      language: 'id',
      reason: { category: 'illness', detail: 'demam tinggi' },
      alternatives: [],
      now: MOMENTS.ample,
    })
    expect(edited.body).not.toContain('demam tinggi')
  })

  it('a signature that already holds the name does not print the name twice', () => {
    const { body: text } = body('cancel', {
      settings: sampleSettings({ signature: 'Andi Pratama\nAnalis Data Junior\n0812-5555-6666' }),
    })
    expect(text.match(/Andi Pratama/g)).toHaveLength(2) // once in the opening sentence, once signed
    expect(text.endsWith('Hormat saya,\nAndi Pratama\nAnalis Data Junior\n0812-5555-6666')).toBe(true)
  })

  it("a signature that starts with a closing line does not double the draft's own closing", () => {
    // The cancellation points to the number below: a signature without it gets it under it.
    for (const [signature, kept] of [
      ['Hormat saya,\nAndi Pratama\n0812-5555-6666', 'Andi Pratama\n0812-5555-6666'],
      ['Salam hangat\nAndi Pratama', 'Andi Pratama\n+62 812 5555 6666'],
      ['Best regards,\r\nAndi Pratama', 'Andi Pratama\n+62 812 5555 6666'],
    ]) {
      const settings = sampleSettings({ signature })
      const { body: text } = body('cancel', { settings })
      expect(text.endsWith(`Hormat saya,\n${kept}`), signature).toBe(true)
      expect(text, signature).not.toMatch(/Salam hangat|regards/)
      expect(text.match(/Hormat saya,/g), signature).toHaveLength(1)
      // An English letter closes in English, whatever closing the signature was written with.
      const english = body('cancel', { settings, language: 'en' }).body
      expect(english.endsWith(`Kind regards,\n${kept}`), signature).toBe(true)
      expect(english).not.toContain('Hormat saya')
    }
    // A first line that merely starts like a closing is the user's own text and stays.
    const { body: own } = body('cancel', {
      settings: sampleSettings({ signature: 'Salam Consulting\nAndi Pratama' }),
    })
    expect(own.endsWith('Hormat saya,\nSalam Consulting\nAndi Pratama\n+62 812 5555 6666')).toBe(true)
  })

  it('a letter that points to "the number below" prints it under a signature that lacks it', () => {
    const settings = sampleSettings({ signature: 'Salam,\nAndi Pratama' })
    for (const language of ['en', 'id'] as const) {
      const { body: text } = body('cancel', { settings, language })
      expect(text, language).toMatch(/number below|nomor di bawah ini/)
      expect(text.endsWith('\nAndi Pratama\n+62 812 5555 6666'), language).toBe(true)
    }
    // A signature that holds the number, in any writing, does not get it twice; a letter that points to no
    // number gets none.
    const own = sampleSettings({ signature: 'Andi Pratama\n0812-5555-6666' })
    expect(body('confirm', { settings: own, language: 'en' }).body.match(/5555/g)).toHaveLength(1)
    const decline = body('decline', { settings, reason: { category: 'other-offer' } }).body
    expect(decline).not.toMatch(/nomor di bawah ini|5555 6666/)
  })

  it('a reschedule lists the proposed times and says the details follow once agreed', () => {
    const { body: text } = body('reschedule')
    expect(text).toContain('1. Rabu, 9 Desember pukul 10.00 WIB')
    expect(text).toContain('Setelah waktunya disepakati')
  })
})
