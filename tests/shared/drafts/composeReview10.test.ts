import { describe, expect, it } from 'vitest'
import { phoneOf, reviewDraft } from '../../helpers/reviewDrafts'
import { sampleAlternatives } from '../../helpers/draftSamples'

// Review 10: a native HR read of all 48 drafts.
describe('review 10', () => {
  it('a decline after a clash withdraws as a decision, not as what the clash leads to', () => {
    const letter = reviewDraft({ kind: 'decline', reason: { category: 'schedule-conflict' } })
    expect(letter.body).toContain(
      'Dengan berat hati, saya memutuskan untuk mengundurkan diri dari proses seleksi ini.',
    )
    expect(letter.body).not.toContain('Oleh karena itu')
    const call = phoneOf({ kind: 'decline', reason: { category: 'schedule-conflict' } })
    expect(call.script).toContain('Dengan berat hati, saya memutuskan mundur dari proses seleksi ini.')
  })

  it('said aloud, a reschedule names the interview, then where it goes, never sounding like a move to it', () => {
    const call = phoneOf({ kind: 'reschedule', language: 'en', alternatives: sampleAlternatives })
    // The interview is named, then moved: "move … from Monday" hung without a "to" (review 16).
    expect(call.script).toContain('whether my interview on Monday, 7 December, at 10 a.m. could be moved.')
    expect(call.voicemail).not.toMatch(/move my interview on /)
  })
})
