import { describe, expect, it } from 'vitest'
import { MOMENTS } from '../../helpers/draftSamples'
import { phoneOf, reviewDraft, voicemailOf } from '../../helpers/reviewDrafts'

// Review 20, a native HR read of all 48 drafts after the last signature change: no draft would embarrass the
// candidate; the English reason glued a typed clause to a second "I have" with a colon, and a few spoken
// lines read as written ones.
const exam = {
  category: 'schedule-conflict' as const,
  detail: 'I have a professional certification exam that morning',
}

describe('review 20', () => {
  it('S2: an English clash told in the user’s own clause says why they cannot come, joined by "as"', () => {
    const email = reviewDraft({ kind: 'cancel', language: 'en', reason: exam }).body
    expect(email).toContain(
      'Unfortunately, I am unable to attend at that time, as I have a professional certification exam that morning.',
    )
    expect(phoneOf({ kind: 'reschedule', language: 'en', reason: exam }).script).toContain(
      "I can't attend then, as I have a professional certification exam that morning.",
    )
    const chat = reviewDraft({ kind: 'reschedule', language: 'en', channel: 'whatsapp', reason: exam }).body
    expect(chat).toContain('I cannot attend then, as I have a professional certification exam that morning.')
    for (const body of [email, chat]) expect(body).not.toMatch(/commitment at that time: I/)
    // A leading "because" is the sentence's own; a thing named (not a clause) keeps the reason's words.
    const because = { ...exam, detail: 'because my graduation is that day' }
    expect(reviewDraft({ kind: 'cancel', language: 'en', reason: because }).body).toContain(
      'Unfortunately, I am unable to attend at that time, as my graduation is that day.',
    )
    const thing = { ...exam, detail: 'a board meeting' }
    expect(reviewDraft({ kind: 'cancel', language: 'en', reason: thing }).body).toContain(
      'Unfortunately, I have a prior commitment at that time: a board meeting.',
    )
  })

  it('S3: a clash said without a detail is "berhalangan", not a bare "bertabrakan"', () => {
    const said = voicemailOf({ kind: 'reschedule', reason: { category: 'schedule-conflict' } })
    expect(said).toContain('Pada jam itu saya berhalangan.')
    expect(said).not.toContain('bertabrakan.')
    expect(phoneOf({ kind: 'cancel', reason: { category: 'schedule-conflict' } }).script).toContain(
      'Pada jam itu saya berhalangan.',
    )
  })

  it('a decline’s subject answers the invitation (DOMAIN.md), in both languages', () => {
    expect(reviewDraft({ kind: 'decline' }).subject).toBe(
      'Tanggapan atas Undangan Wawancara – Analis Data (Ref. HRD/REK/2026/118)',
    )
    expect(reviewDraft({ kind: 'decline', language: 'en' }).subject).toBe(
      'Response to Interview Invitation – Analis Data (Ref. HRD/REK/2026/118)',
    )
  })

  it('S3: spoken Indonesian, not the letter read out', () => {
    expect(phoneOf({ kind: 'decline', reason: { category: 'other-offer' } }).script).toContain(
      'Saya sudah menerima tawaran dari perusahaan lain.',
    )
    expect(phoneOf({ kind: 'thanks', now: MOMENTS.after }).script).toContain(
      'Setelah wawancara itu, saya semakin tertarik untuk bergabung.',
    )
    const apology = phoneOf({ kind: 'apology', now: MOMENTS.after }).script
    expect(apology).toContain(
      'Saya tahu Ibu dan tim sudah menyediakan waktu untuk saya, dan saya sungguh menyesal.',
    )
    // The letter keeps its written register.
    expect(reviewDraft({ kind: 'apology', now: MOMENTS.after }).body).toContain(
      'Saya menyadari Ibu dan tim telah meluangkan waktu untuk wawancara tersebut',
    )
    expect(phoneOf({ kind: 'reschedule-refused' }).script).toContain(
      'Apakah wawancaranya bisa lewat video di jam yang sama, Bu? Kalau bisa, itu akan sangat membantu saya.',
    )
  })

  it('S2: a cancellation call that waits for the office says to write first, and points back to that email', () => {
    const weekend = reviewDraft({ kind: 'cancel', channel: 'phone', now: MOMENTS.short }).body
    expect(weekend).toContain(
      '(Kantor perusahaan sedang tutup. Kirim email sekarang, lalu telepon pada hari Senin mulai pukul 08.00 WIB.)',
    )
    expect(weekend).toContain('Saya juga sudah mengirimkan email kepada Ibu.')
    expect(weekend).not.toContain('akan saya kirimkan')
    const english = reviewDraft({ kind: 'cancel', channel: 'phone', language: 'en', now: MOMENTS.short }).body
    expect(english).toContain('Send the email now, then call on Monday from 08:00 WIB.)')
    expect(english).toContain("I've also sent you an email.")
    // Called while the office is open, the written confirmation is still to come.
    expect(reviewDraft({ kind: 'cancel', channel: 'phone' }).body).toContain(
      'Konfirmasi pembatalan ini akan saya kirimkan melalui email.',
    )
    // A confirmation needs no notice: its call simply waits.
    expect(reviewDraft({ kind: 'confirm', channel: 'phone', now: MOMENTS.short }).body).toContain(
      '(Kantor perusahaan sedang tutup: telepon pada hari Senin mulai pukul 08.00 WIB.)',
    )
  })
})
