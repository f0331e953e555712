import { describe, expect, it } from 'vitest'
import { readInterview, readingOf } from '../helpers/invitations'

// The cases a hostile read of the venue rules left wrong (read in Jakarta, pasted on 1 December 2026).
const letter = (when: string, venue: string) =>
  [
    'Dear Sarah,',
    '',
    `We are pleased to invite you to an interview for the Finance Officer position on ${when}.`,
    '',
    venue,
    '',
    'Best regards,',
    'Janet Lim',
    'HR Manager',
  ].join('\n')
const ASK =
  'Dear Sarah,\n\nWe would like to invite you for an interview on Thursday, 3 December 2026 at 10:00 AM WIB.'
const ZOOM = `${ASK}\nZoom: https://zoom.us/j/123456789\n\nRegards,\nJanet`

describe('numbers written the way the venue’s country writes them', () => {
  it('reads a Singapore number with no code at a Singapore venue, when its words say it is a phone', () => {
    const mobile = readInterview(
      letter(
        'Thursday, 3 December 2026 at 10:00 AM',
        'Venue: 1 Raffles Place, Singapore 048616\nIf you are running late, call me at 9123 4567.',
      ),
    )
    expect(mobile.contact?.phone).toBe('+6591234567')
    const office = readInterview(
      letter(
        'Thursday, 3 December 2026 at 10:00 AM',
        'Venue: 1 Raffles Place, Singapore 048616\nEnquiries: 6555 1234',
      ),
    )
    expect(office.contact?.phone).toBe('+6565551234')
  })

  it('leaves other eight-digit numbers alone: a case number, a number in Jakarta', () => {
    const reference = readInterview(
      letter(
        'Thursday, 3 December 2026 at 10:00 AM',
        'Venue: 1 Raffles Place, Singapore 048616\nCase 9123 4567',
      ),
    )
    expect(reference.contact?.phone).toBeUndefined()
    const jakarta = readInterview(
      letter(
        'Thursday, 3 December 2026 at 10:00 AM',
        'Venue: Jl. Sudirman Kav. 5, Jakarta\nCall me at 9123 4567.',
      ),
    )
    expect(jakarta.contact?.phone).toBeUndefined()
  })
})

describe('a subject that names the employer, not the role', () => {
  it('takes a brand with no job in its name as the company, when the message names the role', () => {
    const named = ZOOM.replace('for an interview', 'for an interview for the Finance Officer position')
    expect(readInterview(named, 'Interview – Gojek')).toMatchObject({
      company: 'Gojek',
      position: 'Finance Officer',
    })
    expect(readInterview(named, 'Interview Invitation: Tokopedia')).toMatchObject({
      company: 'Tokopedia',
      position: 'Finance Officer',
    })
  })

  it('still takes a role as the role: a job’s name, or the subject’s words when nothing else names one', () => {
    expect(readInterview(ZOOM, 'Interview – Video Producer')).toMatchObject({ position: 'Video Producer' })
    expect(readInterview(ZOOM, 'Interview Invitation: Barista')).toMatchObject({ position: 'Barista' })
    expect(readInterview(ZOOM, 'Interview Invitation: Copywriter')).toMatchObject({ position: 'Copywriter' })
    expect(readInterview(ZOOM, 'Interview – Management Trainee')).toMatchObject({
      position: 'Management Trainee',
    })
    for (const role of ['Bookkeeper', 'Teller', 'Product Owner', 'Pengajar Bahasa Inggris', 'Data Entry']) {
      const reading = readInterview(ZOOM, `Undangan Wawancara: ${role}`)
      expect(reading.position).toBe(role)
      expect(reading.company).toBeUndefined()
    }
  })

  it('tells the role from the firm on either side of a bar', () => {
    const reading = readInterview(ZOOM, 'Interview Invitation: Senior Accountant | Lee & Partners')
    expect(reading).toMatchObject({ position: 'Senior Accountant', company: 'Lee & Partners' })
    const swapped = readInterview(ZOOM, 'Interview Invitation: Lee & Partners | Senior Accountant')
    expect(swapped).toMatchObject({ position: 'Senior Accountant', company: 'Lee & Partners' })
  })

  it('leaves the town in brackets out of the role', () => {
    expect(readInterview(ZOOM, 'Interview Invitation: Senior Accountant (Jakarta)')).toMatchObject({
      position: 'Senior Accountant',
    })
    expect(readInterview(ZOOM, 'Interview Invitation: Backend Engineer (Remote)')).toMatchObject({
      position: 'Backend Engineer (Remote)',
    })
  })
})

describe('the zone of a time, however the message writes it', () => {
  it('reads the zone in a label’s brackets: “Waktu (WITA): 10.00 - 11.00”', () => {
    const reading = readingOf(
      [
        'Halo Budi,',
        'Detail interview:',
        'Tanggal: Kamis, 3 Desember 2026',
        'Waktu (WITA): 10.00 - 11.00',
      ].join('\n') + '\nLink: https://meet.google.com/abc-defg-hij\n\nSalam,\nDewi',
    )
    expect(reading.interview).toMatchObject({
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-03T02:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
    })
    expect(reading.sources.timeZone).toContain('WITA')
    const english = readInterview(
      'Hi Sarah,\nDate: Thursday, 3 December 2026\nTime (SGT): 2:00 PM\nZoom: https://zoom.us/j/123456789\nJanet',
    )
    expect(english).toMatchObject({ timeZone: 'Asia/Singapore', startsAt: '2026-12-03T06:00:00.000Z' })
  })

  it('reads Kuala Lumpur’s time at an address that closes with its federal territory', () => {
    const reading = readInterview(
      letter(
        'Thursday, 3 December 2026 at 10:00 AM',
        'Address: Menara KL, Jalan Puncak, 50250 Kuala Lumpur, Wilayah Persekutuan Kuala Lumpur',
      ),
    )
    expect(reading).toMatchObject({ timeZone: 'Asia/Kuala_Lumpur', startsAt: '2026-12-03T02:00:00.000Z' })
  })

  it('finds the address under a label on a line of its own, and its town’s clock', () => {
    const reading = readingOf(
      letter('Thursday, 3 December 2026 at 10:00 AM', 'Venue:\nOne Raffles Place, #20-01\nSingapore 048616'),
    )
    expect(reading.interview).toMatchObject({
      mode: 'onsite',
      location: 'One Raffles Place, #20-01, Singapore 048616',
      timeZone: 'Asia/Singapore',
      startsAt: '2026-12-03T02:00:00.000Z',
    })
    expect(reading.sources.location).toBe('One Raffles Place, #20-01')
  })

  it('finds a chat’s venue written after a comma in small letters, and its town’s clock', () => {
    const reading = readingOf(
      'Kak interview Kamis 3 Des 2026 jam 10.00 ya, lokasi: jl. teuku umar no 9, denpasar',
    )
    expect(reading.interview).toMatchObject({
      mode: 'onsite',
      location: 'jl. teuku umar no 9, denpasar',
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-03T02:00:00.000Z',
    })
  })
})

describe('an interview the message says is held by phone, beside an address', () => {
  it('is a phone interview, on the reader’s clock', () => {
    const reading = readInterview(
      [
        'Yth. Sdr. Budi,',
        '',
        'Dengan hormat, kami mengundang Saudara mengikuti wawancara untuk posisi Staff Admin pada Kamis, 3 Desember 2026 pukul 10.00.',
        '',
        'Wawancara dilakukan melalui telepon, kami akan menghubungi Saudara di nomor yang tercantum di CV.',
        'Alamat: Jl. AP Pettarani No. 5, Makassar 90222',
        '',
        'Hormat kami,',
        'Dewi Lestari',
        'HRD',
      ].join('\n'),
    )
    expect(reading).toMatchObject({
      mode: 'phone',
      timeZone: 'Asia/Jakarta',
      startsAt: '2026-12-03T03:00:00.000Z',
    })
    expect(reading.location).toBeUndefined()
  })

  it('stays onsite when the phone is only an earlier round', () => {
    const reading = readInterview(
      letter(
        'Thursday, 3 December 2026 at 10:00 AM',
        'Following your phone interview last week, we would like to meet you in person.\nVenue: Jl. Sudirman Kav. 5, Jakarta',
      ),
    )
    expect(reading).toMatchObject({ mode: 'onsite', location: 'Jl. Sudirman Kav. 5, Jakarta' })
  })
})

// A second hostile read, of the rules above.
const T10 = 'Thursday, 3 December 2026 at 10:00 AM'
const SG = 'Venue: 1 Raffles Place, #20-01, Singapore 048616'
const surat = (lines: string[]) =>
  [
    'Yth. Sdr. Budi,',
    '',
    'Kami mengundang Saudara wawancara posisi Staff Admin pada Kamis, 3 Desember 2026 pukul 10.00.',
    ...lines,
    '',
    'Hormat kami,',
    'Dewi',
  ].join('\n')

describe('the second hostile read', () => {
  it('reads numbers after a name or a short label, and none from a reference', () => {
    expect(
      readInterview(letter(T10, `${SG}\nFor enquiries, quote ref 6123 4567.`)).contact?.phone,
    ).toBeUndefined()
    expect(readInterview(letter(T10, `${SG}\nContact: Ms Rachel Tan, 9123 4567`)).contact?.phone).toBe(
      '+6591234567',
    )
    expect(readInterview(letter(T10, `${SG}\nM: 9123 4567`)).contact?.phone).toBe('+6591234567')
  })

  it('reads Malaysian addresses however their state is written', () => {
    for (const address of [
      'Venue: Menara Maxis, Kuala Lumpur City Centre, 50088 Kuala Lumpur, Federal Territory of Kuala Lumpur',
      'Venue: Level 8, The Vertical, Bangsar South, 59200 Kuala Lumpur, W.P. Kuala Lumpur',
      'Venue: Level 3, Menara Sunway, Jalan Lagoon Timur, 47500 Subang Jaya, Selangor Darul Ehsan',
      'Venue: 1 Lebuh Pantai, George Town, 10300 Pulau Pinang, Malaysia',
    ])
      expect(readInterview(letter(T10, address))).toMatchObject({
        timeZone: 'Asia/Kuala_Lumpur',
        startsAt: '2026-12-03T02:00:00.000Z',
      })
    const lost = `Venue: Menara Maxis, 50088 Kuala Lumpur, Federal Territory of Kuala Lumpur\nIf you are lost, call me at 012-345 6789.`
    expect(readInterview(letter(T10, lost)).contact?.phone).toBe('+60123456789')
  })

  it('reads a chat’s venue without its closing words, and no venue that is still to come', () => {
    const makassar = readInterview(
      'Kak besok lusa Kamis 3 Des 2026 interview jam 10.00, alamat: ruko citraland blok b no 5, makassar ya kak',
    )
    expect(makassar).toMatchObject({
      location: 'ruko citraland blok b no 5, makassar',
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-03T02:00:00.000Z',
    })
    const noComma = readInterview(
      'Kak interview Kamis 3 Des 2026 jam 10.00, lokasi: jl. ap pettarani no 5 makassar. jgn telat ya',
    )
    expect(noComma).toMatchObject({ timeZone: 'Asia/Makassar', startsAt: '2026-12-03T02:00:00.000Z' })
    const manado = readInterview(
      'Selamat siang kak, interview Kamis 3 Des 2026 jam 10.00, lokasinya di jl. sam ratulangi no 3, manado',
    )
    expect(manado).toMatchObject({ mode: 'onsite', location: 'jl. sam ratulangi no 3, manado' })
    const later = readInterview('Kak jadwal interview Kamis 3 Des 2026 jam 10.00, lokasi: menyusul ya kak')
    expect(later.location).toBeUndefined()
    expect(later.mode).toBeUndefined()
  })

  it('takes every line of an address under its label, up to the blank line', () => {
    const mapletree = readInterview(
      letter(T10, 'Venue:\nMapletree Business City\n20 Pasir Panjang Road, #10-01\nSingapore 117439'),
    )
    expect(mapletree).toMatchObject({
      location: 'Mapletree Business City, 20 Pasir Panjang Road, #10-01, Singapore 117439',
      timeZone: 'Asia/Singapore',
    })
    const makassar = readInterview(
      surat(['', 'Alamat:', 'Graha Pena Lt. 5', 'Jl. Urip Sumoharjo No. 20', 'Makassar']),
    )
    expect(makassar).toMatchObject({
      location: 'Graha Pena Lt. 5, Jl. Urip Sumoharjo No. 20, Makassar',
      timeZone: 'Asia/Makassar',
    })
  })

  it('knows a phone interview by more of its wordings, and not by a fallback or an earlier round', () => {
    const phone = (line: string, address = 'Alamat: Jl. AP Pettarani No. 5, Makassar 90222') =>
      readInterview(surat([line, address]))
    for (const line of [
      'Wawancara akan dilaksanakan melalui sambungan telepon.',
      'Interview akan dilakukan via WhatsApp call ke nomor Saudara.',
    ])
      expect(phone(line)).toMatchObject({ mode: 'phone', timeZone: 'Asia/Jakarta' })
    const english = readInterview(
      letter(
        T10,
        `The first-round interview will be conducted by phone; our recruiter will call you.\n${SG}`,
      ),
    )
    expect(english.mode).toBe('phone')
    const fallback = readInterview(
      letter(
        T10,
        `${SG}\nIf you are unable to attend in person, the interview will be conducted by phone instead.`,
      ),
    )
    expect(fallback).toMatchObject({ mode: 'onsite', timeZone: 'Asia/Singapore' })
    const earlier = readInterview(
      [
        'Yth. Sdr. Budi,',
        '',
        'Setelah wawancara dilakukan melalui telepon pada 20 November lalu, kami mengundang Saudara untuk wawancara lanjutan secara tatap muka pada Kamis, 3 Desember 2026 pukul 10.00.',
        'Tempat: Jl. AP Pettarani No. 5, Makassar 90222',
      ].join('\n'),
    )
    expect(earlier).toMatchObject({ mode: 'onsite', timeZone: 'Asia/Makassar' })
  })

  it('leaves more towns in brackets out of the role', () => {
    for (const town of ['Cikarang', 'Penang', 'KL'])
      expect(readInterview(ZOOM, `Interview Invitation: Production Supervisor (${town})`).position).toBe(
        'Production Supervisor',
      )
  })
})

describe('an hour alone under a label that names its zone', () => {
  const details = (line: string) =>
    readInterview(
      ['Halo Budi,', '', 'Berikut detail interview:', 'Tanggal: Kamis, 3 Desember 2026', line].join('\n') +
        '\nLink: https://meet.google.com/abc-defg-hij\n\nSalam,\nDewi',
    )

  it('keeps its hour: “Waktu (WITA): 10.00”, “Jam (WIT): 09.00”, “Waktu Wawancara (WITA): 10.00 - 11.00”', () => {
    expect(details('Waktu (WITA): 10.00')).toMatchObject({
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-03T02:00:00.000Z',
    })
    expect(details('Jam (WIT): 09.00')).toMatchObject({
      timeZone: 'Asia/Jayapura',
      startsAt: '2026-12-03T00:00:00.000Z',
    })
    expect(details('Waktu Wawancara (WITA): 10.00 - 11.00')).toMatchObject({
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-03T02:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
    })
  })

  it('is not the moment of pasting when the end is “s.d. selesai”', () => {
    expect(details('Waktu (WITA): 10.00 s.d. selesai')).toMatchObject({
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-03T02:00:00.000Z',
    })
  })
})

describe('a zone or an offset in a time’s label', () => {
  const online = (lines: string[]) =>
    readInterview(
      [
        'Hi Sarah,',
        '',
        ...lines,
        'Google Meet: https://meet.google.com/abc-defg-hij',
        '',
        'Thanks,',
        'Janet',
      ].join('\n'),
    )

  it('reads an offset in the label: “Time (GMT+8): 10:00 AM”, “Time (UTC+8): 10:00 AM - 11:00 AM”', () => {
    expect(online(['Date: Thursday, 3 December 2026', 'Time (GMT+8): 10:00 AM'])).toMatchObject({
      startsAt: '2026-12-03T02:00:00.000Z',
    })
    expect(online(['Date: Thursday, 3 December 2026', 'Time (UTC+8): 10:00 AM - 11:00 AM'])).toMatchObject({
      startsAt: '2026-12-03T02:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
    })
  })

  it('reads a zone in a label written above its hours, as a pasted table lays it out', () => {
    expect(online(['Date', 'Thursday, 3 December 2026', 'Time (SGT)', '2:00 PM – 3:00 PM'])).toMatchObject({
      timeZone: 'Asia/Singapore',
      startsAt: '2026-12-03T06:00:00.000Z',
      endsAt: '2026-12-03T07:00:00.000Z',
    })
  })
})

describe('a town as a part of the subject', () => {
  it('is where the job is, neither the company nor the role', () => {
    const alone = readInterview(ZOOM, 'Interview Invitation – Store Manager – Surabaya')
    expect(alone.position).toBe('Store Manager')
    expect(alone.company).toBeUndefined()
    expect(readInterview(ZOOM, 'Interview – Barista – Fore Coffee – Jakarta')).toMatchObject({
      company: 'Fore Coffee',
      position: 'Barista',
    })
  })
})
