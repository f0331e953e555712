import { describe, expect, it } from 'vitest'
import { MOMENTS, sampleAlternatives } from '../../helpers/draftSamples'
import { reviewDraft } from '../../helpers/reviewDrafts'

// Review 18: a native Indonesian HR officer's read of all 48 drafts would send every one as written; its four
// minor points are echoes a careful reader notices.
const count = (text: string, phrase: string) => text.split(phrase).length - 1

describe('review 18', () => {
  it('M1: an English reschedule letter says "at any of these times" once, in its video offer', () => {
    const { body } = reviewDraft({ kind: 'reschedule', language: 'en', alternatives: sampleAlternatives })
    expect(body).toContain('I am available at the following times:\n1. ')
    expect(count(body, 'at any of these times'), body).toBe(1)
    expect(body).toContain('I could also do the interview by video at any of these times.')
  })

  it('M2: an English reply to a refusal asks for video, then says "change my plans", not "arrange … rearrange"', () => {
    for (const channel of ['email', 'whatsapp'] as const) {
      const { body } = reviewDraft({ kind: 'reschedule-refused', language: 'en', channel })
      expect(body).toContain(
        'That would make the day much easier for me to arrange. If not, I will change my plans and attend at the original time.',
      )
      expect(body).not.toContain('rearrange')
    }
  })

  it('M3: the Indonesian letter says "menyesuaikan rencana" after "mengatur waktu", not "mengatur ulang"', () => {
    const { body } = reviewDraft({ kind: 'reschedule-refused' })
    expect(body).toContain(
      'Hal itu akan sangat memudahkan saya mengatur waktu pada hari tersebut. Jika tidak memungkinkan, saya akan menyesuaikan rencana saya agar dapat hadir sesuai jadwal semula.',
    )
    expect(body).not.toContain('mengatur ulang')
  })

  it('M4: an English apology says what might not be arranged: another interview, not "that"', () => {
    const { body } = reviewDraft({ kind: 'apology', language: 'en', now: MOMENTS.after })
    expect(body).toContain(
      'you can reach me at any time on the number below. I would fully understand if another interview cannot be arranged.',
    )
    expect(body).not.toContain('if that cannot be arranged')
  })
})
