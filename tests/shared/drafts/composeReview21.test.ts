import { describe, expect, it } from 'vitest'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'
import { phoneOf, reviewDraft } from '../../helpers/reviewDrafts'

// Review 21, a native HR read of all 48 drafts: the chase call said its first proposed day without a date and
// the next two with theirs, and a call made only to thank opened by apologising for the disturbance.
const asked = sampleInterview({
  reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
})
/** Friday 4 December, 09:00 WIB: Wednesday the 9th is five days away, Thursday the 10th more than six. */
const friday = Date.parse('2026-12-04T02:00:00Z')

describe('review 21', () => {
  it('S2: the proposed times are all said with their dates when one of them needs it', () => {
    const chase = phoneOf({ kind: 'chase', interview: asked, alternatives: sampleAlternatives, now: friday })
    expect(chase.script).toContain(
      'Saya masih dapat hadir Rabu tanggal 9 pukul sepuluh pagi, Kamis tanggal 10 pukul dua siang, atau Jumat tanggal 11 pukul sepuluh pagi.',
    )
    const english = phoneOf({
      kind: 'chase',
      language: 'en',
      interview: asked,
      alternatives: sampleAlternatives,
      now: friday,
    })
    expect(english.script).toContain(
      "I'm still available Wednesday the 9th at 10 a.m., Thursday the 10th at 2 p.m. or Friday the 11th at 10 a.m.",
    )
  })

  it('and all without, when every one is within the week ahead', () => {
    const call = phoneOf({ kind: 'reschedule', alternatives: sampleAlternatives, now: MOMENTS.short })
    expect(call.script).toContain(
      'Rabu pukul sepuluh pagi, Kamis pukul dua siang, atau Jumat pukul sepuluh pagi',
    )
    expect(call.script).not.toContain('tanggal 9')
  })

  it('S3: a thank-you call asks for a moment instead of apologising for the disturbance', () => {
    const thanks = phoneOf({ kind: 'thanks', now: MOMENTS.after })
    expect(thanks.script).toContain('Saya Andi Pratama. Boleh saya minta waktu Ibu sebentar?')
    expect(thanks.script).not.toContain('Mohon maaf mengganggu')
    // Other calls to HR keep the usual courtesy.
    expect(phoneOf({ kind: 'confirm' }).script).toContain('Mohon maaf mengganggu waktu Ibu sebentar.')
  })

  it('review 22: the thank-you letter offers references without assuming a former employer', () => {
    const id = reviewDraft({ kind: 'thanks', now: MOMENTS.after }).body
    expect(id).toContain(
      'misalnya kontak referensi, sertifikat, atau contoh hasil kerja saya yang tidak bersifat rahasia',
    )
    const en = reviewDraft({ kind: 'thanks', language: 'en', now: MOMENTS.after }).body
    expect(en).toContain(
      'such as references, certificates or examples of my work (with any confidential data removed)',
    )
    for (const letter of [id, en]) expect(letter).not.toMatch(/mantan atasan|previous managers/)
  })
})
