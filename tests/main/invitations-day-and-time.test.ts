import { describe, expect, it } from 'vitest'
import { readInterview, readingOf } from '../helpers/invitations'

// One line for the day and the time, as many Indonesian letters write it; read in Jakarta on 1 December 2026.
const letter = (line: string) =>
  [
    'Yth. Sdr. Budi,',
    '',
    'Kami mengundang Anda untuk mengikuti wawancara posisi Staf Administrasi di PT Sinar Jaya.',
    '',
    line,
    'Media: Zoom (tautan menyusul)',
    '',
    'Hormat kami,',
    'HRD PT Sinar Jaya',
  ].join('\n')

describe('a line that gives the day and the time together', () => {
  it('reads the hour written after the date', () => {
    for (const line of [
      'Hari/Tanggal/Waktu : Kamis, 3 Desember 2026 / 10.00',
      'Hari, tanggal, jam : Kamis, 3 Desember 2026, 10.00',
      'Hari/Tanggal : Kamis, 3 Desember 2026 / 10.00',
    ])
      expect(readInterview(letter(line)), line).toMatchObject({
        startsAt: '2026-12-03T03:00:00.000Z',
        timeZone: 'Asia/Jakarta',
      })
  })

  it('on the clock its label names in brackets', () => {
    expect(
      readInterview(letter('Hari/Tanggal/Waktu (WITA): Kamis, 3 Desember 2026 / 10.00 - 11.00')),
    ).toMatchObject({
      startsAt: '2026-12-03T02:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
      timeZone: 'Asia/Makassar',
    })
    expect(readInterview(letter('Tanggal/Waktu (WIT): 3 Desember 2026, 09.30'))).toMatchObject({
      startsAt: '2026-12-03T00:30:00.000Z',
      timeZone: 'Asia/Jayapura',
    })
  })

  it('leaves a number after the date that is not an hour alone', () => {
    const reading = readInterview(letter('Hari/Tanggal : Kamis, 3 Desember 2026 / 10.000 peserta'))
    expect(reading.startsAt).toBeUndefined()
  })

  describe('the time on the line above the date', () => {
    it('pairs them, on the clock the time names', () => {
      expect(readInterview(letter('Waktu: 10.00 WIB\nTanggal: Kamis, 3 Desember 2026'))).toMatchObject({
        startsAt: '2026-12-03T03:00:00.000Z',
        timeZone: 'Asia/Jakarta',
      })
      expect(readInterview(letter('Jam (WITA): 10.00\nHari/Tanggal: Kamis, 3 Desember 2026'))).toMatchObject({
        startsAt: '2026-12-03T02:00:00.000Z',
        timeZone: 'Asia/Makassar',
      })
    })

    it('"s.d. selesai" after it, or a stop closing its line, ends no sentence between them', () => {
      for (const lines of [
        'Pukul : 10.00 WIB s.d. selesai\nHari/Tanggal : Kamis, 3 Desember 2026',
        'Waktu: 10.00 WIB.\nTanggal: Kamis, 3 Desember 2026',
      ])
        expect(readInterview(letter(lines)).startsAt, lines).toBe('2026-12-03T03:00:00.000Z')
    })

    it('but not across a sentence between them', () => {
      const reading = readingOf(
        letter(
          'Sesi pagi pukul 09.00 WIB, sesi siang pukul 13.00 WIB. Pembagian sesi menyusul.\nTanggal: Kamis, 3 Desember 2026',
        ),
      )
      expect(reading.interview.startsAt).toBeUndefined()
      expect(reading.day?.date).toBe('2026-12-03')
    })

    it('but not an hour farther up, nor one of a test held before the interview', () => {
      const far = readingOf(
        letter(
          'Waktu: 10.00 WIB\nMohon membawa CV terbaru, fotokopi KTP, ijazah terakhir, dan pas foto ukuran 4x6 sebanyak dua lembar.\nTanggal: Kamis, 3 Desember 2026',
        ),
      )
      expect(far.interview.startsAt).toBeUndefined()
      expect(far.day?.date).toBe('2026-12-03')
      const test = readingOf(letter('Psikotes pukul 08.00 WIB\nWawancara: Kamis, 3 Desember 2026'))
      expect(test.interview.startsAt).toBeUndefined()
      expect(test.day?.date).toBe('2026-12-03')
    })
  })

  describe('the hostile read of these rules', () => {
    it('an hour goes with the date on the line next to it, not with a reply-by date above', () => {
      const text =
        'Yth. Sdr. Fauzan,\n\nMohon konfirmasi paling lambat Rabu, 2 Desember 2026.\n\nDetail interview:\nWaktu: 10.00 WIB\nTanggal: Jumat, 4 Desember 2026\nTempat: Gedung Graha Mandiri Lt. 5, Jl. Imam Bonjol No. 61, Jakarta\n\nHormat kami,\nHRD'
      expect(readInterview(text).startsAt).toBe('2026-12-04T03:00:00.000Z')
    })

    it('an hour still goes with the date above it when a reply-by date follows on its line', () => {
      const text = letter(
        'Tanggal: Senin, 7 Desember 2026\nWaktu: 10.00 WIB (mohon konfirmasi sebelum Jumat, 4 Desember 2026)',
      )
      expect(readInterview(text).startsAt).toBe('2026-12-07T03:00:00.000Z')
    })

    it('the interview’s hour under a test’s line is the interview’s', () => {
      const text =
        'Yth. Saudari Lestari,\n\nAnda dinyatakan lolos seleksi administrasi. Jadwal tahap berikutnya:\n\nPsikotes: pukul 08.00 WIB\nTanggal: Kamis, 3 Desember 2026\nWawancara HRD: pukul 10.00 WIB (setelah psikotes)\nTempat: PT Sinar Abadi, Jl. Gatot Subroto No. 12, Bandung\n\nHarap membawa alat tulis.'
      expect(readInterview(text).startsAt).toBe('2026-12-03T03:00:00.000Z')
    })

    it('a schedule "diganti menjadi:" below the cancelled one is the new time', () => {
      const text =
        'Yth. Sdr. Kevin,\n\nMohon maaf, terdapat perubahan jadwal interview. Jadwal semula Kamis, 3 Desember 2026 / 10.00 WIB dibatalkan dan diganti menjadi:\n\nHari/Tanggal/Waktu : Senin, 7 Desember 2026 / 13.00 WIB\nTempat : Jl. Jend. Sudirman Kav. 52, Jakarta Selatan\n\nTerima kasih atas pengertiannya.'
      expect(readInterview(text).startsAt).toBe('2026-12-07T06:00:00.000Z')
    })

    it('office hours and a portal’s update stamp are not the interview’s time', () => {
      for (const text of [
        'Dengan hormat,\n\nInterview akan dilaksanakan pada:\nHari/Tanggal : Kamis, 3 Desember 2026\nTempat : Kantor PT Cahaya Logistik, Jl. Raya Darmo No. 45, Surabaya\n\nJam operasional kantor kami 08.00 - 17.00 WIB; jam interview akan diinformasikan oleh tim kami melalui WhatsApp.\n\nTerima kasih.',
        'KarirKu.id – Notifikasi Lamaran\n\nStatus Lamaran: Diundang Interview\nPosisi: Staff Admin Gudang – PT Logistik Prima\nLast updated: 1 Dec 2026, 07.30\n\nJadwal Interview: Jumat, 4 Desember 2026\nWaktu: akan dikonfirmasi oleh perekrut\nLokasi: Kawasan Industri Jababeka, Cikarang, Bekasi',
      ]) {
        const reading = readingOf(text)
        expect(reading.interview.startsAt).toBeUndefined()
        expect(reading.day?.date).toMatch(/^2026-12-0[34]$/)
      }
    })
  })

  describe('the start stated in a sentence of its own, paragraphs above the day', () => {
    const invitation = (sentence: string, dateLine = 'Tanggal interview: Kamis, 3 Desember 2026') =>
      [
        'Halo Kak Rina,',
        '',
        `Terima kasih sudah melamar posisi Customer Service di PT Nusantara Digital. ${sentence}`,
        '',
        'Silakan isi formulir data diri terlebih dahulu di tautan berikut: https://forms.gle/abc123xyz',
        '',
        dateLine,
        'Link Zoom akan dikirim H-1.',
      ].join('\n')

    it('gives the day its hour, on the clock the sentence names', () => {
      const text = invitation(
        'Sesi interview online berlangsung sekitar 45 menit dan dimulai tepat pukul 10.00 WIB, jadi mohon siapkan koneksi yang stabil.',
      )
      expect(readInterview(text)).toMatchObject({
        startsAt: '2026-12-03T03:00:00.000Z',
        endsAt: '2026-12-03T03:45:00.000Z',
        timeZone: 'Asia/Jakarta',
      })
      const english = [
        'Dear Rina,',
        '',
        'Thank you for applying. Your interview will start at 2:00 PM Singapore time. Please keep your camera on.',
        '',
        'Before the call, fill in the form at https://forms.gle/abc123xyz.',
        '',
        'Interview date: Thursday, 3 December 2026',
      ].join('\n')
      expect(readInterview(english)).toMatchObject({
        startsAt: '2026-12-03T06:00:00.000Z',
        timeZone: 'Asia/Singapore',
      })
    })

    it('but not when two such hours are stated, nor a test’s, nor an hour that is not the interview’s', () => {
      for (const sentence of [
        'Sesi pertama interview dimulai pukul 09.00 WIB dan sesi kedua dimulai pukul 13.00 WIB.',
        'Psikotes online sebelum interview dimulai pukul 08.00 WIB.',
        'Kantor kami buka mulai pukul 08.00 WIB.',
      ]) {
        const reading = readingOf(invitation(sentence))
        expect(reading.interview.startsAt, sentence).toBeUndefined()
        expect(reading.day?.date, sentence).toBe('2026-12-03')
      }
    })
  })
})
