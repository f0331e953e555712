import { describe, expect, it } from 'vitest'
import { readingOf, readInterview as read } from '../helpers/invitations'

// Found by a third hostile probe: the times a notice moves, two zones at once, a lone hour on its own label
// line and a hyphenated duration were misread or left out.
describe('a reschedule notice that names the old slot before the new one', () => {
  const notice =
    'Dear Sdri. Melati,\n\nMenindaklanjuti undangan interview kami sebelumnya yang dijadwalkan pada Kamis, 3 Desember 2026 pukul 10.00 WIB, dengan berat hati kami informasikan bahwa jadwal tersebut diundur karena Manajer Finance kami sedang dinas luar kota.\n\n' +
    'Jadwal pengganti:\nHari/Tanggal : Selasa, 8-12-2026\nJam          : 14.00 s.d 15.00 WIB\nTempat       : tetap di kantor kami, Gedung Graha Niaga Lt. 6, Jl. Pemuda No. 88, Rawamangun, Jakarta Timur\n\n' +
    'Mohon maaf atas ketidaknyamanannya. Mohon konfirmasi kesediaan Saudari atas jadwal baru ini.\n\nTerima kasih,\nYuliana Hartati\nHR Generalist\nPT Karya Niaga Abadi\n(021) 4786 2200'
  const subject = 'RE: Undangan Interview – Staff Pajak – PT Karya Niaga Abadi'

  it('"Jadwal pengganti:" above the labelled lines: the new slot, still read as a reschedule', () => {
    const reading = readingOf(notice, subject)
    expect(reading.interview).toMatchObject({
      startsAt: '2026-12-08T07:00:00.000Z',
      endsAt: '2026-12-08T08:00:00.000Z',
      timeZone: 'Asia/Jakarta',
    })
    expect(reading.reschedule).toBe(true)
  })

  it.each([
    [
      '"Jadwal baru: …" in prose',
      'Interview yang dijadwalkan pada Kamis, 3 Desember 2026 pukul 10.00 WIB diundur. Jadwal baru: Selasa, 8 Desember 2026 pukul 14.00 WIB, di tempat yang sama.',
    ],
    [
      '"Jadwal pengganti" in prose, the old slot with "semula"',
      'Wawancara Saudari yang semula pada Kamis, 3 Desember 2026 pukul 10.00 WIB terpaksa diundur. Jadwal pengganti: Selasa, 8 Desember 2026 pukul 14.00 WIB.',
    ],
  ])('%s: the new slot', (_case, text) => {
    const reading = readingOf(text)
    expect(reading.interview.startsAt).toBe('2026-12-08T07:00:00.000Z')
    expect(reading.reschedule).toBe(true)
  })

  it('a notice whose only date is the old one still gives that date', () => {
    const reading = readingOf(
      'Interview yang dijadwalkan pada Kamis, 3 Desember 2026 pukul 10.00 WIB diundur. Jadwal pengganti akan kami kabarkan kemudian.',
    )
    expect(reading.interview.startsAt).toBe('2026-12-03T03:00:00.000Z')
    expect(reading.reschedule).toBe(true)
  })

  it('"Jadwal pengganti:" or "kami undur" alone marks the reading as a move', () => {
    for (const text of [
      'Yth. Sdri. Melati,\n\nJadwal pengganti:\nHari/Tanggal : Selasa, 8-12-2026\nJam : 14.00 WIB',
      'Interview hari Kamis kami undur ke Selasa, 8 Desember 2026 pukul 14.00 WIB ya Kak.',
    ])
      expect(readingOf(text).reschedule, text).toBe(true)
    // An invitation that only asks for a time is no move.
    expect(
      readingOf('Mohon kabari jadwal yang sesuai untuk interview Selasa, 8 Desember 2026.').reschedule,
    ).toBe(false)
  })

  it('"diundur menjadi …" still gives the new slot', () => {
    expect(
      read(
        'Interview yang dijadwalkan pada Kamis, 3 Desember 2026 pukul 10.00 WIB diundur menjadi Selasa, 8 Desember 2026 pukul 14.00 WIB.',
      ).startsAt,
    ).toBe('2026-12-08T07:00:00.000Z')
  })
})

describe('a time given in two zones, one in brackets', () => {
  it('the probe’s phone interview: "pukul 10.00 WIT (08.00 WIB)" and "± 30 menit"', () => {
    const interview = read(
      'Selamat sore Saudara Daniel Rumbiak,\n\nTerima kasih atas lamaran Saudara untuk posisi Mine Surveyor di PT Tambang Cendrawasih Mandiri, Site Timika. Mengingat lokasi Saudara saat ini di Jakarta, wawancara tahap pertama akan dilakukan melalui telepon.\n\n' +
        'Jadwal: Rabu, 9 Desember 2026, pukul 10.00 WIT (08.00 WIB)\nDurasi: ± 30 menit\nPewawancara: Bapak Yosef Wanggai, Superintendent Survey\n\n' +
        'Salam,\nMaria Kogoya\nHR Site Recruitment\nPT Tambang Cendrawasih Mandiri',
    )
    expect(interview.startsAt).toBe('2026-12-09T01:00:00.000Z')
    expect(interview.endsAt).toBe('2026-12-09T01:30:00.000Z')
  })

  it.each([
    ['WITA with WIB in brackets', 'pukul 10.00 WITA (09.00 WIB)', '2026-12-09T02:00:00.000Z'],
    ['WIB with WIT in brackets', 'pukul 08.00 WIB (10.00 WIT)', '2026-12-09T01:00:00.000Z'],
    ['WIB with WITA in brackets', 'pukul 09.00 WIB (10.00 WITA)', '2026-12-09T02:00:00.000Z'],
    ['an offset with WIB in brackets', 'pukul 10.00 GMT+9 (08.00 WIB)', '2026-12-09T01:00:00.000Z'],
    ['one zone, WIT', 'pukul 10.00 WIT', '2026-12-09T01:00:00.000Z'],
  ])('%s', (_case, time, expected) => {
    expect(read(`Wawancara: Rabu, 9 Desember 2026, ${time}. Mohon hadir tepat waktu.`).startsAt).toBe(
      expected,
    )
  })

  it('one zone keeps that zone for the interview', () => {
    expect(read('Wawancara: Rabu, 9 Desember 2026, pukul 10.00 WIT.').timeZone).toBe('Asia/Jayapura')
  })
})

describe('a lone hour on its own label line, under the date', () => {
  it('the probe’s chat: "Hari: Jumat 4 Desember" then "Jam: 14.00 (ba\'da Jumatan)", in the user’s zone', () => {
    const interview = read(
      'Wilujeng siang Teh Nisa 😊\nPunten ngaganggu, abdi Kang Dede, Store Manager Sepatu Langkah Ceria cabang Paris Van Java.\nTeteh lolos seleksi CV kanggo posisi Sales Associate (SPG). Interview-na langsung di toko nya Teh:\n' +
        "Hari: Jumat 4 Desember\nJam: 14.00 (ba'da Jumatan)\nTempat: Mall Paris Van Java, Lt. GF Unit RL-07 (deket eskalator ka Sky Level), Jl. Sukajadi No. 131-139, Bandung\n" +
        'Pakaian rapi, bawa CV sareng fotokopi KTP.',
    )
    expect(interview.startsAt).toBe('2026-12-04T07:00:00.000Z')
    expect(interview.timeZone).toBe('Asia/Jakarta')
  })

  it.each(['Jam: 14.00', 'Pukul: 14.00', 'Waktu: 14.00', 'Jam : 14:00'])('"%s"', (line) => {
    expect(read(`Interview:\nHari: Jumat, 4 Desember 2026\n${line}\nTempat: kantor kami`).startsAt).toBe(
      '2026-12-04T07:00:00.000Z',
    )
  })

  it('with its zone, as before', () => {
    expect(read('Hari: Jumat, 4 Desember 2026\nJam: 14.00 WITA').startsAt).toBe('2026-12-04T06:00:00.000Z')
  })
})

describe('a duration written with a hyphen', () => {
  it('"a 45-min … chat" the probe’s startup sends', () => {
    const interview = read(
      'hey Dimas! 👋 Kevin here from the eng team at Kopikode\n\nloved your take-home, the caching approach was 🔥. next step is a 45-min system design chat w/ our CTO Arief + me. does next wed (dec 9) 4:30pm jkt time work?\n\nzoom: https://kopikode.zoom.us/j/86612390021\npw: kk2026\n\ncheers,\nkevin',
    )
    expect(interview.startsAt).toBe('2026-12-09T09:30:00.000Z')
    expect(interview.endsAt).toBe('2026-12-09T10:15:00.000Z')
  })

  it('"a 30-minute introductory call", the time in SGT with Jakarta time in brackets', () => {
    const interview = read(
      "Would you be open to a 30-minute introductory call on Thursday, 3rd December at 2pm SGT (1pm Jakarta)? I'll give you a ring on WhatsApp.",
    )
    expect(interview.startsAt).toBe('2026-12-03T06:00:00.000Z')
    expect(interview.endsAt).toBe('2026-12-03T06:30:00.000Z')
  })

  it('"wawancara 60-menit" in Indonesian', () => {
    const interview = read('Kami undang Anda wawancara 60-menit pada Senin, 7 Desember 2026 pukul 10.00 WIB.')
    expect(interview.endsAt).toBe('2026-12-07T04:00:00.000Z')
  })

  it('"15-minute" early is still no duration', () => {
    const interview = read(
      'Your interview is on Monday, 7 December 2026 at 10:00 WIB. Please join 15-minutes before to test your audio.',
    )
    expect(interview.startsAt).toBe('2026-12-07T03:00:00.000Z')
    expect(interview.endsAt).toBeUndefined()
  })
})
