import { describe, expect, it } from 'vitest'
import { phoneOf, reviewDraft } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'

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
    // Said aloud, one "jadwal" to a breath.
    const [chat, script, voicemail] = texts
    // One "jadwal" in the chat too, the interview named by its day (review 16).
    expect(chat).toContain('permohonan saya untuk memindahkan jadwal wawancara hari Senin, 7 Desember 2026')
    for (const spoken of [script, voicemail])
      expect(spoken).toContain('memindahkan jadwal wawancara hari Senin')
    const letter = reviewDraft(chase).body
    expect(letter).toContain('Wawancara tersebut saat ini terjadwal pada Senin, 7 Desember 2026')
    expect(reviewDraft({ ...chase, language: 'en' }).body).toContain(
      'interview (reference HRD/REK/2026/118) set for Monday, 7 December 2026',
    )
    for (const text of [...texts, letter]) expect(text).not.toMatch(/ulang wawancara (pada|hari) Senin/)
  })

  it('no "menyesuaikan diri" for fitting a time: it is said of a person adapting', () => {
    const kinds = ['cancel', 'reschedule', 'chase', 'apology'] as const
    for (const kind of kinds) {
      const body = reviewDraft({ kind, alternatives: sampleAlternatives, now: MOMENTS.ample }).body
      expect(body, kind).not.toContain('menyesuaikan diri')
    }
  })

  it('an apology says the company made time for the interview ("meluangkan waktu")', () => {
    for (const channel of ['email', 'whatsapp'] as const) {
      const body = reviewDraft({ kind: 'apology', channel, now: MOMENTS.nextDay }).body
      expect(body, channel).toContain('telah meluangkan waktu untuk wawancara tersebut')
    }
  })

  it('an apology to a named contact without a title says "Bapak/Ibu" twice at most, not four times', () => {
    const interview = sampleInterview({ contact: { name: 'Hendra Gunawan', phone: '+62 21 5555 0100' } })
    const apology = reviewDraft({ kind: 'apology', interview, now: MOMENTS.nextDay }).body
    expect(apology.match(/Bapak\/Ibu/g)!.length, apology).toBeLessThanOrEqual(2)
    expect(apology).toContain('Saya menyadari tim rekrutmen telah meluangkan waktu')
    expect(apology).toContain('Saya dapat dihubungi kapan saja')
  })

  it('a request without times asks for one, politely, and a chase without times asks once', () => {
    const request = reviewDraft({ kind: 'reschedule', alternatives: [] }).body
    expect(request).toContain(
      'Mohon kiranya Ibu dapat menginformasikan jadwal pengganti yang tersedia. Saya bersedia menyesuaikan dengan jadwal tersebut.',
    )
    const chased = sampleInterview({
      reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    })
    const chase = reviewDraft({ kind: 'chase', interview: chased, alternatives: [] }).body
    expect(chase).not.toMatch(/dan, /)
    expect(chase).toContain('Saya menantikan kabar selanjutnya.')
    // With times, it asks which one suits before offering to fit another.
    const withTimes = reviewDraft({ kind: 'chase', interview: chased, alternatives: sampleAlternatives }).body
    expect(withTimes).toContain(
      'Mohon kiranya Ibu dapat menginformasikan waktu mana yang paling sesuai. Apabila ketiga waktu tersebut kurang sesuai,',
    )
  })

  it('a request counts the times it offers ("kedua waktu tersebut"), not "semuanya"', () => {
    for (const [count, words] of [
      [1, 'Apabila waktu tersebut kurang sesuai'],
      [2, 'Apabila kedua waktu tersebut kurang sesuai'],
      [3, 'Apabila ketiga waktu tersebut kurang sesuai'],
    ] as const) {
      const body = reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives.slice(0, count) }).body
      expect(body, String(count)).toContain(words)
    }
  })

  it('the last read of all 48 drafts: no "tadi" after "kemarin", no "held up" for a missed interview, no email assumed', () => {
    const script = phoneOf({ kind: 'thanks', now: MOMENTS.nextDay }).script
    expect(script).toContain('kemarin')
    expect(script).not.toContain('tadi')
    for (const channel of ['email', 'whatsapp'] as const) {
      const apology = reviewDraft({
        kind: 'apology',
        channel,
        language: 'en',
        reason: { category: 'unforeseen' },
        now: MOMENTS.nextDay,
      }).body
      expect(apology, channel).toContain('Something unexpected came up that prevented me from attending.')
      expect(apology, channel).not.toContain('held up')
    }
    const chased = sampleInterview({
      reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    })
    const voicemail = phoneOf({
      kind: 'chase',
      interview: chased,
      alternatives: sampleAlternatives,
    }).voicemail
    expect(voicemail).toContain('Pilihan waktu yang saya usulkan sebelumnya masih berlaku.')
    const english = reviewDraft({
      kind: 'chase',
      language: 'en',
      interview: chased,
      alternatives: sampleAlternatives,
    })
    expect(english.body).toContain('follow up on my message of Monday, 30 November')
  })
})
