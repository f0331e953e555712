import { describe, expect, it } from 'vitest'
import { splitPhoneDraft } from '../../../src/shared/drafts/channels/phone'
import { DRAFT_CHANNELS } from '../../../src/shared/drafts/types'
import { reviewDraft, voicemailOf, words } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'

/** Monday 09:00 WIB, the office open, one hour before the interview. */
const DAY_OF = Date.parse('2026-12-07T02:00:00Z')
const flood = (language: 'id' | 'en') => ({
  category: 'unforeseen' as const,
  detail:
    language === 'id'
      ? 'jalan menuju kantor Ibu tertutup banjir pagi ini'
      : 'the road to your office is flooded this morning',
})

describe('the fifth HR review', () => {
  it('a flood on the day asks for video at the same hour first and cancels only if that is not possible', () => {
    for (const language of ['id', 'en'] as const)
      for (const channel of DRAFT_CHANNELS) {
        const { body, subject, checks } = reviewDraft({
          kind: 'cancel',
          channel,
          language,
          reason: flood(language),
          now: DAY_OF,
        })
        const script = channel === 'phone' ? splitPhoneDraft(body, language).script : body
        const ask = script.search(
          language === 'id' ? /Apakah wawancara\w* (?:dapat|bisa)/ : /(?:Could|Would) /,
        )
        const cancel = script.search(language === 'id' ? /membatalkan/ : /cancel/)
        expect(ask, script).toBeGreaterThan(0)
        // Cancelling comes after the question, as its fallback, never as the opening.
        expect(cancel, script).toBeGreaterThan(ask)
        expect(script).toMatch(language === 'id' ? /(?:Jika|Kalau) tidak/ : /If not/)
        expect(script).toMatch(language === 'id' ? /tertutup banjir/ : /is flooded/)
        // One offer, not four: no list of dates, no "suggest some alternative dates".
        expect(script).not.toMatch(/mengusulkan beberapa pilihan|suggest some alternative dates/)
        expect(checks.filter((check) => check.severity !== 'info').map((check) => check.code)).not.toContain(
          'too-long',
        )
        if (channel === 'email') {
          expect(subject).toBe(
            language === 'id'
              ? 'Tidak Dapat Hadir di Kantor – Wawancara Analis Data (Ref. HRD/REK/2026/118)'
              : 'Unable to Attend in Person – Analis Data Interview (Ref. HRD/REK/2026/118)',
          )
          expect(words(body)).toBeGreaterThanOrEqual(120)
        }
      }
  })

  it('the flood voicemail names the flood and asks to be called back', () => {
    for (const language of ['id', 'en'] as const) {
      const voicemail = voicemailOf({ kind: 'cancel', language, reason: flood(language), now: DAY_OF })
      expect(voicemail).toMatch(language === 'id' ? /tertutup banjir/ : /is flooded/)
      expect(voicemail).not.toMatch(/kendala yang tidak terduga|unforeseen problem/)
      expect(voicemail).toMatch(/kandidat posisi Analis Data|a candidate for the Analis Data position/)
      expect(voicemail).toMatch(language === 'id' ? /Mohon hubungi saya kembali/ : /Please call me back/)
      expect(words(voicemail)).toBeLessThanOrEqual(50)
    }
    // A cancellation at ample notice still only leaves the number: the email confirms it.
    expect(voicemailOf({ kind: 'cancel', language: 'en' })).toMatch(/You can reach me on/)
  })

  it('the refused reschedule folds the phone option into the video question, with no trailing sentence', () => {
    const id = reviewDraft({ kind: 'reschedule-refused' }).body
    expect(id).toContain(
      'Apakah wawancara pada jam yang sama dapat dilakukan melalui panggilan video, atau, bila lebih praktis, melalui telepon?',
    )
    expect(id).not.toMatch(/juga dapat saya ikuti/)
    const en = reviewDraft({ kind: 'reschedule-refused', language: 'en' }).body
    expect(en).toContain(
      'Would it be possible to hold the interview by video, or by phone, at the same time?',
    )
    expect(en).not.toMatch(/would also work for me/)
  })

  it('the chase chat asks which time suits', () => {
    const interview = sampleInterview({
      reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    })
    const request = { kind: 'chase' as const, channel: 'whatsapp' as const, interview }
    const id = reviewDraft({ ...request, alternatives: sampleAlternatives }).body
    expect(id).toContain('Mohon dikabari waktu yang paling sesuai, Bu.')
    const en = reviewDraft({ ...request, language: 'en', alternatives: sampleAlternatives }).body
    expect(en).toContain(
      'Could you let me know which suits you best? If none of these works, I am happy to fit in with your schedule.',
    )
    // Without a title the chat neither says "Bu" nor switches to "tim".
    const untitled = sampleInterview({
      contact: { ...interview.contact, name: 'Hendra Gunawan', title: undefined },
      reschedule: interview.reschedule,
    })
    const bare = reviewDraft({ ...request, interview: untitled, alternatives: sampleAlternatives }).body
    expect(bare).toContain('Mohon dikabari waktu yang paling sesuai.')
    const letter = reviewDraft({ kind: 'chase', interview: untitled, alternatives: sampleAlternatives }).body
    expect(letter).not.toMatch(/\btim\b/)
  })

  it('Indonesian letters say "wawancara (undangan nomor …)" and "saya sudah memiliki agenda lain"', () => {
    const body = reviewDraft({ kind: 'cancel', reason: { category: 'schedule-conflict' } }).body
    expect(body).toContain('wawancara (undangan nomor HRD/REK/2026/118)')
    expect(body).toContain('Pada waktu tersebut saya sudah memiliki agenda lain yang terjadwal.')
    expect(body).not.toMatch(/sengaja|terdapat jadwal lain/)
  })

  it('the video reply names the link once and closes formally', () => {
    const interview = sampleInterview({
      mode: 'video',
      location: undefined,
      meetingUrl: 'https://zoom.us/j/1',
    })
    const id = reviewDraft({ kind: 'reschedule-refused', interview }).body
    expect(id.match(/[Tt]autan/g)).toHaveLength(2)
    expect(id).toMatch(/kirimkan\. Sebelum wawancara, saya akan mencoba tautan tersebut/)
    expect(id).toContain('Terima kasih atas perhatian Ibu.')
    expect(words(id)).toBeGreaterThanOrEqual(120)
    const en = reviewDraft({ kind: 'reschedule-refused', interview, language: 'en' }).body
    expect(en).toMatch(/link you sent\. I will test it beforehand/)
    expect(words(en)).toBeGreaterThanOrEqual(120)
  })

  it('voicemails keep their elements: apology and email for a cancel without title, the hour, the position', () => {
    const untitled = sampleInterview({
      contact: { ...sampleInterview().contact, name: 'Hendra Gunawan', title: undefined },
    })
    const cancel = voicemailOf({
      kind: 'cancel',
      language: 'en',
      interview: untitled,
      reason: { category: 'schedule-conflict' },
    })
    expect(cancel).toContain("I'm sorry, and I'll confirm by email.")
    expect(cancel).toContain('a candidate for the Analis Data position')
    expect(voicemailOf({ kind: 'confirm', language: 'en' })).toContain("Monday's 10 a.m. interview")
    const apology = voicemailOf({
      kind: 'apology',
      language: 'en',
      reason: { category: 'family-emergency' },
      now: MOMENTS.after,
    })
    expect(apology).toContain('a candidate for the Analis Data position')
    const video = sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' })
    expect(voicemailOf({ kind: 'reschedule-refused', language: 'en', interview: video })).not.toMatch(
      /on the interview on/,
    )
  })

  // The Indonesian letter puts understanding right after its request (review 19, M1: composeReview19).
  it('the English apology letter ends on understanding, after the way to reach the candidate', () => {
    const { body } = reviewDraft({ kind: 'apology', language: 'en', now: MOMENTS.after })
    const reach = body.search(/at any time/)
    expect(reach).toBeGreaterThan(0)
    expect(body.search(/fully understand/)).toBeGreaterThan(reach)
  })

  it('the decline says its early notice with the withdrawal and offers the CV with future roles', () => {
    const id = reviewDraft({ kind: 'decline', reason: { category: 'other-offer' } }).body
    expect(id).toMatch(/mengundurkan diri dari proses seleksi ini\. Kabar ini saya sampaikan sedini mungkin/)
    expect(id).toMatch(/di PT Nusantara Digital Solusi\. Apabila Ibu berkenan menyimpan data saya/)
    const en = reviewDraft({ kind: 'decline', language: 'en', reason: { category: 'other-offer' } }).body
    expect(en.match(/glad/g) ?? []).toHaveLength(0)
    expect(en).toMatch(/another company\. I wanted to let you know as early as possible/)
  })

  it('reschedule calls say what they ask in fewer words', () => {
    const en = reviewDraft({
      kind: 'reschedule',
      channel: 'phone',
      language: 'en',
      alternatives: sampleAlternatives,
    })
    expect(en.body).toContain(
      "I'm calling to ask whether my interview on Monday, 7 December, at 10 a.m. could be moved.",
    )
    const id = reviewDraft({ kind: 'reschedule', channel: 'phone', alternatives: sampleAlternatives })
    expect(id.body).toContain('Kira-kira waktu mana yang paling sesuai untuk Ibu?')
  })

  it('an English chat with no name greets by the time of day alone; at the weekend it says sorry plainly', () => {
    const nameless = sampleInterview({ contact: { role: 'hr' } })
    const chat = reviewDraft({
      kind: 'cancel',
      channel: 'whatsapp',
      language: 'en',
      interview: nameless,
    }).body
    expect(chat).toMatch(/^Good morning\.\n\n/)
    const weekend = reviewDraft({
      kind: 'cancel',
      channel: 'whatsapp',
      language: 'en',
      now: MOMENTS.short,
    }).body
    expect(weekend).toContain('I am sorry to message you at the weekend.')
  })
})
