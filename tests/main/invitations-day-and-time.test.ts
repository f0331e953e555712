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
})
