import { describe, expect, it } from 'vitest'
import { splitPhoneDraft } from '../../../src/shared/drafts/channels/phone'
import { DRAFT_CHANNELS } from '../../../src/shared/drafts/types'
import { reviewDraft, voicemailOf, words } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'

describe('the fourth HR review', () => {
  it('the emails no longer share one closing contact sentence', () => {
    const kinds = ['cancel', 'reschedule', 'decline', 'confirm', 'apology', 'reschedule-refused'] as const
    for (const language of ['id', 'en'] as const) {
      const bodies = kinds.map(
        (kind) =>
          reviewDraft({
            kind,
            language,
            alternatives: kind === 'reschedule' ? sampleAlternatives : [],
            now: kind === 'apology' ? MOMENTS.after : MOMENTS.ample,
          }).body,
      )
      // A video interview with its link: the refused reply and the confirmation keep the floor too.
      const video = sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' })
      for (const kind of ['reschedule-refused', 'confirm'] as const)
        bodies.push(reviewDraft({ kind, language, interview: video }).body)
      for (const body of bodies) {
        expect(body).not.toMatch(/perlu dikonfirmasi|needs confirming/)
        expect(words(body)).toBeGreaterThanOrEqual(120)
      }
    }
  })

  it('a voicemail asks to be called back only when an answer is needed', () => {
    expect(voicemailOf({ kind: 'cancel' })).not.toMatch(/hubungi saya kembali/)
    expect(voicemailOf({ kind: 'cancel', language: 'en' })).not.toMatch(/call me back/)
    expect(voicemailOf({ kind: 'reschedule', alternatives: sampleAlternatives })).toMatch(
      /Mohon hubungi saya kembali/,
    )
    const offer = { kind: 'reschedule-refused', reason: { category: 'other-offer' } } as const
    expect(voicemailOf(offer)).not.toMatch(/hubungi saya kembali/)
    expect(voicemailOf({ ...offer, language: 'en' })).not.toMatch(/call me back/)
  })

  it('the English voicemail repeats the number as "That\'s …", the Indonesian as its own sentence', () => {
    const en = voicemailOf({ kind: 'decline', language: 'en', reason: { category: 'other-offer' } })
    expect(en).not.toMatch(/, again,/)
    expect(en).toMatch(/\. That's 0812-5555-6666\.$/)
    expect(voicemailOf({ kind: 'confirm' })).toMatch(/\. Sekali lagi, 0812-5555-6666\.$/)
  })

  it('a cancellation in English apologises in its voicemail and says the email follows', () => {
    const voicemail = voicemailOf({
      kind: 'cancel',
      language: 'en',
      reason: { category: 'schedule-conflict' },
    })
    // Said aloud, "I'm sorry" (review 7, T6); the written "I apologise" stays in emails and chats.
    expect(voicemail).toMatch(/I'm sorry/)
    expect(voicemail).toMatch(/confirm by email/)
    expect(words(voicemail)).toBeLessThanOrEqual(50)
  })

  it('a call placed on Monday 08:00 for a draft written on Saturday apologises for late notice', () => {
    const request = {
      kind: 'reschedule',
      reason: { category: 'illness' },
      alternatives: sampleAlternatives,
      now: MOMENTS.short,
    } as const
    const { script } = splitPhoneDraft(reviewDraft({ ...request, channel: 'phone' }).body, 'id')
    expect(script).toMatch(/sangat mendadak/)
    const en = splitPhoneDraft(reviewDraft({ ...request, channel: 'phone', language: 'en' }).body, 'en')
    expect(en.script).toMatch(/late notice/)
    expect(en.voicemail).toMatch(/I've emailed you three alternative times\./)
    // The Saturday email names the day of the call.
    expect(reviewDraft({ ...request, language: 'en' }).body).toContain('first thing on Monday morning')
  })

  it('withdrawing after a refused reschedule: its subject says so, the present tense, no question', () => {
    const en = reviewDraft({
      kind: 'reschedule-refused',
      language: 'en',
      reason: { category: 'other-offer' },
    })
    expect(en.subject).toMatch(/^Withdrawal of Application – /)
    expect(en.body).toContain(
      'In the meantime, I have accepted an offer from another company, so I am withdrawing my application.',
    )
    expect(en.body).not.toMatch(/will regretfully withdraw|\?/)
  })

  it('a chase email says when the request went out and ends on the phone, not this email', () => {
    const interview = sampleInterview({
      reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    })
    const id = reviewDraft({
      kind: 'chase',
      interview,
      alternatives: sampleAlternatives,
      now: MOMENTS.ample + 3600_000,
    })
    expect(id.body).toContain(
      'menindaklanjuti pesan saya tertanggal Senin, 30 November, perihal permohonan penjadwalan ulang',
    )
    expect(id.body).not.toMatch(/telepon, saya dapat dihubungi melalui email/)
    const en = reviewDraft({
      kind: 'chase',
      interview,
      language: 'en',
      alternatives: sampleAlternatives,
      now: MOMENTS.ample + 3600_000,
    })
    expect(en.body).toContain('my message of Monday, 30 November, asking to move my interview')
    // The request's own date is a date the text may name: no date-mismatch check.
    expect([...id.checks, ...en.checks].map((check) => check.code)).not.toContain('date-mismatch')
  })

  it('a flooded road on the day offers video at the same hour, within every channel limit', () => {
    for (const language of ['id', 'en'] as const)
      for (const channel of DRAFT_CHANNELS) {
        const { body, checks } = reviewDraft({
          kind: 'cancel',
          channel,
          language,
          reason: {
            category: 'unforeseen',
            detail:
              language === 'id'
                ? 'jalan menuju kantor tertutup banjir'
                : 'the road to your office is flooded',
          },
          now: Date.parse('2026-12-07T02:00:00Z'),
        })
        expect(body).toMatch(language === 'id' ? /video/ : /by video/)
        expect(body).not.toMatch(/kendala yang tidak terduga pada waktu tersebut, yaitu|come up: /)
        expect(checks.filter((check) => check.severity !== 'info').map((check) => check.code)).not.toContain(
          'too-long',
        )
      }
  })
})
