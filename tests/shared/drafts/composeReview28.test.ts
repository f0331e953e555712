import { describe, expect, it } from 'vitest'
import { MOMENTS } from '../../helpers/draftSamples'
import { phoneOf, reviewDraft, voicemailOf } from '../../helpers/reviewDrafts'

// The 28th read of every kind × channel × language, as a Jakarta HR officer would: a no-show's apology.
const after = { kind: 'apology', now: MOMENTS.after } as const

describe('review 28: an apology for a missed interview', () => {
  it('owns, in every channel, that no word came before', () => {
    expect(reviewDraft({ ...after, channel: 'whatsapp' }).body).toContain(
      'tidak hadir dalam wawancara tadi pagi pukul 10.00 WIB tanpa memberi kabar sebelumnya.',
    )
    expect(phoneOf(after).script).toContain('tanpa memberi kabar sebelumnya.')
    expect(reviewDraft({ ...after, channel: 'whatsapp', language: 'en' }).body).toContain(
      ', and for not letting you know beforehand.',
    )
    expect(phoneOf({ ...after, language: 'en' }).script).toContain('without letting you know.')
  })

  it('offers the number on a voicemail rather than asking to be called back', () => {
    const id = voicemailOf(after)
    expect(id).toContain('Bila Ibu berkenan, saya dapat dihubungi di 0812-5555-6666.')
    expect(id).not.toContain('Mohon hubungi saya kembali')
    const en = voicemailOf({ ...after, language: 'en' })
    expect(en).toContain("If it's convenient, you can reach me on 0812-5555-6666.")
    expect(en).not.toContain('Please call me back')
  })

  it('without a reason chosen, warns before sending', () => {
    const check = reviewDraft(after).checks.find((found) => found.code === 'apology-reason')
    expect(check?.severity).toBe('warning')
  })
})
