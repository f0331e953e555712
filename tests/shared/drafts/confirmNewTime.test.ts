import { describe, expect, it } from 'vitest'
import { phoneOf, reviewDraft, voicemailOf } from '../../helpers/reviewDrafts'
import { sampleInterview } from '../../helpers/draftSamples'

const video = sampleInterview({
  mode: 'video',
  location: undefined,
  meetingUrl: 'https://meet.google.com/abc-defg-hij',
})

describe('a confirmation after the company agreed to a new time', () => {
  it('names the new time and thanks them for moving it, in every channel (Indonesian)', () => {
    const letter = reviewDraft({ kind: 'confirm', newTime: true })
    expect(letter.subject).toMatch(/^Konfirmasi Jadwal Wawancara yang Baru – Analis Data/)
    expect(letter.body).toContain(
      'sesuai dengan jadwal baru yang telah disepakati, yaitu pada Senin, 7 Desember 2026',
    )
    expect(letter.body).toContain('Terima kasih atas kesediaan Ibu untuk menjadwalkan ulang wawancara ini.')
    expect(letter.body).toContain('Jika ada perubahan lebih lanjut')
    expect(letter.body).not.toContain('atas undangannya')
    const chat = reviewDraft({ kind: 'confirm', channel: 'whatsapp', newTime: true })
    expect(chat.body).toContain('sesuai dengan jadwal baru yang telah disepakati')
    // A chat without a known title does without the letter's "Bapak/Ibu".
    const untitled = sampleInterview()
    untitled.contact = { ...untitled.contact, title: undefined }
    const plainChat = reviewDraft({
      kind: 'confirm',
      channel: 'whatsapp',
      newTime: true,
      interview: untitled,
    })
    expect(plainChat.body).toContain('Terima kasih telah berkenan menjadwalkan ulang wawancara ini.')
    expect(plainChat.body).not.toContain('/')
    const call = phoneOf({ kind: 'confirm', newTime: true })
    expect(call.script).toContain('Terima kasih sudah berkenan menjadwalkan ulang wawancaranya, Bu.')
    expect(call.voicemail).toContain(
      'mengonfirmasi jadwal wawancara yang baru, yaitu hari Senin pukul sepuluh pagi',
    )
  })

  it('in English too; a video interview may have a new link, and its voicemail asks what to prepare', () => {
    const letter = reviewDraft({ kind: 'confirm', language: 'en', newTime: true, interview: video })
    expect(letter.subject).toMatch(/^Confirmation of the New Interview Time – /)
    expect(letter.body).toContain('at the new time we agreed, on Monday, 7 December 2026')
    expect(letter.body).toContain(
      'If the meeting link has changed, please send me the new one and let me know if there is anything I should prepare.',
    )
    expect(letter.body).not.toContain('I have the meeting link from your invitation')
    expect(letter.body).toContain('Thank you for agreeing to reschedule the interview.')
    const voicemail = voicemailOf({ kind: 'confirm', language: 'en', newTime: true, interview: video })
    expect(voicemail).toContain('to confirm the new interview time, Monday at 10 a.m. by video')
    expect(voicemail).toContain('Thank you for agreeing to reschedule.')
    expect(phoneOf({ kind: 'confirm', language: 'en', newTime: true, interview: video }).script).toContain(
      'Is the meeting link still the same? Is there anything I should prepare?',
    )
    // A video interview's voicemail asks what to prepare, not what to bring.
    expect(voicemailOf({ kind: 'confirm', interview: video })).toContain(
      'Jika ada hal yang perlu saya siapkan',
    )
    expect(voicemailOf({ kind: 'confirm', language: 'en', interview: video })).toContain(
      'Please let me know if I should prepare anything.',
    )
  })

  it('a confirmation of the time first agreed stays as it was', () => {
    const letter = reviewDraft({ kind: 'confirm' })
    expect(letter.subject).toMatch(/^Konfirmasi Kehadiran Wawancara – /)
    expect(letter.body).toContain('Terima kasih atas undangannya.')
    expect(letter.body).toContain('Apabila ada perubahan jadwal')
    expect(reviewDraft({ kind: 'confirm', language: 'en', interview: video }).body).toContain(
      'I have the meeting link from your invitation',
    )
  })
})
