import { describe, expect, it } from 'vitest'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'
import { phoneOf, reviewDraft, voicemailOf, words } from '../../helpers/reviewDrafts'

// Review 16: the minor points of a native Indonesian HR officer's read of all 48 drafts (M7, the English
// decline's subject, was done before: see composeReview13.test.ts).
const chased = (overrides = {}) =>
  sampleInterview({
    reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    ...overrides,
  })
const mr = { name: 'Hendra Gunawan', title: 'mr' as const }
const untitled = { name: 'Hendra Gunawan' }

describe('review 16', () => {
  it('M1: the reschedule letter offers video at one of the proposed times, and no video offer without times', () => {
    const letter = reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives }).body
    expect(letter).toContain(
      'Bila lebih memudahkan, wawancara pada salah satu waktu tersebut juga dapat saya ikuti melalui panggilan video.',
    )
    expect(letter).not.toContain('Bila memungkinkan, wawancara juga dapat saya ikuti')
    const one = reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives.slice(0, 1) }).body
    expect(one).toContain('wawancara pada waktu tersebut juga dapat saya ikuti melalui panggilan video.')
    // Without times there is nothing to join by video: the letter gives the way to reach the candidate.
    const none = reviewDraft({ kind: 'reschedule', alternatives: [] }).body
    expect(none).not.toContain('panggilan video')
    expect(none).toContain('Apabila ada pertanyaan, saya dapat dihubungi')
  })

  it('M2: the Indonesian reschedule call asks whether the interview can be moved, not "memohon agar"', () => {
    const { script, voicemail } = phoneOf({ kind: 'reschedule', alternatives: sampleAlternatives })
    expect(script).toContain(
      'Saya menelepon untuk menanyakan apakah wawancara saya hari Senin, tanggal 7 Desember, pukul sepuluh pagi bisa dijadwalkan ulang, Bu.',
    )
    expect(voicemail).toContain(
      'Saya menelepon untuk menanyakan apakah wawancara hari Senin pukul sepuluh pagi bisa dijadwalkan ulang.',
    )
    for (const text of [script, voicemail]) expect(text).not.toContain('memohon agar')
    const toMr = phoneOf({
      kind: 'reschedule',
      alternatives: sampleAlternatives,
      interview: sampleInterview({ contact: mr }),
    })
    expect(toMr.script).toContain('pukul sepuluh pagi bisa dijadwalkan ulang, Pak.')
    const toName = phoneOf({
      kind: 'reschedule',
      alternatives: sampleAlternatives,
      interview: sampleInterview({ contact: untitled }),
    })
    expect(toName.script).toContain('pukul sepuluh pagi bisa dijadwalkan ulang.')
  })

  it('M3: a voicemail placed at once says the times "akan" follow by email today; after the email, "sudah"', () => {
    const ask = { kind: 'reschedule', alternatives: sampleAlternatives } as const
    const now = voicemailOf(ask)
    expect(now).toContain('Usulan waktu penggantinya akan saya kirimkan melalui email hari ini.')
    expect(now).not.toContain('Usulan waktu penggantinya saya kirimkan')
    // A call that waits for the office follows the email already sent.
    const later = voicemailOf({ ...ask, now: MOMENTS.late })
    expect(later).toContain('Usulan waktu pengganti sudah saya kirimkan melalui email.')
    expect(later).not.toContain('email hari ini')
  })

  it('M4: the English reschedule call names the interview, then asks to move it, with no dangling "from"', () => {
    const { script, voicemail } = phoneOf({
      kind: 'reschedule',
      language: 'en',
      alternatives: sampleAlternatives,
    })
    expect(script).toContain(
      "I'm calling to ask whether my interview on Monday, 7 December, at 10 a.m. could be moved.",
    )
    expect(voicemail).toContain("I'm calling to ask whether my Monday 10 a.m. interview could be moved.")
    for (const text of [script, voicemail]) expect(text).not.toMatch(/move my interview from/)
  })

  it('M5: the English cancel voicemail is sorry "for any inconvenience" before confirming by email', () => {
    const voicemail = voicemailOf({ kind: 'cancel', language: 'en' })
    expect(voicemail).toContain("I'm sorry for any inconvenience, and I'll confirm by email.")
    expect(voicemail).not.toContain("I'm sorry, and")
    expect(voicemail).toMatch(/That's 0812-5555-6666\.$/)
  })

  it('M6: the Indonesian decline call hopes to be considered again later, not for another opening now', () => {
    const { script } = phoneOf({ kind: 'decline', reason: { category: 'other-offer' } })
    expect(script).toContain(
      'Semoga di kemudian hari saya dapat dipertimbangkan kembali bila ada lowongan lain. Konfirmasi keputusan ini akan saya kirimkan',
    )
    expect(script).not.toContain('dipertimbangkan untuk lowongan lain')
  })

  it('M8: the English decline call names the interview, then the decision, in sentences of their own', () => {
    const { script } = phoneOf({ kind: 'decline', language: 'en', reason: { category: 'other-offer' } })
    expect(script).toContain(
      "I'm calling about the interview on Monday, 7 December, at 10 a.m. I'm afraid I can't attend, and I'd like to withdraw my application.",
    )
    expect(script).not.toMatch(/decline your invitation|and to withdraw/)
    // Within 90 words even with no name to ask for, a clash and the late notice's apology.
    const longest = phoneOf({
      kind: 'decline',
      language: 'en',
      reason: { category: 'schedule-conflict' },
      interview: sampleInterview({ contact: {} }),
      now: MOMENTS.late,
    })
    expect(words(longest.script)).toBeLessThanOrEqual(90)
  })

  it('M9: the English thank-you voicemail says why it leaves the number, and ends on it', () => {
    const thanks = {
      kind: 'thanks',
      language: 'en',
      now: MOMENTS.nextDay,
      interview: sampleInterview({ status: 'completed' }),
    } as const
    const voicemail = voicemailOf(thanks)
    expect(voicemail).toContain(
      "yesterday. If you need anything from me, you can reach me on 0812-5555-6666. That's 0812-5555-6666.",
    )
    expect(voicemail).toMatch(/0812-5555-6666\.$/)
    expect(voicemail).not.toContain('. You can reach me on')
    // Other kinds keep the plain line.
    expect(voicemailOf({ kind: 'cancel', language: 'en' })).toContain('. You can reach me on 0812-5555-6666.')
  })

  it('M10: the Indonesian refused-reschedule call says "Saya mengerti, Bu.", not "Saya memahaminya."', () => {
    const { script } = phoneOf({ kind: 'reschedule-refused' })
    expect(script).toContain('pukul sepuluh pagi tidak dapat dijadwalkan ulang. Saya mengerti, Bu.')
    expect(script).not.toContain('memahaminya')
    expect(
      phoneOf({ kind: 'reschedule-refused', interview: sampleInterview({ contact: mr }) }).script,
    ).toContain('Saya mengerti, Pak.')
    expect(
      phoneOf({ kind: 'reschedule-refused', interview: sampleInterview({ contact: untitled }) }).script,
    ).toContain('tidak dapat dijadwalkan ulang. Saya mengerti.')
  })

  it('M11: the Indonesian refused-reschedule voicemail asks about video once, without "Bila memungkinkan"', () => {
    const voicemail = voicemailOf({ kind: 'reschedule-refused' })
    expect(voicemail).toContain(
      'Apakah wawancara pada jam yang sama bisa dilakukan lewat video, Bu? Jika tidak, saya akan hadir sesuai jadwal semula.',
    )
    expect(voicemail).not.toContain('Bila memungkinkan')
  })

  it('M12: the Indonesian refused-reschedule voicemail gives the number twice, within 50 words', () => {
    const voicemail = voicemailOf({ kind: 'reschedule-refused' })
    expect(voicemail).toMatch(/Mohon hubungi saya kembali di 0812-5555-6666\. Sekali lagi, 0812-5555-6666\.$/)
    expect(words(voicemail)).toBeLessThanOrEqual(50)
  })

  it('M13: the refused-reschedule letter’s subject says what it does: asks for video, attends, or withdraws', () => {
    const subject = (ask: Parameters<typeof reviewDraft>[0]) => reviewDraft(ask).subject
    const ref = 'Analis Data (Ref. HRD/REK/2026/118)'
    expect(subject({ kind: 'reschedule-refused' })).toBe(
      `Permohonan Wawancara melalui Panggilan Video – ${ref}`,
    )
    expect(subject({ kind: 'reschedule-refused', language: 'en' })).toBe(
      `Request for a Video Interview – ${ref}`,
    )
    // A clash that stands still asks for video (or phone) at another hour that day.
    expect(subject({ kind: 'reschedule-refused', reason: { category: 'schedule-conflict' } })).toBe(
      `Permohonan Wawancara melalui Panggilan Video – ${ref}`,
    )
    // An interview held by video already: the letter says the candidate attends at the original time.
    const video = sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' })
    expect(subject({ kind: 'reschedule-refused', interview: video })).toBe(
      `Konfirmasi Kehadiran sesuai Jadwal Semula – ${ref}`,
    )
    expect(subject({ kind: 'reschedule-refused', language: 'en', interview: video })).toBe(
      `Confirmation of Attendance at the Original Time – ${ref}`,
    )
    expect(subject({ kind: 'reschedule-refused', reason: { category: 'other-offer' } })).toBe(
      `Pengunduran Diri dari Proses Seleksi – ${ref}`,
    )
    for (const language of ['id', 'en'] as const)
      expect(subject({ kind: 'reschedule-refused', language })).not.toMatch(
        /Tanggapan atas Jadwal|Reply Regarding/,
      )
  })

  it('M14: the Indonesian chase letter follows up "pesan saya tertanggal …"; the chat and the call keep theirs', () => {
    const chase = { kind: 'chase', interview: chased(), alternatives: sampleAlternatives } as const
    const letter = reviewDraft(chase).body
    expect(letter).toContain(
      'saya ingin menindaklanjuti pesan saya tertanggal Senin, 30 November, perihal permohonan penjadwalan ulang wawancara (undangan nomor HRD/REK/2026/118).',
    )
    expect(letter).not.toContain('pesan saya pada')
    const chat = reviewDraft({ ...chase, channel: 'whatsapp' }).body
    const { script } = phoneOf({ ...chase, channel: 'phone' })
    for (const text of [chat, script]) expect(text).not.toContain('email saya')
    expect(script).toContain('Saya ingin menanyakan kelanjutan permohonan saya')
  })

  it('M15: a chase says "move" once, not "reschedule … originally scheduled" (id chat; en letter, call, chat)', () => {
    const chase = { kind: 'chase', interview: chased(), alternatives: sampleAlternatives } as const
    const idChat = reviewDraft({ ...chase, channel: 'whatsapp' }).body
    expect(idChat).toContain(
      'Saya ingin menindaklanjuti permohonan saya untuk memindahkan jadwal wawancara hari Senin, 7 Desember 2026 pukul 10.00 WIB.',
    )
    expect(idChat).not.toMatch(/penjadwalan ulang|semula dijadwalkan/)
    const en = { ...chase, language: 'en' } as const
    const letter = reviewDraft(en).body
    expect(letter).toContain(
      'I am writing to follow up on my message of Monday, 30 November, asking to move my interview (reference HRD/REK/2026/118) set for Monday, 7 December 2026 at 10:00 (WIB).',
    )
    const chat = reviewDraft({ ...en, channel: 'whatsapp' }).body
    expect(chat).toContain(
      'I am writing to follow up on my request to move the interview set for Monday, 7 December 2026 at 10:00 (WIB).',
    )
    const { script, voicemail } = phoneOf({ ...en, channel: 'phone' })
    expect(script).toContain(
      "I'm calling to follow up on my request to move the interview set for Monday, 7 December, at 10 a.m.",
    )
    expect(voicemail).toContain(
      "I'm calling to follow up on my request to move the interview set for Monday at 10 a.m.",
    )
    for (const text of [letter, chat, script, voicemail])
      expect(text).not.toMatch(/reschedul|originally scheduled/)
  })

  it('M16: the English chase chat fits in with the company’s time, not one the candidate finds', () => {
    const chat = reviewDraft({
      kind: 'chase',
      channel: 'whatsapp',
      language: 'en',
      interview: chased(),
      alternatives: sampleAlternatives,
    }).body
    expect(chat).toContain(
      'Could you let me know which suits you best? If none of these works, I am happy to fit in with your schedule.',
    )
    expect(chat).not.toContain('I can find another time')
    // Not "suits you" twice in a row (review 17).
    expect(chat.match(/suits you/g)).toHaveLength(1)
  })
})
