import { describe, expect, it } from 'vitest'
import { readInterview, readingOf } from '../helpers/invitations'

// Read in Jakarta (the helpers' user zone). A time an invitation writes without a zone is the venue's when the
// interview is onsite: ten o'clock at an office in Singapore or Bali is ten there, an hour before ten in
// Jakarta. A number written without its country code is that country's.
const letter = (when: string, venue: string, signature: string[] = []) =>
  [
    'Dear Sarah,',
    '',
    `We would like to invite you to an interview for the Sales Executive role on ${when}.`,
    '',
    venue,
    '',
    'Best regards,',
    'Janet Lim',
    'HR',
    ...signature,
  ].join('\n')

describe('a time with no zone, at an onsite venue', () => {
  it('is held on the clock of the venue’s town: Singapore, Kuala Lumpur, Bali', () => {
    const singapore = readInterview(
      letter('Friday, 4 December 2026 at 10:00 AM', 'Venue: 12 Marina Boulevard, #20-01, Singapore 018982'),
      'Interview Invitation',
    )
    expect(singapore).toMatchObject({ timeZone: 'Asia/Singapore', startsAt: '2026-12-04T02:00:00.000Z' })
    const kualaLumpur = readInterview(
      letter('Thursday, 3 December 2026 at 2:00 PM', 'Venue: Menara KL, Jalan Sultan Ismail, Kuala Lumpur'),
    )
    expect(kualaLumpur).toMatchObject({ timeZone: 'Asia/Kuala_Lumpur', startsAt: '2026-12-03T06:00:00.000Z' })
    const bali = readInterview(
      'Halo Sarah,\n\nKami mengundang Anda wawancara pada Kamis, 3 Desember 2026 pukul 10.00 di kantor kami, Jl. Sunset Road No. 8, Kuta, Bali.\n\nSalam,\nDewi',
    )
    expect(bali).toMatchObject({ timeZone: 'Asia/Makassar', startsAt: '2026-12-03T02:00:00.000Z' })
  })

  it('says where the zone came from: the venue', () => {
    const reading = readingOf(
      letter('Friday, 4 December 2026 at 10:00 AM', 'Venue: 1 Raffles Place #05-02, Singapore 048616'),
    )
    expect(reading.sources.timeZone).toContain('Raffles Place')
  })

  it('keeps the end and the length, and moves every time offered to choose from', () => {
    const ranged = readInterview(
      letter('Friday, 4 December 2026, 10:00–11:30', 'Venue: 1 Raffles Place, Singapore 048616'),
    )
    expect(ranged).toMatchObject({ startsAt: '2026-12-04T02:00:00.000Z', endsAt: '2026-12-04T03:30:00.000Z' })
    const offered = readingOf(
      [
        'Dear Sarah,',
        '',
        'Please choose one of the following slots for your interview at our office, 1 Raffles Place, Singapore 048616:',
        '1. Thursday, 3 December 2026 at 10:00',
        '2. Friday, 4 December 2026 at 14:00',
        '',
        'Regards,',
        'Janet Lim',
      ].join('\n'),
    )
    expect(offered.choices?.map((slot) => slot.startsAt)).toEqual([
      '2026-12-03T02:00:00.000Z',
      '2026-12-04T06:00:00.000Z',
    ])
  })

  it('moves nothing on a town in a building’s or a street’s name, only on the town an address ends with', () => {
    for (const venue of [
      'Venue: Wisma Bali, Jl. Kuningan Kav. 5',
      'Venue: Gedung Bali Tower, Jl. Gatot Subroto Kav. 9',
      'Venue: Plaza Singapore, Jl. Thamrin',
      'Venue: Hotel Santika Makassar Lt. 3',
    ])
      expect(readInterview(letter('Thursday, 3 December 2026 at 10:00', venue)), venue).toMatchObject({
        timeZone: 'Asia/Jakarta',
        startsAt: '2026-12-03T03:00:00.000Z',
      })
    expect(
      readInterview(
        letter(
          'Thursday, 3 December 2026 at 10:00',
          'Venue: Jl. Sunset Road No. 8, Kuta, Bali 80361, Indonesia',
        ),
      ),
    ).toMatchObject({ timeZone: 'Asia/Makassar', startsAt: '2026-12-03T02:00:00.000Z' })
  })

  it('changes nothing for a venue in the user’s zone, a video call, or a time that names its zone', () => {
    expect(
      readInterview(letter('Thursday, 3 December 2026 at 2:00 PM', 'Venue: Jl. Sudirman 5, Jakarta')),
    ).toMatchObject({ timeZone: 'Asia/Jakarta', startsAt: '2026-12-03T07:00:00.000Z' })
    expect(
      readInterview(
        letter(
          'Thursday, 3 December 2026 at 2:00 PM',
          'Join by Zoom: https://zoom.us/j/123456789 (our team is in Singapore)',
        ),
      ),
    ).toMatchObject({ timeZone: 'Asia/Jakarta', startsAt: '2026-12-03T07:00:00.000Z' })
    expect(
      readInterview(
        letter('Thursday, 3 December 2026 at 2:00 PM WIB', 'Venue: 1 Raffles Place, Singapore 048616'),
      ),
    ).toMatchObject({ startsAt: '2026-12-03T07:00:00.000Z' })
  })
})

describe('phone numbers and names around a foreign venue', () => {
  it('a Malaysian number without +60 is Malaysian when the interview is in Malaysia', () => {
    const found = readInterview(
      letter(
        'Thursday, 3 December 2026 at 2:00 PM',
        'Venue: our office in Kuala Lumpur. If you have questions, call 012-345 6789.',
      ),
    )
    expect(found.contact?.phone).toBe('+60123456789')
  })

  it('a number on the line of an address with a unit ("#05-02") is still read', () => {
    const found = readInterview(
      letter(
        'Thursday, 3 December 2026 at 2:00 PM',
        'Venue: 1 Raffles Place #05-02, Singapore 048616 | Tel: +65 6555 1234',
      ),
    )
    expect(found.contact?.phone).toBe('+6565551234')
    // A meeting's dial string still gives no one's number.
    const dialled = readInterview(
      letter('Thursday, 3 December 2026 at 2:00 PM WIB', 'Join by phone: +62 21 5086 2345,,8812345#'),
    )
    expect(dialled.contact?.phone).toBeUndefined()
  })

  it('a company named with "&" keeps its whole name', () => {
    const found = readInterview(
      letter('Friday, 4 December 2026 at 10:00 AM', 'Venue: 12 Marina Boulevard, Singapore 018982', [
        'Lee & Partners Law Corporation',
      ]),
    )
    expect(found.company).toBe('Lee & Partners Law Corporation')
  })
})

describe('the role in a subject', () => {
  it('after the invitation’s words and a colon', () => {
    const text = letter('Thursday, 3 December 2026 at 2:00 PM WIB', 'Venue: Jl. Sudirman 5, Jakarta', [
      'PT Lumen Nusantara',
    ]).replace(' for the Sales Executive role', '')
    expect(readInterview(text, 'Interview Invitation: Senior Accountant').position).toBe('Senior Accountant')
    expect(readInterview(text, 'Interview Invitation: Thursday, 3 December').position).toBeUndefined()
  })

  it('"Interview – Video Producer" names the role, not the company', () => {
    const text = letter(
      'Thursday, 3 December 2026 at 2:00 PM WIB',
      'Join by Zoom: https://zoom.us/j/123456789',
    ).replace(' for the Sales Executive role', '')
    const found = readInterview(text, 'Interview – Video Producer')
    expect(found.position).toBe('Video Producer')
    expect(found.company).toBeUndefined()
  })
})

// A hostile read of the rules above (123 cases by a helper session); the wrong answers it found are kept here.
describe('the hostile read', () => {
  const J10 = { timeZone: 'Asia/Jakarta', startsAt: '2026-12-03T03:00:00.000Z' }
  const at = (timeZone: string, startsAt = '2026-12-03T02:00:00.000Z') => ({ timeZone, startsAt })
  const surat = (when: string, venue: string) =>
    `Dengan hormat,\n\nKami mengundang Saudara untuk wawancara posisi Staff Admin ${when}.\n\n${venue}\n\nHormat kami,\nDewi Lestari\nHRD`

  it('a place beside a time, on its line, is where it is held, not the time’s zone', () => {
    expect(
      readInterview(
        surat('pada Kamis, 3 Desember 2026 pukul 10.00 di Plaza Singapore, Jl. MH Thamrin, Jakarta', ''),
      ),
    ).toMatchObject(J10)
    expect(
      readInterview(
        letter('Thursday, 3 December 2026 at 10:00 at Wisma Malaysia, Jakarta', 'Please bring your ID.'),
      ),
    ).toMatchObject(J10)
    expect(
      readInterview(
        surat(
          'pada Kamis, 3 Desember 2026 pukul 10.00 di Makassar Room',
          'Tempat: Hotel Mulia, Jl. Asia Afrika, Senayan, Jakarta',
        ),
      ),
    ).toMatchObject(J10)
  })

  it('a zone written as one, on the line after the time, still counts', () => {
    const video = 'Join by Zoom: https://zoom.us/j/123456789'
    expect(
      readInterview(letter('Thursday, 3 December 2026 at 10:00 AM\n(Singapore time)', video)),
    ).toMatchObject(at('Asia/Singapore'))
    expect(
      readInterview(
        surat(
          'pada Kamis, 3 Desember 2026 pukul 10.00\nZona waktu: WITA',
          'Tautan: https://meet.google.com/abc-defg-hij',
        ),
      ),
    ).toMatchObject(at('Asia/Makassar'))
    expect(
      readInterview(
        surat(
          'pada Kamis, 3 Desember 2026 pukul 10.00 Waktu Indonesia Tengah',
          'Tautan: https://meet.google.com/abc-defg-hij',
        ),
      ),
    ).toMatchObject(at('Asia/Makassar'))
  })

  it('an office address beside a phone interview does not move its time', () => {
    const text = surat(
      'pada Kamis, 3 Desember 2026 pukul 10.00. Wawancara dilakukan melalui telepon, kami akan menghubungi Saudara di nomor yang tercantum di CV',
      'Alamat: Jl. AP Pettarani No. 5, Makassar 90222',
    )
    expect(readInterview(text)).toMatchObject(J10)
  })

  it('an address closing with its province, a dash, "Kota", a postcode first or a bracketed note', () => {
    const when = 'pada Kamis, 3 Desember 2026 pukul 10.00'
    for (const [venue, zone, startsAt] of [
      ['Lokasi: Jl. AP Pettarani No. 5, Makassar, Sulawesi Selatan 90222', 'Asia/Makassar'],
      ['Lokasi: Jl. MT Haryono No. 3, Balikpapan 76114, Kaltim', 'Asia/Makassar'],
      ['Lokasi: Jl. Piere Tendean, Kota Manado', 'Asia/Makassar'],
      ['Lokasi: Jl. Sunset Road No. 8, Kuta - Bali', 'Asia/Makassar'],
      ['Lokasi: Kawasan BTDC Lot N5, Nusa Dua Bali 80363', 'Asia/Makassar'],
      ['Lokasi: Jl. Ahmad Yani No. 3, Jayapura, Papua 99111', 'Asia/Jayapura', '2026-12-03T01:00:00.000Z'],
    ] as const)
      expect(readInterview(surat(when, venue)), venue).toMatchObject(at(zone, startsAt))
    for (const venue of [
      'Venue: Level 15, Menara IQ, Jalan Tun Razak, 50400 Kuala Lumpur, Malaysia',
      'Venue: 1 Raffles Place #05-02, Singapore 048616 (near Raffles Place MRT Exit B)',
    ])
      expect(readInterview(letter('Thursday, 3 December 2026 at 10:00 AM', venue)), venue).not.toMatchObject({
        timeZone: 'Asia/Jakarta',
      })
  })

  it('an Indonesian mobile stays Indonesian at a venue abroad; more unit forms; "&" before LLP', () => {
    const singapore = 'Venue: 1 Raffles Place, Singapore 048616'
    expect(
      readInterview(
        letter(
          'Thursday, 3 December 2026 at 10:00 AM',
          `${singapore}\nWhatsApp me at 0812-3456-7890 if you are late.`,
        ),
      ).contact?.phone,
    ).toBe('+6281234567890')
    for (const unit of [
      '3 Temasek Boulevard #B1-05, Singapore 038983',
      '80 Robinson Road #12-01A, Singapore 068898',
    ])
      expect(
        readInterview(letter('Thursday, 3 December 2026 at 10:00 AM', `Venue: ${unit} | Tel: +65 6555 1234`))
          .contact?.phone,
      ).toBe('+6565551234')
    expect(
      readInterview(letter('Friday, 4 December 2026 at 10:00 AM', singapore, ['Tan & Lim LLP'])).company,
    ).toBe('Tan & Lim LLP')
  })

  it('a zone named on one time offered is the others’ too', () => {
    const offered = readingOf(
      [
        'Dear Sarah,',
        '',
        'Please choose one of the following slots for an interview at our office (1 Raffles Place, Singapore 048616):',
        '1. Thursday, 3 December 2026 at 10:00 AM SGT',
        '2. Friday, 4 December 2026 at 2:00 PM',
        '',
        'Regards,',
        'Janet',
      ].join('\n'),
    )
    expect(offered.choices?.map((slot) => slot.startsAt)).toEqual([
      '2026-12-03T02:00:00.000Z',
      '2026-12-04T06:00:00.000Z',
    ])
  })

  it('a subject’s request after the colon is no role', () => {
    const text = letter(
      'Thursday, 3 December 2026 at 2:00 PM WIB',
      'Join by Zoom: https://zoom.us/j/123456789',
    ).replace(' for the Sales Executive role', '')
    for (const subject of [
      'Interview Invitation: Action Required',
      'Undangan Wawancara: Mohon Konfirmasi Kehadiran',
    ])
      expect(readInterview(text, subject).position, subject).toBeUndefined()
  })
})
