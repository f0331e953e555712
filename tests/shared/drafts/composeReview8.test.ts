import { describe, expect, it } from 'vitest'
import { type DraftAsk, reviewDraft, phoneOf, voicemailOf, words } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'
import { DRAFT_CHANNELS } from '../../../src/shared/drafts/types'

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length

/** A reschedule request sent on Monday 30 November that has had no answer. */
const chased = (contact?: { name: string; phone: string }) =>
  sampleInterview({
    ...(contact ? { contact } : {}),
    reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
  })
const untitled = { name: 'Hendra Gunawan', phone: '+62 21 5555 0100' }
const videoInterview = () =>
  sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/123456789' })
const illness = (language: 'id' | 'en') => ({
  category: 'illness' as const,
  detail: language === 'id' ? 'demam tinggi' : 'a high fever',
})
/** The three moments a reschedule is written at: Wednesday 09:30, Saturday, Monday 07:30. */
const NOTICES = [MOMENTS.ample, MOMENTS.short, MOMENTS.late]

describe('the eighth HR review', () => {
  it('1 (U4): the refused video reply promises to test the link instead of claiming it was tested', () => {
    const id = reviewDraft({ kind: 'reschedule-refused', interview: videoInterview() }).body
    expect(id).toContain(
      'melalui tautan yang telah Ibu kirimkan. Sebelum wawancara, saya akan mencoba tautan tersebut serta memastikan koneksi dan perangkat saya siap, lalu bergabung beberapa menit lebih awal.',
    )
    expect(id).not.toMatch(/sudah saya coba/)
    const en = reviewDraft({ kind: 'reschedule-refused', interview: videoInterview(), language: 'en' }).body
    expect(en).toContain(
      'using the link you sent. I will test it beforehand, check my connection and equipment, and log in a few minutes early.',
    )
    expect(en).not.toMatch(/already tested/)
    for (const body of [id, en]) expect(words(body), body).toBeGreaterThanOrEqual(120)
  })

  it('2 (U3): a voicemail left once the office opens says the email has gone; a call at once is emailing', () => {
    for (const now of NOTICES) {
      const { voicemail } = phoneOf({
        kind: 'reschedule',
        language: 'en',
        now,
        alternatives: sampleAlternatives,
        reason: illness('en'),
      })
      expect(voicemail).toContain(
        now === MOMENTS.ample
          ? "I'm emailing you three alternative times."
          : "I've emailed you three alternative times.",
      )
      expect(words(voicemail), voicemail).toBeLessThanOrEqual(50)
    }
  })

  it('3 (U2): the Indonesian chase call keeps its "untuk" and does not say it is calling', () => {
    for (const contact of [undefined, untitled]) {
      const { script } = phoneOf({
        kind: 'chase',
        interview: chased(contact),
        alternatives: sampleAlternatives,
      })
      expect(script).toContain(
        'Saya ingin menanyakan kelanjutan permohonan saya untuk memindahkan jadwal wawancara hari Senin, tanggal 7 Desember, pukul sepuluh pagi.',
      )
      expect(script).not.toMatch(/menelepon untuk menanyakan|permohonan saya menjadwalkan/)
    }
  })

  it('4 (U1): the Indonesian chase email says "disepakati" at most once', () => {
    const titled = reviewDraft({ kind: 'chase', interview: chased(), alternatives: sampleAlternatives }).body
    expect(titled).toContain(
      'Saya memahami kesibukan Ibu dan berharap jadwal pengganti sudah dapat ditetapkan sebelum tanggal wawancara semula. Mohon kiranya Ibu dapat menginformasikan waktu mana yang paling sesuai. Apabila ketiga waktu tersebut kurang sesuai, saya bersedia menyesuaikan dengan waktu lain yang Ibu tentukan.',
    )
    const plain = reviewDraft({
      kind: 'chase',
      interview: chased(untitled),
      alternatives: sampleAlternatives,
    }).body
    // Without a title the pronoun is not repeated: "… dengan waktu lain yang ditentukan".
    expect(plain).toContain(
      'Apabila ketiga waktu tersebut kurang sesuai, saya bersedia menyesuaikan dengan waktu lain yang ditentukan.',
    )
    for (const body of [titled, plain]) expect(count(body, /disepakati/g), body).toBeLessThanOrEqual(1)
  })

  it('5 (U1): the English chase email says "agree" once', () => {
    for (const contact of [undefined, untitled]) {
      const body = reviewDraft({
        kind: 'chase',
        language: 'en',
        interview: chased(contact),
        alternatives: sampleAlternatives,
      }).body
      expect(body).toContain(
        'I hope we can agree a new time before Monday. If none of these suits you, I am happy to work around your schedule, and I will confirm the details as soon as we have a date.',
      )
      expect(count(body, /\bagree\b/g), body).toBe(1)
    }
  })

  it('6 (#82): the withdrawal letter says "kesempatan" once, in its closing thanks', () => {
    const body = reviewDraft({ kind: 'reschedule-refused', reason: { category: 'other-offer' } }).body
    expect(body).toContain(
      'Saya menghargai pengalaman mengikuti proses seleksi ini dan berharap tetap dapat menjalin komunikasi yang baik.',
    )
    expect(body).toContain('Apabila Ibu ingin menyimpan data saya untuk lowongan di masa mendatang,')
    expect(count(body, /kesempatan/gi), body).toBe(1)
    expect(words(body)).toBeGreaterThanOrEqual(120)
  })

  it('7 (#19): the video question does not put "mudah" before "memudahkan"', () => {
    const body = reviewDraft({ kind: 'reschedule-refused' }).body
    expect(body).toContain('melalui panggilan video, atau, bila lebih praktis, melalui telepon?')
    expect(body).not.toMatch(/mudah\b/)
  })

  it('8 (#10): the confirm letter says "sebelum wawancara" once', () => {
    for (const interview of [sampleInterview(), videoInterview()]) {
      const body = reviewDraft({ kind: 'confirm', interview }).body
      expect(body).toContain('Saya juga dapat mengirimkan CV terbaru terlebih dahulu bila diperlukan.')
      expect(count(body, /sebelum wawancara/g), body).toBeLessThanOrEqual(1)
    }
  })

  it('9 (U6): the English apology letter says "possible" once', () => {
    const asks: DraftAsk[] = [
      { kind: 'apology', reason: { category: 'unforeseen' } },
      {
        kind: 'apology',
        reason: { category: 'family-emergency', detail: 'my father was taken to hospital' },
      },
      {
        kind: 'apology',
        reason: { category: 'illness' },
        interview: sampleInterview({ mode: 'phone', location: undefined }),
      },
    ]
    for (const ask of asks) {
      const body = reviewDraft({ ...ask, language: 'en', now: MOMENTS.after }).body
      expect(body).toContain('I would fully understand if another interview cannot be arranged.')
      expect(count(body, /possible/g), body).toBe(1)
    }
  })

  it('10 (U5): the Indonesian reschedule letter offers video before it promises to confirm', () => {
    for (const now of NOTICES) {
      const body = reviewDraft({
        kind: 'reschedule',
        now,
        alternatives: sampleAlternatives,
        reason: illness('id'),
      }).body
      expect(body).toMatch(
        /melalui panggilan video\. Setelah waktunya disepakati, saya akan segera mengonfirmasi kehadiran saya\.\n/,
      )
    }
  })

  it('11 (U5): the English reschedule letter offers video before it promises to confirm', () => {
    for (const now of NOTICES) {
      const body = reviewDraft({
        kind: 'reschedule',
        language: 'en',
        now,
        alternatives: sampleAlternatives,
        reason: illness('en'),
      }).body
      expect(body).toMatch(
        /by video at any of these times\. Once we agree on a time, I will confirm the details\.\n/,
      )
    }
  })

  it('12 (#125): the English withdrawal wishes "you and your team" success', () => {
    const body = reviewDraft({
      kind: 'reschedule-refused',
      language: 'en',
      reason: { category: 'other-offer' },
    }).body
    expect(body).toContain('I wish you and your team every success in finding the right person.')
    expect(body).not.toMatch(/wish the team/)
  })

  it('13 (#14): the Indonesian thank-you call asks, it does not instruct', () => {
    const { script } = phoneOf({ kind: 'thanks', now: MOMENTS.after })
    expect(script).toContain('Jika ada dokumen yang masih diperlukan, mohon kabari saya, Bu.')
    expect(script).not.toMatch(/silakan kabari/)
  })

  it('14 (#79): after a clash the letter says "Apabila dapat diatur", not the spoken "Bila bisa"', () => {
    const body = reviewDraft({ kind: 'reschedule-refused', reason: { category: 'schedule-conflict' } }).body
    expect(body).toContain(
      'Apabila dapat diatur, Ibu dapat menghubungi saya di nomor di bawah ini untuk menentukan jamnya. Namun, jika hal itu tidak memungkinkan,',
    )
    expect(body).not.toMatch(/Bila bisa/)
  })

  // A guard, not a change: the fullest chats (#18, #59, #70, #78) passed before and must keep passing.
  it('15: the four longest Indonesian chats stay within 600 characters', () => {
    const chats: DraftAsk[] = [
      { kind: 'apology', reason: { category: 'unforeseen' }, now: MOMENTS.after },
      { kind: 'reschedule', reason: illness('id'), now: MOMENTS.short, alternatives: sampleAlternatives },
      { kind: 'reschedule', reason: illness('id'), now: MOMENTS.late, alternatives: sampleAlternatives },
      {
        kind: 'apology',
        reason: { category: 'family-emergency', detail: 'ayah saya dirawat di rumah sakit' },
        now: MOMENTS.after,
      },
    ]
    for (const chat of chats) {
      const { body } = reviewDraft({ ...chat, channel: 'whatsapp' })
      expect(body.length, body).toBeGreaterThan(550)
      expect(body.length, body).toBeLessThanOrEqual(600)
    }
  })
})

describe('the ninth HR review', () => {
  it('V1: an Indonesian voicemail after the email says the times were already sent; a call at once says it sends them', () => {
    const ask = { kind: 'reschedule' as const, alternatives: sampleAlternatives, language: 'id' as const }
    expect(voicemailOf({ ...ask, now: MOMENTS.late })).toContain(
      'Usulan waktu pengganti sudah saya kirimkan melalui email.',
    )
    // Still to come: "akan … hari ini" (review 16).
    expect(voicemailOf({ ...ask, now: MOMENTS.ample })).toContain(
      'Usulan waktu penggantinya akan saya kirimkan melalui email hari ini.',
    )
  })

  it('V10: the video reply tests the link "before the interview", which cannot be read as "previously"', () => {
    const body = reviewDraft({
      kind: 'reschedule-refused',
      interview: sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' }),
    }).body
    expect(body).toContain('Sebelum wawancara, saya akan mencoba tautan tersebut')
    expect(body).not.toContain('Sebelumnya,')
  })
})

describe('the tenth HR review', () => {
  it('W1: the email after a refused reschedule withdraws only if it comes to that ("akan")', () => {
    const body = reviewDraft({
      kind: 'reschedule-refused',
      reason: { category: 'schedule-conflict' },
    }).body
    expect(body).toContain('dengan berat hati saya akan mengundurkan diri dari proses seleksi ini.')
    // Review 11: the call, its voicemail and the chat say the same.
    for (const channel of ['phone', 'whatsapp'] as const) {
      const draft = reviewDraft({
        kind: 'reschedule-refused',
        channel,
        reason: { category: 'schedule-conflict' },
      })
      expect(draft.body, channel).toContain('dengan berat hati saya akan mengundurkan diri')
      expect(draft.body, channel).not.toMatch(/berat hati saya mengundurkan diri/)
    }
  })

  it('W3–W5 (review 11): a comma closes a "today, Monday, …" aside before the verb; a plain date takes none', () => {
    const id = reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives }).body
    const en = reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives, language: 'en' }).body
    expect(id).toMatch(/pukul 10\.00 WIB dapat dijadwalkan ulang/)
    expect(en).toMatch(/\(WIB\) could be rescheduled/)
    for (const channel of DRAFT_CHANNELS)
      for (const language of ['id', 'en'] as const) {
        const body = reviewDraft({
          kind: 'reschedule',
          channel,
          language,
          alternatives: sampleAlternatives,
        }).body
        expect(body, `${channel} ${language}`).not.toMatch(
          /, (?:dapat dijadwalkan ulang|could be rescheduled)/,
        )
      }
    const today = { kind: 'reschedule' as const, now: Date.parse('2026-12-07T00:30:00Z') }
    expect(reviewDraft({ ...today, language: 'id' }).body).toMatch(
      /hari ini, Senin, .* WIB, dapat dijadwalkan ulang/,
    )
    expect(reviewDraft({ ...today, language: 'en' }).body).toMatch(
      /today, Monday, .*\(WIB\), could be rescheduled/,
    )
  })
})
