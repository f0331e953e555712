import { describe, expect, it } from 'vitest'
import { phoneOf, reviewDraft } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives } from '../../helpers/draftSamples'

// Review 12: what the last native HR read found and stop 27 left open.
describe('review 12', () => {
  it('a chase in Indonesian names the interview by the day it was set for, not a day it would move to', () => {
    // "menjadwalkan ulang wawancara pada Senin" can be read as a move to Monday.
    const chase = { kind: 'chase', alternatives: sampleAlternatives } as const
    const texts = [
      reviewDraft({ ...chase, channel: 'whatsapp' }).body,
      phoneOf({ ...chase, channel: 'phone' }).script,
      phoneOf({ ...chase, channel: 'phone' }).voicemail,
    ]
    for (const text of texts) {
      expect(text).toMatch(/wawancara yang semula dijadwalkan (pada|hari) Senin/)
      expect(text).not.toMatch(/ulang wawancara (pada|hari) Senin/)
    }
  })

  it('an apology says the company made time for the interview ("meluangkan waktu")', () => {
    for (const channel of ['email', 'whatsapp'] as const) {
      const body = reviewDraft({ kind: 'apology', channel, now: MOMENTS.nextDay }).body
      expect(body, channel).toContain('telah meluangkan waktu untuk wawancara tersebut')
    }
  })
})
