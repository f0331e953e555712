import { describe, expect, it } from 'vitest'
import { reviewDraft } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives } from '../../helpers/draftSamples'

// Review 11: what the last native HR read of all drafts asked for and stop 26 left open.
describe('review 11', () => {
  it('a chase email says the times proposed before still stand, as one would write it', () => {
    const body = reviewDraft({ kind: 'chase', alternatives: sampleAlternatives }).body
    expect(body).toContain('Pilihan waktu yang saya usulkan sebelumnya masih berlaku:')
    const english = reviewDraft({ kind: 'chase', language: 'en', alternatives: sampleAlternatives }).body
    expect(english).toContain('The times I proposed earlier still stand:')
  })

  it('an apology chat on the same day names the hour that passed, not the whole date again', () => {
    for (const [language, expected, full] of [
      ['id', 'tadi pagi pukul 10.00 WIB', 'tadi pagi, Senin'],
      ['en', 'this morning at 10:00 (WIB)', 'this morning, Monday'],
    ] as const) {
      const chat = reviewDraft({ kind: 'apology', channel: 'whatsapp', language, now: MOMENTS.after }).body
      expect(chat, language).toContain(expected)
      expect(chat, language).not.toContain(full)
    }
  })

  it('an apology email on the same day keeps the date, which a letter on file needs, after "hari ini"', () => {
    const id = reviewDraft({ kind: 'apology', now: MOMENTS.after }).body
    expect(id).toContain('yang dijadwalkan hari ini, Senin, 7 Desember 2026 pukul 10.00 WIB')
    expect(id).not.toContain('tadi pagi')
    const en = reviewDraft({ kind: 'apology', language: 'en', now: MOMENTS.after }).body
    expect(en).toContain('this morning, Monday, 7 December 2026 at 10:00 (WIB)')
  })

  it('a chat the day after still gives the full date', () => {
    const chat = reviewDraft({ kind: 'apology', channel: 'whatsapp', now: MOMENTS.nextDay }).body
    expect(chat).toContain('Senin, 7 Desember 2026 pukul 10.00 WIB')
  })
})
