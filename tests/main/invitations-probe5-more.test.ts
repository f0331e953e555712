import { describe, expect, it } from 'vitest'
import { readingOf } from '../helpers/invitations'
import { probe5 } from './invitations/probe5'

// The fifth hostile probe, continued: whose number a number is, whose licence a "No." is, which of the zones
// a time is written in is the interview's, an address over four lines, a pharmacist's signature, and roles
// written in small letters or after "interest in".
const read = (id: string) => {
  const { text, subject } = probe5(id)
  return readingOf(text, subject)
}

const agencyMail = (body: string) =>
  [
    'Dear Bima,',
    '',
    body,
    '',
    'Kind regards,',
    'Melissa Ong',
    'Harbourfront Talent Partners Pte. Ltd.',
    'DID: +65 6812 4470',
  ].join('\n')

describe('a recruitment agency’s phone screen', () => {
  it('does not take the candidate’s own number, named before it as "the number in your CV", as the contact’s', () => {
    const { interview } = read('Q06')
    expect(interview.contact?.phone).toBe('+6568124470')
  })

  it('does the same in Indonesian, and still takes a number the candidate is asked to call', () => {
    const own = readingOf(
      agencyMail(
        'Saya akan menelepon pada Kamis, 3 Desember 2026 pukul 10.00 WIB ke nomor yang tercantum di CV Anda: 0813-1234-9876.',
      ),
    )
    expect(own.interview.contact?.phone).toBe('+6568124470')
    const theirs = readingOf(
      agencyMail('Please call me on Thursday, 3 December 2026 at 10:00 WIB on +62 812 7777 8888.'),
    )
    expect(theirs.interview.contact?.phone).toBe('+6281277778888')
  })

  it('does not take the agency’s licence or registration number as the invitation’s reference', () => {
    expect(read('Q06').interview.referenceNumber).toBeUndefined()
    const licensed = readingOf(
      agencyMail('Interview on Thursday, 3 December 2026 at 10:00 WIB.\nRef. No. HTP-2026-044'),
    )
    expect(licensed.interview.referenceNumber).toBe('HTP-2026-044')
    const lettered = readingOf(
      'Undangan wawancara No. 118/HRD/XII/2026 pada Kamis, 3 Desember 2026 pukul 10.00',
    )
    expect(lettered.interview.referenceNumber).toBe('118/HRD/XII/2026')
  })
})

describe('a time written in two zones', () => {
  it('is held in the zone of the onsite venue: "3.30pm SGT / 2.30pm WIB" at an office in Jakarta', () => {
    const { interview, sources, replyBy } = read('Q09')
    expect(interview).toMatchObject({
      startsAt: '2026-12-16T07:30:00.000Z',
      endsAt: '2026-12-16T08:30:00.000Z',
      timeZone: 'Asia/Jakarta',
    })
    expect(sources.timeZone).toMatch(/^Venue: WeWork Revenue Tower/)
    // "by Friday, 11 December" ends with that day in Jakarta.
    expect(replyBy?.at).toBe('2026-12-11T16:59:59.999Z')
  })

  it('keeps the first zone for a video call, and for a venue in the first zone’s town', () => {
    const video = readingOf(
      'We invite you to a video interview on Wednesday, 16 December 2026 at 3.30pm SGT / 2.30pm WIB via https://zoom.us/j/123456789',
    )
    expect(video.interview).toMatchObject({
      timeZone: 'Asia/Singapore',
      startsAt: '2026-12-16T07:30:00.000Z',
    })
    const singapore = readingOf(
      'Date: Wednesday, 16 December 2026\nTime: 3.30pm SGT / 2.30pm WIB\nVenue: 1 Raffles Place, Level 20, Singapore 048616',
    )
    expect(singapore.interview).toMatchObject({
      mode: 'onsite',
      timeZone: 'Asia/Singapore',
      startsAt: '2026-12-16T07:30:00.000Z',
    })
  })
})

describe('a signer who gives a first name only', () => {
  it('is named in full from a line that names them so ("Andreas Wijaya sent you a new message")', () => {
    expect(read('Q01').interview.contact?.name).toBe('Andreas Wijaya')
    const chat = readingOf(
      'Halo, saya Rina Kartika dari HRD PT Maju. Interview Kamis 10 Desember 2026 jam 10.\n\nSalam,\nRina',
    )
    expect(chat.interview.contact?.name).toBe('Rina Kartika')
  })

  it('keeps the first name when nothing names them in full, and takes no word after it that is no surname', () => {
    const plain = readingOf('Interview Kamis 10 Desember 2026 jam 10.\n\nSalam,\nRina\nHRD PT Maju')
    expect(plain.interview.contact?.name).toBe('Rina')
    const from = readingOf(
      'Rina From HR will call you on Thursday, 10 December 2026 at 10:00 WIB.\n\nRegards,\nRina',
    )
    expect(from.interview.contact?.name).toBe('Rina')
  })
})

describe('a pharmacy’s letter', () => {
  it('takes the whole address over its four lines, up to the town and postcode', () => {
    expect(read('Q07').interview.location).toBe(
      'Apotek Sehat Sentosa, Jl. Kemuning Raya No. 7, RT 004/RW 011, Kel. Pejaten Timur, Kec. Pasar Minggu, Jakarta Selatan 12510',
    )
  })

  it('stops at a line that is no part of the address', () => {
    const text = [
      'Wawancara pada Sabtu, 5 Desember 2026 pukul 10.00 WIB.',
      'Alamat : Apotek Sehat Sentosa,',
      '         Jl. Kemuning Raya No. 7,',
      'Harap Membawa Fotokopi Ijazah',
      '',
      'Hormat kami,',
      'HRD',
    ].join('\n')
    expect(readingOf(text).interview.location).toBe('Apotek Sehat Sentosa, Jl. Kemuning Raya No. 7')
  })

  it('reads the signer after the small-letter "apt." (pharmacist), as after "dr."', () => {
    expect(read('Q07').interview.contact?.name).toBe('Hendrawan Susilo')
    const clinic = readingOf(
      'Wawancara pada Sabtu, 5 Desember 2026 pukul 10.00 WIB di Klinik Sehat.\n\nHormat kami,\ndr. Ratna Dewi, Sp.KK\nKlinik Sehat',
    )
    expect(clinic.interview.contact?.name).toBe('Ratna Dewi')
  })
})

describe('the role', () => {
  it('after "your interest in the … role", in a portal’s message', () => {
    expect(read('Q01').interview.position).toBe('Data Engineer')
  })

  it('in small letters after "lowongan" or "posisi" in a chat, written as a title', () => {
    expect(read('Q03').interview.position).toBe('Admin Kasir')
    const chat = (text: string) => readingOf(text).interview.position
    expect(
      chat('Lamaran kamu untuk posisi staf gudang sudah kami terima. Interview Senin 7 Desember jam 9.'),
    ).toBe('Staf Gudang')
    expect(
      chat('Halo kak, lowongan kerja di toko kami masih buka. Interview Senin 7 Desember jam 9.'),
    ).toBeUndefined()
    expect(chat('Untuk posisi yang kakak lamar, interview Senin 7 Desember jam 9.')).toBeUndefined()
  })

  it('without where the job is in brackets ("(Jakarta)"), but with a qualifier that names it ("(ICU)")', () => {
    expect(read('Q09').interview.position).toBe('Clinical Operations Associate')
    const icu = readingOf(
      'Kami mengundang Anda untuk posisi Perawat Pelaksana (ICU) pada Kamis, 10 Desember 2026.',
    )
    expect(icu.interview.position).toBe('Perawat Pelaksana (ICU)')
  })

  it('not the candidate’s past role ("your experience in the … role")', () => {
    const text =
      'We liked your experience in the Sales Manager role at XYZ. Interview: Monday, 7 December 2026, 10:00.'
    expect(readingOf(text).interview.position).toBeUndefined()
  })
})

describe('a recorded (one-way) video interview', () => {
  it('takes the platform’s link, where the interview is done, as the meeting link', () => {
    const { interview } = read('Q14')
    expect(interview).toMatchObject({
      mode: 'video',
      meetingUrl: 'https://app.hirevue.com/interviews/nusaprima/FLP2027-SC/7f3e9a21',
    })
    expect(interview.startsAt).toBeUndefined()
  })

  it('from another platform of the kind too, but not from a look-alike host', () => {
    const text = (link: string) =>
      readingOf(`Video interview on Monday, 7 December 2026 at 10:00 WIB. Link: ${link}`).interview.meetingUrl
    expect(text('https://www.sparkhire.com/i/abc123')).toBe('https://www.sparkhire.com/i/abc123')
    expect(text('https://hirevue.com.example.net/x')).toBeUndefined()
  })
})

describe('times offered to choose from', () => {
  it('each says when the weekday written beside it is not its date’s, and the reading as a whole does not', () => {
    const reading = readingOf(
      [
        'Silakan pilih salah satu jadwal interview berikut:',
        '1. Kamis, 9 Desember 2026 pukul 10.00 WIB',
        '2. Kamis, 10 Desember 2026 pukul 14.00 WIB',
      ].join('\n'),
    )
    expect(reading.choices).toEqual([
      expect.objectContaining({ startsAt: '2026-12-09T03:00:00.000Z', otherWeekday: 'Kamis' }),
      expect.objectContaining({ startsAt: '2026-12-10T07:00:00.000Z' }),
    ])
    expect(reading.choices![1]).not.toHaveProperty('otherWeekday')
    expect(reading.weekdayClash).toBeUndefined()
  })
})
