import { describe, expect, it } from 'vitest'
import { checkDraft, type CheckInput } from '../../../src/shared/drafts/checks'
import { checkMessage } from '../../../src/shared/drafts/checkMessages'
import { CHECK_CODES } from '../../../src/shared/drafts/types'
import { composeDraft } from '../../../src/shared/drafts/compose'
import { MOMENTS, sampleAlternatives, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

// The sample interview: Monday, 7 December 2026, 10:00–11:00 WIB, reference HRD/REK/2026/118.
const interview = sampleInterview()
const base: CheckInput = {
  subject: 'Pembatalan Wawancara – Analis Data (Ref. HRD/REK/2026/118)',
  body: 'Yth. Ibu Sari Wulandari,\n\nDengan hormat,\n\nSaya membatalkan wawancara pada Senin, 7 Desember 2026 pukul 10.00 WIB. Terima kasih.',
  kind: 'cancel',
  channel: 'email',
  language: 'id',
  uiLanguage: 'id',
  interview,
  settings: sampleSettings(),
  alternatives: [],
  proposed: [],
  now: MOMENTS.ample,
}
/** The sample's contact with only a phone number, or only an email address. */
const phoneOnly = sampleInterview({
  contact: { name: 'Sari Wulandari', title: 'ms', phone: '+62 21 5555 0100' },
})
const emailOnly = sampleInterview({
  contact: { name: 'Sari Wulandari', title: 'ms', email: 'sari.wulandari@nusantaradigital.co.id' },
})
const codes = (change: Partial<CheckInput>) => checkDraft({ ...base, ...change }).map((check) => check.code)
/** A sentence added to a clean body. */
const withSentence = (sentence: string) => codes({ body: `${base.body}\n\n${sentence}` })

describe('known-good sentences are never flagged', () => {
  it.each([
    // Indonesian
    'Saya mohon maaf apabila hal ini mengecewakan.',
    'Saya mohon maaf atas ketidaknyamanan yang ditimbulkan.',
    'Saya memahami bahwa jadwal Ibu sangat padat.',
    'Saya lampirkan CV_Andi_Pratama.pdf sebagai bahan pertimbangan.',
    'Andi Pratama <andi.pratama@example.com>',
    'Mohon maaf karena kabar ini cukup mendadak bagi saya sendiri.',
    'Saya menghargai kesempatan yang telah diberikan.',
    'Apabila ada pertanyaan, saya dapat dihubungi di 0812-5555-6666.',
    'Saya dapat dihubungi setelah pukul 10.00 WIB.',
    'Mohon maaf saya terlambat membalas email Ibu.',
    'Saya menantikan kabar dari Ibu.',
    // English
    'I am grateful for your time.',
    'I am sorry if this causes any disappointment.',
    'Andi Pratama <andi.pratama@example.com>',
    'I appreciate your understanding.',
    'Please see the attached Portfolio_2026.pdf.',
    'Why not let me know if another time suits you better?',
    'I am sorry I was slow to reply.',
  ])('"%s"', (sentence) => {
    const found = withSentence(sentence)
    expect(found).not.toContain('blame')
    expect(found).not.toContain('placeholder')
    expect(found).not.toContain('no-thanks')
    expect(found).not.toContain('date-mismatch')
    expect(found).not.toContain('wrong-weekday')
  })
})

describe('known-bad sentences are flagged', () => {
  it.each<[string, string]>([
    // Indonesian
    ['Seharusnya pihak perusahaan memberi kabar lebih awal.', 'blame'],
    ['Jadwal ini terlalu mendadak.', 'blame'],
    ['Mengapa Bapak memilih waktu yang tidak bisa diubah?', 'blame'],
    ['Ini kesalahan pihak HRD.', 'blame'],
    ['Proses ini membuang waktu saya.', 'blame'],
    ['Maaf, HRD Anda lambat memberi kabar.', 'blame'],
    ['Kabar dari pihak perusahaan sangat lambat.', 'blame'],
    ['Balasannya terlalu lama sekali.', 'blame'],
    ['Hormat saya, {nama}', 'placeholder'],
    ['Mohon sampaikan kepada (nama HRD).', 'placeholder'],
    ['Nomor telepon saya ____.', 'placeholder'],
    ['Saya melamar di PT XYZ.', 'placeholder'],
    ['Salam, [nama Anda]', 'placeholder'],
    ['Hormat saya, <nama lengkap>', 'placeholder'],
    ['Saya tidak dapat hadir pada Selasa, 7 Desember 2026.', 'wrong-weekday'],
    ['Sampai jumpa pada Selasa, 8 Desember 2026 pukul 10.00 WIB.', 'date-mismatch'],
    ['Wawancara pukul 13.00 WIB tidak dapat saya ikuti.', 'date-mismatch'],
    ['Wawancara pada Senin, 7 Desember 2026 pukul 10.00 WITA.', 'zone-mismatch'],
    // English
    ['I do not understand why you chose a time that cannot be moved.', 'blame'],
    ['Why did you schedule it so early?', 'blame'],
    ['This was your mistake, not mine.', 'blame'],
    ['The process was disorganised.', 'blame'],
    ['You were very slow to reply to my email.', 'blame'],
    ['It took so long to get back to me.', 'blame'],
    ['Regards, {name}', 'placeholder'],
    ['See you on Tuesday, 7 December 2026.', 'wrong-weekday'],
    ['See you on Monday, 14 December 2026 at 10:00.', 'date-mismatch'],
    ['The interview on Monday, 7 December 2026 at 10:00 (GMT).', 'zone-mismatch'],
  ])('"%s" → %s', (sentence, code) => {
    expect(withSentence(sentence)).toContain(code)
  })
})

describe('draft checks', () => {
  it('a clean draft passes every check', () => {
    expect(codes({})).toEqual([])
  })

  it('an empty body is a finding, not an error', () => {
    expect(checkDraft({ ...base, body: '  \n' })).toEqual([
      { code: 'empty', severity: 'danger', message: 'Pesannya masih kosong.' },
    ])
  })

  it.each<[string, Partial<CheckInput>, string]>([
    ['no thanks in any wording', { body: 'Yth. Ibu Sari, HRD/REK/2026/118.' }, 'no-thanks'],
    [
      'the reference number left out of an email',
      { body: base.body, subject: 'Pembatalan' },
      'reference-missing',
    ],
    ['a reschedule without proposed times', { kind: 'reschedule' }, 'no-alternatives'],
    ['an email at late notice', { now: MOMENTS.late }, 'call-first'],
    ['a cancellation after the start', { now: MOMENTS.after }, 'past'],
    ['a thank-you before the interview', { kind: 'thanks' }, 'not-yet-held'],
    ['an apology before the interview', { kind: 'apology' }, 'not-yet-held'],
    [
      'a call outside office hours (Saturday)',
      { channel: 'phone', now: MOMENTS.short },
      'outside-office-hours',
    ],
    ['no contact name', { interview: sampleInterview({ contact: {} }) }, 'no-contact-name'],
    ['no contact title', { interview: sampleInterview({ contact: { name: 'Hendra' } }) }, 'no-contact-title'],
    [
      'a long reason typed in the body',
      {
        body: `${base.body} Saya sakit karena kemarin kehujanan dalam perjalanan pulang dari kantor lama saya, lalu demam tinggi sejak malam, sehingga dokter meminta saya beristirahat di rumah setidaknya tiga hari ke depan sambil menunggu hasil pemeriksaan darah yang baru keluar lusa.`,
      },
      'reason-too-long',
    ],
    [
      'a 950-character WhatsApp message',
      { channel: 'whatsapp', body: `${base.body} ${'a'.repeat(900)}` },
      'too-long',
    ],
    [
      'a proposed time on a Saturday',
      {
        kind: 'reschedule',
        alternatives: [{ startsAt: '2026-12-12T03:00:00.000Z', endsAt: '2026-12-12T04:00:00.000Z' }],
        proposed: [
          {
            slot: { startsAt: '2026-12-12T03:00:00.000Z', endsAt: '2026-12-12T04:00:00.000Z' },
            problems: ['weekend'],
          },
        ],
      },
      'proposed-time',
    ],
    ['a cancellation while still interested (illness)', { reason: 'illness' }, 'offer-reschedule'],
    ['an email to a contact with no email address', { interview: phoneOnly }, 'no-address'],
    ['an apology with no reason', { kind: 'apology', now: MOMENTS.after }, 'apology-reason'],
    [
      'a WhatsApp to a contact with no phone number',
      { channel: 'whatsapp', interview: emailOnly },
      'no-address',
    ],
    ['a call to a contact with no phone number', { channel: 'phone', interview: emailOnly }, 'no-address'],
    [
      'a call that promises an email to a contact with no email address',
      {
        channel: 'phone',
        interview: phoneOnly,
        body: `${base.body} Detailnya akan saya konfirmasi melalui email.`,
      },
      'promises-email',
    ],
    ['a thank-you by phone', { kind: 'thanks', channel: 'phone', now: MOMENTS.after }, 'thanks-in-writing'],
  ])('%s is flagged', (_name, change, code) => {
    expect(codes(change)).toContain(code)
  })

  it.each<[string, Partial<CheckInput>, string]>([
    [
      'confirming at short notice (confirming is not a change)',
      { kind: 'confirm', now: MOMENTS.short },
      'call-first',
    ],
    ['a phone draft at late notice', { channel: 'phone', now: MOMENTS.late }, 'call-first'],
    ['an apology after the interview', { kind: 'apology', now: MOMENTS.after }, 'past'],
    ['a thank-you after the interview', { kind: 'thanks', now: MOMENTS.after }, 'not-yet-held'],
    ['a call within office hours', { channel: 'phone', now: MOMENTS.ample }, 'outside-office-hours'],
    [
      'a WhatsApp of 600 characters',
      { channel: 'whatsapp', body: `${base.body} ${'a'.repeat(450)}` },
      'too-long',
    ],
    [
      'a proposed date written in the text',
      {
        kind: 'reschedule',
        alternatives: [{ startsAt: '2026-12-09T03:00:00.000Z', endsAt: '2026-12-09T04:00:00.000Z' }],
        body: `${base.body}\n- Rabu, 9 Desember 2026 pukul 10.00 WIB`,
      },
      'date-mismatch',
    ],
    ['a cancellation after another offer', { reason: 'other-offer' }, 'offer-reschedule'],
    [
      'a WhatsApp to a contact with no email address',
      { channel: 'whatsapp', interview: phoneOnly },
      'no-address',
    ],
    ['a call that promises no email', { channel: 'phone', interview: phoneOnly }, 'promises-email'],
    [
      'an apology with its reason',
      { kind: 'apology', now: MOMENTS.after, reason: 'family-emergency' },
      'apology-reason',
    ],
    [
      'a call that promises an email to a contact who has one',
      { channel: 'phone', body: `${base.body} Detailnya akan saya konfirmasi melalui email.` },
      'promises-email',
    ],
    ['a thank-you by email', { kind: 'thanks', now: MOMENTS.after }, 'thanks-in-writing'],
  ])('%s is not flagged', (_name, change, code) => {
    expect(codes(change)).not.toContain(code)
  })

  it('measures the WhatsApp length on the body, not the subject', () => {
    const body = `${base.body} ${'a'.repeat(400)}`
    expect(codes({ channel: 'whatsapp', body, subject: 'x'.repeat(300) })).not.toContain('too-long')
  })

  it('writes its messages in the UI language, with code and params for the renderer', () => {
    const [check] = checkDraft({ ...base, uiLanguage: 'en', body: `${base.body} {nama}` })
    expect(check).toEqual({
      code: 'placeholder',
      severity: 'danger',
      params: { found: '{nama}' },
      message: '“{nama}” looks like a placeholder; fill it in before sending.',
    })
    expect(checkMessage(check!.code, check!.params, 'id')).toBe(
      '“{nama}” tampaknya masih isian kosong; lengkapi sebelum dikirim.',
    )
  })

  it('has a message for every code in both languages', () => {
    for (const code of CHECK_CODES) {
      const params = {
        found: 'x',
        at: interview.startsAt,
        zone: 'Asia/Jakarta',
        problems: 'clash',
        count: 1,
        limit: 1,
        unit: 'words',
        words: 50,
        reference: 'R',
      }
      expect(checkMessage(code, params, 'id')).not.toBe(checkMessage(code, params, 'en'))
    }
  })
})

describe('a private reason detail left out of the text (drafts/check on the edited text)', () => {
  it('is noted while the detail is missing, in both languages, and no longer once it is written back', () => {
    const input = { reason: 'illness' as const, reasonDetail: 'demam tinggi.' }
    const found = checkDraft({ ...base, ...input }).find((check) => check.code === 'detail-left-out')
    expect(found).toMatchObject({ severity: 'info', params: { detail: 'demam tinggi' } })
    expect(found?.message).toContain('“demam tinggi”')
    expect(checkMessage('detail-left-out', { detail: 'a high fever' }, 'en')).toContain('“a high fever”')
    const written = `${base.body}\n\nSaya sedang demam tinggi.`
    expect(codes({ ...input, body: written })).not.toContain('detail-left-out')
  })

  it('is not raised for a reason whose detail is the reason itself, nor without a detail', () => {
    expect(codes({ reason: 'schedule-conflict', reasonDetail: 'wawancara lain' })).not.toContain(
      'detail-left-out',
    )
    expect(codes({ reason: 'family-emergency' })).not.toContain('detail-left-out')
  })
})

describe('a reason’s detail in the other language', () => {
  it('is flagged when copied into a message of the other language, in both directions', () => {
    const draft = (language: 'id' | 'en', detail: string) =>
      composeDraft({
        interview: sampleInterview(),
        settings: sampleSettings(),
        kind: 'reschedule',
        channel: 'email',
        language,
        alternatives: sampleAlternatives,
        now: MOMENTS.ample,
        reason: { category: 'schedule-conflict', detail },
      })
    const english = draft('en', 'ada ujian sertifikasi di hari yang sama')
    const flagged = english.checks.find((check) => check.code === 'detail-language')
    expect(flagged).toMatchObject({ severity: 'warning', params: { written: 'id' } })
    expect(draft('id', 'I have a certification exam on the same day').checks.map((c) => c.code)).toContain(
      'detail-language',
    )
    // In its own language, or too short to tell, nothing is said.
    for (const [language, detail] of [
      ['id', 'ada ujian sertifikasi di hari yang sama'],
      ['en', 'I have a certification exam on the same day'],
      ['en', 'UKOM'],
    ] as const)
      expect(
        draft(language, detail).checks.map((c) => c.code),
        detail,
      ).not.toContain('detail-language')
    expect(checkMessage('detail-language', { detail: 'ada ujian', written: 'id' }, 'id')).toContain(
      'tampaknya ditulis dalam bahasa Indonesia, padahal pesannya berbahasa Inggris',
    )
  })
})
