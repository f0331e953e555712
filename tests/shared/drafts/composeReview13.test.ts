import { describe, expect, it } from 'vitest'
import { DRAFT_KINDS } from '../../../src/shared/drafts/types'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'
import { reviewDraft } from '../../helpers/reviewDrafts'

// The points of the read of all 48 drafts that the last round left: what a chat confirms, a decline's word
// order, the thank-you letter's bracket and "terhubung", how the reference is named, and the chase letter's
// first sentence with two Mondays in it.
const chaseInterview = sampleInterview({
  reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
})

describe('review 13', () => {
  it('a reschedule chat says what it will confirm, not "Detailnya akan saya konfirmasi kemudian"', () => {
    const chat = reviewDraft({
      kind: 'reschedule',
      channel: 'whatsapp',
      alternatives: sampleAlternatives,
    }).body
    expect(chat).toContain('Mohon dikabari waktu yang sesuai, Bu. Saya akan segera mengonfirmasinya.')
    expect(chat).not.toContain('Detailnya')
  })

  // Review 20: "Di kemudian hari" opens the sentence, which leaves "Apabila" to the next one alone.
  it('a decline letter hopes, "di kemudian hari", to be considered for another opening', () => {
    const letter = reviewDraft({ kind: 'decline', reason: { category: 'other-offer' } }).body
    expect(letter).toContain(
      'Di kemudian hari, saya berharap dapat dipertimbangkan kembali untuk lowongan lain di PT Nusantara Digital Solusi. Apabila Ibu berkenan',
    )
    const notFit = reviewDraft({ kind: 'decline', reason: { category: 'not-a-fit' } }).body
    expect(notFit).toContain(
      'Di kemudian hari, saya berharap dapat dipertimbangkan untuk posisi lain yang lebih sesuai di PT Nusantara Digital Solusi.',
    )
    for (const body of [letter, notFit]) expect((body.match(/apabila/gi) ?? []).length, body).toBe(1)
    expect(`${letter}${notFit}`).not.toMatch(/berharap di masa mendatang dapat/)
  })

  it('the thank-you letter offers work "yang tidak bersifat rahasia" and hopes for "hubungan baik"', () => {
    const letter = reviewDraft({
      kind: 'thanks',
      now: MOMENTS.nextDay,
      interview: sampleInterview({ status: 'completed' }),
    }).body
    expect(letter).toContain('contoh hasil kerja saya yang tidak bersifat rahasia')
    expect(letter).toContain(
      'Saya menantikan kabar mengenai tahap selanjutnya. Apa pun hasilnya, saya berharap tetap dapat menjalin hubungan baik dengan Ibu dan tim.',
    )
    expect(letter).toContain('misalnya kontak referensi, sertifikat, atau contoh hasil kerja saya')
    expect(letter).toContain('memahami lebih jauh tanggung jawab posisi ini')
    expect(letter).not.toMatch(/\(tanpa|terhubung/)
  })

  it('an Indonesian letter names the reference as "wawancara (undangan nomor …)", never "dengan nomor undangan"', () => {
    for (const kind of DRAFT_KINDS) {
      const now = kind === 'thanks' || kind === 'apology' ? MOMENTS.after : MOMENTS.ample
      const interview = kind === 'chase' ? chaseInterview : sampleInterview()
      const body = reviewDraft({ kind, now, interview }).body
      expect(body, kind).not.toContain('dengan nomor undangan')
    }
    expect(reviewDraft({ kind: 'cancel' }).body).toContain(
      'membatalkan kehadiran saya dalam wawancara (undangan nomor HRD/REK/2026/118) yang dijadwalkan pada Senin, 7 Desember 2026',
    )
  })

  it('the chase letter gives the request’s day and the interview’s in two sentences', () => {
    const letter = reviewDraft({
      kind: 'chase',
      interview: chaseInterview,
      alternatives: sampleAlternatives,
    }).body
    expect(letter).toContain(
      'Melalui email ini, saya ingin menindaklanjuti pesan saya tertanggal Senin, 30 November, perihal permohonan penjadwalan ulang wawancara (undangan nomor HRD/REK/2026/118). Wawancara tersebut saat ini terjadwal pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
    )
    expect(letter).toContain('sebelum tanggal wawancara semula')
    expect(letter).toContain(
      'Apabila ketiga waktu tersebut kurang sesuai, saya bersedia menyesuaikan dengan waktu lain yang Ibu tentukan.',
    )
    for (const sentence of letter.split(/(?<=\.)\s+/))
      expect((sentence.match(/Senin/g) ?? []).length).toBeLessThan(2)
  })

  it('the apology letter thanks for "perhatian dan pengertian"', () => {
    const letter = reviewDraft({ kind: 'apology', now: MOMENTS.after }).body
    expect(letter).toContain('Terima kasih atas perhatian dan pengertian Ibu.')
  })

  it('a thank-you letter to a contact with no title writes around "Bapak/Ibu"', () => {
    const letter = reviewDraft({
      kind: 'thanks',
      now: MOMENTS.nextDay,
      interview: sampleInterview({ status: 'completed', contact: { name: 'Hendra Gunawan' } }),
    }).body
    expect(letter.split('\n').slice(1).join('\n')).not.toContain('Bapak/Ibu')
    expect(letter).toContain(
      'Terima kasih atas waktu yang telah diluangkan untuk wawancara posisi Analis Data kemarin.',
    )
    expect(letter).toContain('dengan tim PT Nusantara Digital Solusi.')
  })

  it('a reschedule letter ties the day to a verb after the reference; a cancel letter cancels the attendance', () => {
    expect(reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives }).body).toContain(
      'wawancara (undangan nomor HRD/REK/2026/118) yang akan berlangsung pada Senin, 7 Desember 2026 pukul 10.00 WIB dapat dijadwalkan ulang',
    )
    const cancel = reviewDraft({ kind: 'cancel' }).body
    expect(cancel).toContain(
      'Saya mohon maaf atas ketidaknyamanan ini. Kabar ini saya sampaikan sedini mungkin',
    )
  })

  it('a decline says in its subject that the candidate withdraws; a confirmation asks about "dokumen lain"', () => {
    expect(reviewDraft({ kind: 'decline' }).subject).toBe(
      'Tanggapan atas Undangan Wawancara – Analis Data (Ref. HRD/REK/2026/118)',
    )
    expect(reviewDraft({ kind: 'confirm' }).body).toContain(
      'Mohon kiranya diinformasikan apabila ada dokumen lain yang perlu saya bawa.',
    )
  })
})

describe('review 14', () => {
  it('a cancel letter’s subject cancels the attendance, as its body does', () => {
    expect(reviewDraft({ kind: 'cancel' }).subject).toBe(
      'Pembatalan Kehadiran Wawancara – Analis Data (Ref. HRD/REK/2026/118)',
    )
  })

  it('a reschedule letter offers video without a second "Apabila … bersedia" in a row', () => {
    const letter = reviewDraft({ kind: 'reschedule', alternatives: sampleAlternatives }).body
    // The offer names the proposed times (review 16).
    expect(letter).toContain(
      'Bila lebih memudahkan, wawancara pada salah satu waktu tersebut juga dapat saya ikuti melalui panggilan video.',
    )
    expect(letter).not.toMatch(/bersedia[^.]*\. Apabila[^.]*bersedia/)
  })

  it('a video confirmation says the link came in a sentence of its own', () => {
    const video = sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/123' })
    const letter = reviewDraft({ kind: 'confirm', interview: video }).body
    expect(letter).toContain(
      'Tautan wawancara sudah saya terima. Saya akan bergabung beberapa menit lebih awal',
    )
    expect(letter).not.toContain('dari undangan sudah saya terima')
  })

  it('a decline gives another offer as the cause of the withdrawal, in one sentence, and says "menyampaikan" once', () => {
    const letter = reviewDraft({ kind: 'decline', reason: { category: 'other-offer' } }).body
    expect(letter).toContain(
      'Saya telah menerima tawaran kerja dari perusahaan lain sehingga, dengan berat hati, saya memutuskan untuk mengundurkan diri dari proses seleksi ini. Kabar ini saya sampaikan sedini mungkin',
    )
    expect(letter.match(/menyampaikan/g) ?? []).toHaveLength(1)
    // A slot goes to another candidate: "dialihkan kepada", not "digunakan untuk" (review 15).
    expect(letter).toContain('agar waktu wawancara tersebut dapat dialihkan kepada kandidat lain.')
    // A clash alone is no cause to leave the process: told, then the decision on its own (review 10).
    const clash = reviewDraft({ kind: 'decline', reason: { category: 'schedule-conflict' } }).body
    expect(clash).toContain(
      'Dengan berat hati, saya memutuskan untuk mengundurkan diri dari proses seleksi ini.',
    )
  })

  it('the English decline says in its subject that the candidate withdraws (review 16)', () => {
    expect(reviewDraft({ kind: 'decline', language: 'en' }).subject).toBe(
      'Response to Interview Invitation – Analis Data (Ref. HRD/REK/2026/118)',
    )
  })
})
