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
  it('takes a brand with no job in its name as the company', () => {
    expect(readInterview(ZOOM, 'Interview – Gojek')).toMatchObject({ company: 'Gojek' })
    expect(readInterview(ZOOM, 'Interview – Gojek').position).toBeUndefined()
    expect(readInterview(ZOOM, 'Interview Invitation: Tokopedia')).toMatchObject({ company: 'Tokopedia' })
    expect(readInterview(ZOOM, 'Interview Invitation: Tokopedia').position).toBeUndefined()
  })

  it('still takes a role as the role: a job’s name, or a word that names one', () => {
    expect(readInterview(ZOOM, 'Interview – Video Producer')).toMatchObject({ position: 'Video Producer' })
    expect(readInterview(ZOOM, 'Interview Invitation: Barista')).toMatchObject({ position: 'Barista' })
    expect(readInterview(ZOOM, 'Interview Invitation: Copywriter')).toMatchObject({ position: 'Copywriter' })
    expect(readInterview(ZOOM, 'Interview – Management Trainee')).toMatchObject({
      position: 'Management Trainee',
    })
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
