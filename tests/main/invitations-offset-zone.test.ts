import { describe, expect, it } from 'vitest'
import { readInvitation } from '../../src/main/invitations/read'
import { INVITATION_NOW, readInterview } from '../helpers/invitations'
import { probe5 } from './invitations/probe5'

// A time written with an offset alone ("11:00 AM (UTC+8)") gives the instant, but not the place: UTC+8 is
// Makassar, Singapore and Kuala Lumpur alike. The interview's zone is the one the message points to.
const readIn = (text: string, timeZone: string) =>
  readInvitation({ text }, { now: INVITATION_NOW, timeZone }).interview

const call = (time: string, signature: string[]) =>
  [
    'Dear Bima,',
    '',
    `I will call you for a short screening for the Finance Analyst role on Thursday, 3 December 2026 at ${time}.`,
    '',
    'Kind regards,',
    ...signature,
  ].join('\n')

describe('a time written with an offset alone', () => {
  it('is held in Singapore when the message is a Singapore agency’s, at the same instant', () => {
    const { text, subject } = probe5('Q06')
    const interview = readInterview(text, subject)
    expect(interview).toMatchObject({ timeZone: 'Asia/Singapore', startsAt: '2026-12-03T03:00:00.000Z' })
  })

  it('is held where a +65 or +60 number is, when no town is named', () => {
    expect(readInterview(call('11:00 AM (GMT+8)', ['Melissa Ong', 'DID: +65 6812 4470']))).toMatchObject({
      timeZone: 'Asia/Singapore',
      startsAt: '2026-12-03T03:00:00.000Z',
    })
    expect(readInterview(call('11:00 AM (GMT+8)', ['Aisyah Rahman', 'Tel: +60 3-2141 8800']))).toMatchObject({
      timeZone: 'Asia/Kuala_Lumpur',
      startsAt: '2026-12-03T03:00:00.000Z',
    })
  })

  it('stays in Makassar when the message names Makassar, or nothing of the region, or two places', () => {
    expect(readInterview(probe5('Q13').text, probe5('Q13').subject).timeZone).toBe('Asia/Makassar')
    expect(readInterview(call('11:00 (GMT+8)', ['Yohana', '0811-4455-2020'])).timeZone).toBe('Asia/Makassar')
    const both = call('11:00 AM (GMT+8)', ['Melissa Ong, Singapore', 'Our Makassar office: +62 411 123456'])
    expect(readInterview(both).timeZone).toBe('Asia/Makassar')
  })

  it('is the user’s own zone when it has that offset then', () => {
    const text = call('11:00 AM (GMT+8)', ['Yohana', '0811-4455-2020'])
    expect(readIn(text, 'Asia/Singapore')).toMatchObject({
      timeZone: 'Asia/Singapore',
      startsAt: '2026-12-03T03:00:00.000Z',
    })
    expect(readIn(call('10:00 (GMT+7)', ['Yohana']), 'Asia/Pontianak').timeZone).toBe('Asia/Pontianak')
  })

  it('an onsite venue’s town still decides, over a phone number elsewhere in the message', () => {
    const text = [
      'Dear Bima,',
      '',
      'We invite you to an interview for the Finance Analyst role on Thursday, 3 December 2026 at 11:00 (UTC+8).',
      'Venue: Menara Bosowa Lt. 12, Jl. Jend. Sudirman No. 5, Makassar',
      '',
      'Regards,',
      'Melissa Ong',
      'DID: +65 6812 4470',
    ].join('\n')
    expect(readInterview(text)).toMatchObject({
      timeZone: 'Asia/Makassar',
      mode: 'onsite',
      startsAt: '2026-12-03T03:00:00.000Z',
    })
  })

  it('a zone named beside the time is kept as it was', () => {
    const text = call('11:00 AM Singapore time', ['Yohana', '0811-4455-2020'])
    expect(readInterview(text).timeZone).toBe('Asia/Singapore')
    expect(readInterview(call('10.00 WITA', ['Melissa', '+65 6812 4470'])).timeZone).toBe('Asia/Makassar')
  })
})

describe('a time written with an offset alone, hostile cases', () => {
  const at10 = (zone: string) => `Thursday, 10 December 2026 at 10:00 AM (${zone})`

  it('an onsite venue’s town decides for a user whose own zone has that offset too', () => {
    const bali = `We invite you to an interview on ${at10('GMT+8')}.\nVenue: The Anvaya Beach Resort, Jl. Kartika Plaza, Kuta, Badung, Bali 80361\n\nRegards,\nRina`
    expect(readIn(bali, 'Asia/Singapore')).toMatchObject({
      timeZone: 'Asia/Makassar',
      startsAt: '2026-12-10T02:00:00.000Z',
    })
    const kl = `We invite you to an interview on ${at10('GMT+8')}.\nVenue: Menara Maxis, Jalan P. Ramlee, 50250 Kuala Lumpur\n\nRegards,\nRina`
    expect(readIn(kl, 'Asia/Singapore').timeZone).toBe('Asia/Kuala_Lumpur')
  })

  it('a meeting’s dial-in numbers say nothing of where the company is', () => {
    const text = [
      'Dengan hormat,',
      '',
      'Kami mengundang Saudara untuk interview online posisi Staff Produksi.',
      'Hari/Tanggal: Kamis, 10 Desember 2026',
      'Waktu: 10.00 (GMT+8)',
      'Zoom: https://zoom.us/j/81234567890',
      '',
      'Dial by your location',
      '• +65 3158 7288 Singapore',
      '• +62 21 3952 1588 Indonesia',
      '',
      'Salam,',
      'HRD PT Semen Bosowa Maros',
    ].join('\n')
    expect(readInterview(text).timeZone).toBe('Asia/Makassar')
  })

  it('reads a country code in brackets, the sender’s phone before a town, and towns of Bali and Malaysia', () => {
    expect(readInterview(call('3:00 PM (GMT+8)', ['Melissa', '(+65) 9123 4567'])).timeZone).toBe(
      'Asia/Singapore',
    )
    const agency = call('2:00 PM (GMT+8)', [
      'Melissa, hiring for our client in Kuala Lumpur',
      'DID: +65 6812 4470',
    ])
    expect(readInterview(agency).timeZone).toBe('Asia/Singapore')
    const penang = call('2:00 PM (GMT+8)', ['Aisyah', 'Penang Precision Sdn. Bhd., Bayan Lepas, Penang'])
    expect(readInterview(penang).timeZone).toBe('Asia/Kuala_Lumpur')
  })

  it('+9 in Tokyo or Seoul, and India’s half hour', () => {
    expect(
      readInterview(call('11:00 (GMT+9)', ['Kenji Sato', 'Tokyo office, +81 3 1234 5678'])).timeZone,
    ).toBe('Asia/Tokyo')
    expect(readInterview(call('14:00 (UTC+09:00) Seoul', ['Min-jun'])).timeZone).toBe('Asia/Seoul')
    expect(readInterview(call('11:00 AM (GMT+5:30)', ['Priya']))).toMatchObject({
      timeZone: 'Asia/Kolkata',
      startsAt: '2026-12-03T05:30:00.000Z',
    })
  })
})
