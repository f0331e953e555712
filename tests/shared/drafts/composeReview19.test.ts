import { describe, expect, it } from 'vitest'
import { MOMENTS, sampleInterview } from '../../helpers/draftSamples'
import { reviewDraft } from '../../helpers/reviewDrafts'

// Review 19: a native Indonesian HR officer would send all 48 drafts as written; its five minor points are
// echoes and an order a careful reader notices, one draft each.
const count = (text: string, phrase: string) => text.split(phrase).length - 1
const untitled = sampleInterview({ contact: { name: 'Hendra Gunawan', phone: '+62 21 5555 0100' } })

describe('review 19', () => {
  it('M1: the Indonesian apology letter answers its request with understanding, then says how to reach', () => {
    const { body } = reviewDraft({ kind: 'apology', now: MOMENTS.after })
    expect(body).toContain(
      'siap menyesuaikan dengan jadwal yang tersedia. Namun, saya memahami sepenuhnya jika wawancara susulan tidak memungkinkan. Ibu dapat menghubungi saya kapan saja di nomor di bawah ini.\n',
    )
  })

  it('M2: the Indonesian apology call asks for the time and waits, rather than apologising twice', () => {
    const { body } = reviewDraft({ kind: 'apology', channel: 'phone', now: MOMENTS.after })
    expect(body).toContain(
      '\n2. Saya Andi Pratama, kandidat posisi Analis Data. Boleh saya minta waktu Ibu sebentar?\n3. Saya menelepon untuk memohon maaf karena',
    )
    expect(body).not.toContain('Mohon maaf mengganggu')
    const plain = reviewDraft({ kind: 'apology', channel: 'phone', now: MOMENTS.after, interview: untitled })
    expect(plain.body).toContain('Boleh saya minta waktunya sebentar?\n3. ')
    // Other calls keep the usual courtesy, said on in one breath with why the candidate calls.
    for (const kind of ['cancel', 'reschedule', 'confirm'] as const) {
      const call = reviewDraft({ kind, channel: 'phone' }).body
      expect(call).toMatch(/Mohon maaf mengganggu waktu Ibu sebentar\. Saya menelepon untuk/)
    }
  })

  it('M3: the Indonesian thank-you letter offers a contribution to the company, not a fourth "tim"', () => {
    const { body } = reviewDraft({ kind: 'thanks', now: MOMENTS.nextDay })
    expect(body).toContain('dapat memberikan kontribusi nyata bagi perusahaan.')
    expect(count(body, 'tim'), body).toBeLessThanOrEqual(3)
  })

  it('M4: the English cancel letter says "chance" once', () => {
    const { body } = reviewDraft({ kind: 'cancel', language: 'en' })
    expect(body).toContain('I appreciate the opportunity to take part in the selection process at')
    expect(count(body, 'chance'), body).toBe(1)
  })

  it('M5: the Indonesian confirmation offers the CV as a statement between two "apabila" sentences', () => {
    const { body } = reviewDraft({ kind: 'confirm' })
    expect(body).toContain(
      'Mohon kiranya diinformasikan apabila ada dokumen lain yang perlu saya bawa. Saya juga dapat mengirimkan CV terbaru terlebih dahulu bila diperlukan. Apabila ada perubahan jadwal,',
    )
    expect(body).not.toContain('Bila diperlukan')
  })
})
