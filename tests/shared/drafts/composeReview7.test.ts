import { describe, expect, it } from 'vitest'
import { DRAFT_CHANNELS } from '../../../src/shared/drafts/types'
import { type DraftAsk, reviewDraft, phoneOf, words } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length

/** A reschedule request sent on Monday 30 November that has had no answer. */
const chased = (contact?: { name: string; phone: string }) =>
  sampleInterview({
    ...(contact ? { contact } : {}),
    reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
  })
const clash = { kind: 'reschedule-refused', reason: { category: 'schedule-conflict' } } as const
const flood = (language: 'id' | 'en'): DraftAsk => ({
  kind: 'cancel',
  language,
  now: Date.parse('2026-12-07T02:00:00Z'), // Monday 09:00 WIB, the office open
  reason: {
    category: 'unforeseen',
    detail:
      language === 'id'
        ? 'jalan menuju lokasi wawancara terendam banjir pagi ini'
        : 'the road to the interview venue is flooded this morning',
  },
})
const phoneInterview = () => sampleInterview({ mode: 'phone', location: undefined })
const missedCall: DraftAsk = {
  kind: 'apology',
  interview: phoneInterview(),
  reason: { category: 'illness' },
  now: MOMENTS.after,
}

describe('the seventh HR review', () => {
  it('1 (T1): after a clash the email thanks once, with the hope of staying in touch', () => {
    const id = reviewDraft(clash).body
    expect(id).toContain(
      'Apa pun keputusan Ibu, terima kasih atas pertimbangan dan kesempatan yang telah Ibu berikan. Saya berharap tetap dapat menjalin komunikasi yang baik dengan Ibu dan tim.\n\nHormat saya,',
    )
    expect(count(id, /terima kasih/gi)).toBe(2) // the purpose thanks for the news; the close, once
    const en = reviewDraft({ ...clash, language: 'en' }).body
    expect(en).toContain(
      'Whatever you decide, thank you for considering my request and for the opportunity so far. I hope we can stay in touch.\n\nKind regards,',
    )
    expect(en).not.toContain('Thank you for considering my request.')
  })

  it('2 (T2): the Indonesian decline says "Semoga" once and uses no semicolon', () => {
    for (const category of ['other-offer', 'not-a-fit'] as const) {
      const body = reviewDraft({ kind: 'decline', reason: { category } }).body
      expect(count(body, /semoga/gi), body).toBe(1)
      expect(body).not.toContain(';')
      expect(body).toMatch(
        /Di kemudian hari, saya berharap dapat dipertimbangkan.* untuk .* di PT Nusantara Digital Solusi\. Apabila Ibu berkenan menyimpan data saya, dengan senang hati saya akan mengirimkan CV terbaru\./,
      )
    }
  })

  it('3 (T3): the Indonesian chase email opens no two sentences in a row alike', () => {
    const titled = reviewDraft({ kind: 'chase', interview: chased(), alternatives: sampleAlternatives }).body
    expect(titled).toContain(
      'Saya memahami kesibukan Ibu dan berharap jadwal pengganti sudah dapat ditetapkan sebelum tanggal wawancara semula. Mohon kiranya Ibu dapat menginformasikan waktu mana yang paling sesuai. Apabila ketiga waktu tersebut kurang sesuai, saya bersedia menyesuaikan dengan waktu lain yang Ibu tentukan. Bila lebih mudah dibicarakan melalui telepon, Ibu dapat menghubungi saya di nomor di bawah ini.',
    )
    const untitled = reviewDraft({
      kind: 'chase',
      interview: chased({ name: 'Hendra Gunawan', phone: '+62 21 5555 0100' }),
      alternatives: sampleAlternatives,
    }).body
    expect(untitled).toContain(
      'Bila lebih mudah dibicarakan melalui telepon, saya dapat dihubungi di nomor di bawah ini.',
    )
    for (const body of [titled, untitled]) {
      const openings = body.split(/(?<=[.?!])\s+/).map((sentence) => sentence.split(' ')[0])
      const repeats = openings.filter(
        (word, i) => i > 0 && ['Saya', 'Apabila'].includes(word!) && word === openings[i - 1],
      )
      expect(repeats, body).toEqual([])
    }
  })

  it('4 (T3): the English chase email names "my message of …" and follows up once', () => {
    const body = reviewDraft({
      kind: 'chase',
      language: 'en',
      interview: chased(),
      alternatives: sampleAlternatives,
    }).body
    expect(body).toContain(
      'I am writing to follow up on my message of Monday, 30 November, asking to move my interview (reference HRD/REK/2026/118) set for Monday, 7 December 2026 at 10:00 (WIB).',
    )
    expect(body).toContain(
      'I appreciate that you must be busy, and I hope we can agree a new time before Monday.',
    )
    expect(count(body, /follow(?:ing)? up/g)).toBe(1)
  })

  it('5 (T7): a weekend chat says who is writing before apologising for the day', () => {
    const weekend = { kind: 'reschedule', channel: 'whatsapp', now: MOMENTS.short } as const
    const id = reviewDraft({
      ...weekend,
      alternatives: sampleAlternatives,
      reason: { category: 'illness' },
    }).body
    expect(id.split('\n\n')[1]).toMatch(
      /^Saya Andi Pratama, kandidat posisi Analis Data di PT Nusantara Digital Solusi\. Mohon maaf mengganggu di akhir pekan\. Saya ingin/,
    )
    const en = reviewDraft({
      ...weekend,
      language: 'en',
      alternatives: sampleAlternatives,
      reason: { category: 'illness' },
    })
    expect(en.body.split('\n\n')[1]).toMatch(
      /^This is Andi Pratama, a candidate for the Analis Data position at PT Nusantara Digital Solusi\. I am sorry to message you at the weekend\. I am writing/,
    )
    expect(en.body.length).toBeLessThanOrEqual(600)
  })

  it('6 (T5): the English reschedule voicemail is emailing the times, and keeps 50 words', () => {
    for (const now of [MOMENTS.ample, MOMENTS.short, MOMENTS.late]) {
      const { voicemail } = phoneOf({
        kind: 'reschedule',
        language: 'en',
        now,
        alternatives: sampleAlternatives,
        reason: { category: 'illness' },
      })
      // Review 8 (U3): a call that waits for the office follows the email, so the tense changes.
      expect(voicemail).toContain(
        now === MOMENTS.ample
          ? "I'm emailing you three alternative times."
          : "I've emailed you three alternative times.",
      )
      expect(voicemail).not.toMatch(/My email gives/)
      expect(words(voicemail), voicemail).toBeLessThanOrEqual(50)
    }
    const late = phoneOf({
      kind: 'reschedule',
      language: 'en',
      now: MOMENTS.late,
      alternatives: sampleAlternatives,
      reason: { category: 'illness' },
    })
    // The two sentences have as many words: the late notice keeps its "very" within the 50.
    expect(late.voicemail).toContain(
      "I'm very sorry for the late notice. I've emailed you three alternative times.",
    )
    // Where there is room, a late cancellation keeps its "very".
    const cancel = phoneOf({
      kind: 'cancel',
      language: 'en',
      now: MOMENTS.late,
      reason: { category: 'illness' },
    })
    expect(cancel.voicemail).toContain("I'm very sorry for the late notice.")
  })

  it('7 (T4): the Indonesian chase call asks "menanyakan kelanjutan", never "menindaklanjuti"', () => {
    const { script, voicemail } = phoneOf({
      kind: 'chase',
      interview: chased(),
      alternatives: sampleAlternatives,
    })
    expect(script).toContain(
      'Saya ingin menanyakan kelanjutan permohonan saya untuk memindahkan jadwal wawancara hari Senin, tanggal 7 Desember, pukul sepuluh pagi.',
    )
    expect(voicemail).toContain(
      'Saya ingin menanyakan kelanjutan permohonan saya untuk memindahkan jadwal wawancara hari Senin',
    )
    expect(`${script} ${voicemail}`).not.toMatch(/tindak ?lanjut/i)
  })

  it('8 (#71): the Indonesian flood email says "mohon maaf" once', () => {
    const body = reviewDraft(flood('id')).body
    expect(body).toContain(
      'Melalui email ini, saya ingin memberitahukan bahwa saya tidak dapat hadir di kantor untuk wawancara',
    )
    expect(count(body, /mohon maaf/gi), body).toBe(1)
  })

  it('9 (#114): the English flood email says "cannot" once', () => {
    const body = reviewDraft(flood('en')).body
    expect(body).toContain(
      'The road to the interview venue is flooded this morning, so I will not be able to get there in time.',
    )
    expect(count(body, /cannot/g), body).toBe(1)
  })

  it('10 (#37): the English thank-you email says "team" once and what joining leads to', () => {
    const body = reviewDraft({ kind: 'thanks', language: 'en', now: MOMENTS.after }).body
    expect(body).toContain('and about how the team at PT Nusantara Digital Solusi works.')
    expect(body).toContain(
      'Our conversation has made me even keener to join, and I am confident that my experience and skills would allow me to contribute from the start.',
    )
    expect(count(body, /\bteam\b/g), body).toBe(1)
  })

  it('11 (#82): withdrawing after another offer wishes "Ibu dan tim" well, not a bare "tim"', () => {
    const body = reviewDraft({ kind: 'reschedule-refused', reason: { category: 'other-offer' } }).body
    expect(body).toContain('Semoga Ibu dan tim segera menemukan kandidat yang tepat.')
    expect(count(body, /Ibu dan tim/g)).toBe(1)
  })

  it('12 (#123): the English clash voicemail names the position within 50 words', () => {
    const { voicemail } = phoneOf({ ...clash, language: 'en' })
    expect(voicemail).toContain('This is Andi Pratama, a candidate for the Analis Data position.')
    expect(voicemail).toContain(
      "As I have another commitment, could we hold it by video or phone later that day? Otherwise, I'll have to withdraw.",
    )
    expect(words(voicemail), voicemail).toBeLessThanOrEqual(50)
    expect(voicemail).toMatch(/0812-5555-6666\.$/)
  })

  it('13 (T6): English calls and voicemails say "I\'m sorry", emails keep "I apologise"', () => {
    const requests: DraftAsk[] = [
      { kind: 'cancel', language: 'en', reason: { category: 'schedule-conflict' } },
      { kind: 'cancel', language: 'en' },
      {
        kind: 'reschedule',
        language: 'en',
        reason: { category: 'schedule-conflict' },
        alternatives: sampleAlternatives,
      },
      {
        kind: 'cancel',
        language: 'en',
        reason: { category: 'schedule-conflict' },
        // The day before: a short notice, said on a Monday morning (#117).
        interview: sampleInterview({
          startsAt: '2026-12-08T03:00:00.000Z',
          endsAt: '2026-12-08T04:00:00.000Z',
        }),
        now: Date.parse('2026-12-07T02:30:00Z'),
      },
    ]
    for (const request of requests) {
      const body = reviewDraft({ ...request, channel: 'phone' }).body
      expect(body, body).not.toMatch(/I apologise/)
      expect(body, body).toMatch(/I'm sorry(?: for|,)/)
    }
    // Not a bare "I'm sorry", which sounds clipped on a recording (review 16).
    expect(phoneOf(requests[0]!).voicemail).toContain(
      "I'm sorry for any inconvenience, and I'll confirm by email.",
    )
    expect(reviewDraft({ ...requests[0]!, channel: 'email' }).body).toContain('I apologise')
  })

  it('14 (T8, #12): Indonesian calls ask which time in full; a chat confirms with "Saya ingin"', () => {
    for (const now of [MOMENTS.ample, MOMENTS.short, MOMENTS.late]) {
      const { script } = phoneOf({
        kind: 'reschedule',
        now,
        alternatives: sampleAlternatives,
        reason: { category: 'illness' },
      })
      // The question ends its step; the promise to confirm follows their answer, and a call that waits for
      // the office says the times went by email already (review 26).
      expect(script).toContain('Kira-kira waktu mana yang paling sesuai untuk Ibu?\n')
      if (now === MOMENTS.ample)
        expect(script).toContain('Baik, akan saya konfirmasi melalui email. Terima kasih, Bu.')
      else expect(script).toContain('Pilihan waktu ini juga sudah saya kirimkan melalui email.')
      expect(script).not.toMatch(/\bMana yang/)
    }
    const chat = reviewDraft({ kind: 'confirm', channel: 'whatsapp' }).body
    expect(chat).toContain(
      'Saya ingin mengonfirmasi kehadiran saya dalam wawancara pada Senin, 7 Desember 2026',
    )
    expect(chat).not.toContain('Dengan ini')
  })

  it('15 (#90, #91, #133, #134): a missed phone interview is "the call for my interview", whoever placed it', () => {
    for (const language of ['id', 'en'] as const)
      for (const channel of DRAFT_CHANNELS) {
        const { body } = reviewDraft({ ...missedCall, language, channel })
        expect(body, body).toMatch(
          language === 'id' ? /panggilan telepon untuk wawancara/ : /missing the call for my interview/,
        )
        expect(body, body).not.toMatch(/panggilan telepon Ibu|your call/)
      }
  })
})
