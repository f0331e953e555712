import { describe, expect, it } from 'vitest'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'
import { reviewDraft, voicemailOf, words } from '../../helpers/reviewDrafts'

// Reviews 23 and 24, native HR reads of all 48 drafts.
const conflict = { category: 'schedule-conflict' } as const
const asked = sampleInterview({
  reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
})

describe('review 24', () => {
  it('S2: a clash is a prior commitment, not one that cannot change (a refused request offers to change it)', () => {
    const id = reviewDraft({ kind: 'reschedule', reason: conflict, alternatives: sampleAlternatives }).body
    expect(id).toContain('Pada waktu tersebut saya sudah memiliki agenda lain yang terjadwal.')
    expect(id).not.toContain('tidak dapat saya ubah')
    const en = reviewDraft({ kind: 'reschedule', language: 'en', reason: conflict }).body
    expect(en).toContain('Unfortunately, I have a prior commitment at that time.')
    // The company decides: no thanks for a flexibility it has not shown yet.
    expect(en).toContain('Thank you for your understanding.')
    expect(en).not.toContain('flexibility')
  })

  it('S2: the letter after a missed interview owns that no word came before it', () => {
    const missed = {
      kind: 'apology',
      reason: { category: 'family-emergency' },
      now: MOMENTS.nextDay,
    } as const
    expect(reviewDraft(missed).body).toContain(
      'pukul 10.00 WIB, dan juga tidak memberi kabar kepada Ibu sebelumnya. Saat itu ada keadaan darurat',
    )
    expect(reviewDraft({ ...missed, language: 'en' }).body).toContain(
      ', and for not letting you know beforehand.',
    )
    expect(reviewDraft({ ...missed, channel: 'whatsapp' }).body).not.toContain('mengabari')
  })

  it('S3: the Indonesian voicemail after an email says so, within its words, ending with the number', () => {
    const voicemail = voicemailOf({ kind: 'cancel', reason: { category: 'illness' }, now: MOMENTS.short })
    // Review 25: the reason in full; "Saya sedang sakit." alone read as clipped.
    expect(voicemail).toContain(
      'Saya sedang sakit dan perlu beristirahat. Mohon maaf atas pemberitahuan yang sangat mendadak ini.',
    )
    expect(voicemail).toContain('Saya juga sudah mengirimkan email.')
    expect(voicemail).toMatch(/dihubungi di 0812-5555-6666\.$/)
    expect(words(voicemail)).toBeLessThanOrEqual(50)
  })

  it('S3: chats confirm and offer in a letter’s register; the chase says when the interview is now', () => {
    const chat = reviewDraft({ kind: 'reschedule', channel: 'whatsapp', alternatives: sampleAlternatives })
    expect(chat.body).toContain('Mohon dikabari waktu yang sesuai, Bu. Saya akan segera mengonfirmasinya.')
    const thanks = reviewDraft({ kind: 'thanks', channel: 'whatsapp', now: MOMENTS.after }).body
    expect(thanks).toContain('Penjelasan mengenai posisi ini dan cara kerja timnya')
    expect(thanks).toContain(
      'Apabila Ibu memerlukan dokumen tambahan, dengan senang hati akan saya kirimkan.',
    )
    const chase = reviewDraft({ kind: 'chase', interview: asked, alternatives: sampleAlternatives }).body
    // Review 25: "terjadwal", and "tetap" after it, not "masih … masih".
    expect(chase).toContain(
      'Wawancara tersebut saat ini terjadwal pada Senin, 7 Desember 2026 pukul 10.00 WIB. Saya tetap sangat berminat pada posisi ini.',
    )
    expect(chase).not.toContain('semula dijadwalkan')
  })
})
