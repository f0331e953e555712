import { describe, expect, it } from 'vitest'
import { parseInvitations } from '../../src/main/ics/parse'
import { INVITATION_NOW, readingOf } from '../helpers/invitations'
import { probe5 } from './invitations/probe5'

// The fifth hostile probe of the invitation reader: a reply above a quoted invitation, a WhatsApp card with
// emoji labels, a joint interview and written test, a portal notice's footer, a link wrapped by a mailer.
const read = (id: string) => {
  const { text, subject } = probe5(id)
  return readingOf(text, subject)
}

describe('a reply above the quoted invitation', () => {
  it('takes the time the reply agrees, not the date a quoted message was sent ("Pada tanggal … menulis:")', () => {
    const { interview } = read('Q05')
    expect(interview.startsAt).toBe('2026-12-11T06:30:00.000Z')
  })

  it('takes the reply address of the one who signs, not the candidate’s own from a quote’s first line', () => {
    expect(read('Q05').interview.contact?.email).toBe('rudi.hrd@sentosajaya.co.id')
  })

  it("takes the quoted invitation's venue when the reply says the place stays the same", () => {
    const { interview, sources } = read('Q05')
    expect(interview).toMatchObject({
      mode: 'onsite',
      location:
        'Kantor PT Sentosa Jaya Makmur, Ruko Mutiara Taman Palem Blok C1 No. 18, Cengkareng, Jakarta Barat',
    })
    expect(sources.location).toMatch(/^Tempat\s*: Kantor PT Sentosa/)
  })

  it('takes no quoted venue when the reply does not keep the place, nor when it names a new one', () => {
    const quote = [
      '',
      'Salam,',
      'Rudi Hermawan',
      '',
      'On Mon, 30 Nov 2026 at 09.12, Rudi Hermawan <rudi.hrd@sentosajaya.co.id> wrote:',
      '> Date: Wednesday, 9 December 2026, 09:00 WIB',
      '> Venue: Ruko Mutiara Taman Palem Blok C1 No. 18, Jakarta Barat',
    ].join('\n')
    const moved = readingOf(`Friday 11 December 2026 at 13:30 WIB suits us.${quote}`).interview
    expect(moved.location).toBeUndefined()
    expect(moved.mode).toBeUndefined()
    const kept = readingOf(`Friday 11 December 2026 at 13:30 WIB suits us; the venue stays the same.${quote}`)
    expect(kept.interview.location).toBe('Ruko Mutiara Taman Palem Blok C1 No. 18, Jakarta Barat')
    const elsewhere = readingOf(
      `Friday 11 December 2026 at 13:30 WIB. Not the same place: we meet at Gedung Graha Niaga Lt. 5.${quote}`,
    ).interview
    expect(elsewhere.location).toBe('Gedung Graha Niaga Lt. 5')
  })

  it('the same in English mail: "On Mon, Nov 30, 2026 at 4:05 PM … wrote:" is when that email was sent', () => {
    const text = [
      'Dear Ms Ayu, that is fine. See you on Friday, 11 December 2026 at 1:30 PM WIB at our office.',
      '',
      'Regards,',
      'Rudi Hermawan',
      'HR, PT Sentosa Jaya Makmur',
      '',
      'On Mon, 30 Nov 2026 at 16.05, Ayu Lestari <ayu.lestari97@gmail.com> wrote:',
      '> Dear Mr Rudi, could we meet on Friday instead?',
    ].join('\n')
    const { interview } = readingOf(text)
    expect(interview.startsAt).toBe('2026-12-11T06:30:00.000Z')
    expect(interview.contact?.email).toBeUndefined()
  })
})

describe('a WhatsApp card whose labels start with emoji', () => {
  it('reads "📍 Lokasi :" as the venue, so the interview is onsite', () => {
    const { interview } = read('Q10')
    expect(interview).toMatchObject({
      mode: 'onsite',
      location: 'Outlet Dapur Nenek Margonda',
      startsAt: '2026-12-03T06:00:00.000Z',
    })
  })

  it('keeps emoji inside a line as written', () => {
    const { interview } = readingOf('Interview besok jam 10 di PT Maju 🎉 Lokasi : Jl. Melati No. 5, Depok')
    expect(interview.company).toBe('PT Maju')
  })
})

describe('an interview held with a test', () => {
  it('"wawancara dan tes tertulis pada:" gives the time of both, not none', () => {
    const { interview } = read('Q07')
    expect(interview.startsAt).toBe('2026-12-05T03:00:00.000Z')
    // "s/d selesai" states no end.
    expect(interview.endsAt).toBeUndefined()
  })

  it('a test before the interview still does not give the interview its time', () => {
    const text = [
      'Tahapan seleksi:',
      '1. Psikotes online',
      '   Tanggal: Kamis, 3 Desember 2026 pukul 09.00 WIB',
      '2. Interview dan tes tertulis',
      '   Tanggal: Senin, 7 Desember 2026 pukul 13.00 WIB',
    ].join('\n')
    expect(readingOf(text).interview.startsAt).toBe('2026-12-07T06:00:00.000Z')
  })
})

describe('a job portal’s notice', () => {
  it('names the employer from "the Data Engineer role at Tokoloka", not the portal from its © footer', () => {
    expect(read('Q01').interview.company).toBe('Tokoloka')
  })

  it('names the employer the candidate would join when nothing else names it; a meeting app is not one', () => {
    const email = [
      'Dear Rizky,',
      '',
      'Thank you for your interest in joining Kopikode. We would like to invite you to a video interview for the',
      'Backend Developer position on Wednesday, 9 December 2026, 14:00–15:00 (GMT+7).',
      '',
      'Best regards,',
      'Sarah Lim',
      'Talent Acquisition Partner',
    ].join('\n')
    expect(readingOf(email).interview.company).toBe('Kopikode')
    const teams = email.replace('joining Kopikode', 'joining Microsoft Teams Meeting with us')
    expect(readingOf(teams).interview.company).toBeUndefined()
    const indonesian = email.replace(
      'your interest in joining Kopikode',
      'minat Anda bergabung bersama Kopikode',
    )
    expect(readingOf(indonesian).interview.company).toBe('Kopikode')
  })

  it('a footer alone names no company', () => {
    const text = [
      'Your interview is on Monday, 14 December 2026 at 10:30 WIB.',
      '',
      '© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
    ].join('\n')
    expect(readingOf(text).interview.company).toBeUndefined()
  })
})

describe('a meeting link a mailer wrapped at a hyphen', () => {
  it('is joined again: "https://meet.google.com/qwe-rtyu-" + "iop"', () => {
    expect(read('Q08').interview.meetingUrl).toBe('https://meet.google.com/qwe-rtyu-iop')
  })

  it('a link that ends a line whole is not joined to the next line', () => {
    const text =
      'Link: https://meet.google.com/abc-defg-hij\nterima kasih\nJadwal: Senin, 7 Desember 2026 10.00 WIB'
    expect(readingOf(text).interview.meetingUrl).toBe('https://meet.google.com/abc-defg-hij')
  })
})

describe('a calendar event whose description starts its lines with emoji', () => {
  it('reads the labels behind them, and keeps the description’s emoji in the notes as written', () => {
    const description = ['🔗 Link: https://meet.google.com/abc-defg-hij', '👕 Dresscode: kemeja putih'].join(
      '\\n',
    )
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:emoji-1@example.com',
      'DTSTAMP:20261130T010000Z',
      'DTSTART:20261207T030000Z',
      'DTEND:20261207T040000Z',
      'SUMMARY:Interview - PT Maju Bersama',
      `DESCRIPTION:${description}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n')
    const { fields } = parseInvitations(text, { userZone: 'Asia/Jakarta', now: INVITATION_NOW })
      .invitations[0]!
    expect(fields.meetingUrl).toBe('https://meet.google.com/abc-defg-hij')
    expect(fields.notes).toContain('👕 Dresscode: kemeja putih')
  })
})

describe('a weekday that does not match its date', () => {
  it('keeps the date and says which weekday the invitation wrote: "Kamis, 9 Desember 2026" is a Wednesday', () => {
    const reading = read('Q11')
    expect(reading.interview.startsAt?.slice(0, 10)).toBe('2026-12-09')
    expect(reading.weekdayClash).toEqual({ date: '2026-12-09', written: 'Kamis' })
  })

  it.each([
    ['Jadwal: hari Kamis tanggal 10 Desember 2026 pukul 10.00 WIB', undefined],
    ['Jadwal: Rabu, 10 Desember 2026 pukul 10.00 WIB', 'Rabu'],
    ['Date: Thursday, December 10th, 2026 at 10:00 AM WIB', undefined],
    ['Date: Friday, December 10th, 2026 at 10:00 AM WIB', 'Friday'],
    ['Jadwal: Kam, 10 Des 2026 jam 10.00 WIB', undefined],
    ['Jadwal: Sab, 10 Des 2026 jam 10.00 WIB', 'Sab'],
    // A short form with no comma, before the day and its month, as calendars and portals write it.
    ['When: Wed 10 Dec 2026, 10:00 WIB', 'Wed'],
    ['When: Thu 10 Dec 2026, 10:00 WIB', undefined],
    ['Jadwal: Rab 10 Des 2026 10.00 WIB', 'Rab'],
    ['Kuota min 10 Desember 2026 pukul 10.00 WIB', undefined],
    ['Your interview is on Wed 10th Dec 2026, 10am WIB.', 'Wed'],
    ['Date: Wed 10-Dec-2026, 10:00 AM WIB', 'Wed'],
    ['Date: Wed Dec 10, 2026 at 10:00 AM WIB', 'Wed'],
    ['Date: Thu Dec 10, 2026 at 10:00 AM WIB', undefined],
    ['Wawancara 10 Desember 2026 pukul 10.00 WIB, seminggu setelah tes', undefined],
  ])('%s', (text, written) => {
    const reading = readingOf(text)
    expect(reading.interview.startsAt?.slice(0, 10)).toBe('2026-12-10')
    expect(reading.weekdayClash?.written).toBe(written)
  })
})

describe('several times offered to choose from', () => {
  it('"Silakan pilih salah satu jadwal berikut": the three slots, each with its end, and no start of its own', () => {
    const reading = read('Q04')
    expect(reading.choices).toEqual([
      expect.objectContaining({ startsAt: '2026-12-09T03:00:00.000Z', endsAt: '2026-12-09T04:00:00.000Z' }),
      expect.objectContaining({ startsAt: '2026-12-10T07:00:00.000Z', endsAt: '2026-12-10T08:00:00.000Z' }),
      expect.objectContaining({ startsAt: '2026-12-11T02:00:00.000Z', endsAt: '2026-12-11T03:00:00.000Z' }),
    ])
    expect(reading.choices![1]!.source).toContain('10 Desember 2026')
    expect(reading.interview.startsAt).toBeUndefined()
    expect(reading.interview.timeZone).toBe('Asia/Jakarta')
    // Not "missing": the form offers the times. The reply deadline is still read.
    expect(reading.missing).not.toContain('startsAt')
    expect(reading.replyBy?.at.slice(0, 10)).toBe('2026-12-04')
  })

  it('in a chat: "bisa pilih Rabu 9/12 jam 10.00 atau Kamis 10/12 jam 14.00 WIB"', () => {
    const reading = readingOf(
      'Halo Kak, untuk interview posisi Admin di PT Sinar Jaya bisa pilih Rabu 9/12 jam 10.00 atau Kamis 10/12 jam 14.00 WIB ya. Kabari ya kak',
    )
    expect(reading.choices?.map((choice) => choice.startsAt)).toEqual([
      '2026-12-09T03:00:00.000Z',
      '2026-12-10T07:00:00.000Z',
    ])
  })

  it('one time after "silakan pilih" is the interview’s, and a reply deadline is never a choice', () => {
    const reading = readingOf(
      [
        'Interview posisi Admin di PT Sinar Jaya: Rabu, 9 Desember 2026 pukul 10.00 WIB.',
        'Silakan pilih salah satu lokasi tes yang terdekat, dan konfirmasi paling lambat Senin, 7 Desember 2026 pukul 12.00 WIB.',
      ].join('\n'),
    )
    expect(reading.choices).toBeUndefined()
    expect(reading.interview.startsAt).toBe('2026-12-09T03:00:00.000Z')
  })
})

describe('a one-way video interview', () => {
  it('a deadline to complete it by is not its start, nor is "30 seconds to prepare"', () => {
    const reading = read('Q14')
    expect(reading.interview.startsAt).toBeUndefined()
    expect(reading.interview.endsAt).toBeUndefined()
    expect(reading.missing).toContain('startsAt')
  })

  it('"selesaikan tes video sebelum Senin, 7 Desember 2026 pukul 23.59 WIB" is a deadline too', () => {
    const reading = readingOf(
      'Silakan selesaikan wawancara video Anda sebelum Senin, 7 Desember 2026 pukul 23.59 WIB melalui tautan berikut.',
    )
    expect(reading.interview.startsAt).toBeUndefined()
  })
})

describe('employers with no legal form, and a help desk', () => {
  it('a pharmacy that signs its letter: "Apotek Sehat Sentosa"', () => {
    expect(read('Q07').interview.company).toBe('Apotek Sehat Sentosa')
  })

  it('a shop whose owner writes on WhatsApp: the whole name, "Toko Bangunan Sumber Jaya Abadi"', () => {
    expect(read('Q03').interview.company).toBe('Toko Bangunan Sumber Jaya Abadi')
  })

  it('"contact HireVue Support" names no contact', () => {
    expect(read('Q14').interview.contact?.name).toBeUndefined()
  })
})

describe('a pasted Zoom invitation’s dial-in numbers', () => {
  it('are no one’s phone: the list under "Dial by your location" gives no contact number', () => {
    expect(read('Q02').interview.contact?.phone).toBeUndefined()
  })

  it('a number given after the list, to confirm to, is still the contact’s', () => {
    const text = [
      'Interview PT Maju Jaya, Kamis 10 Desember 2026 pukul 14.00 WIB via Zoom https://zoom.us/j/84512309876',
      '',
      'Dial by your location',
      '• +62 21 3952 1588 Indonesia',
      '',
      'Konfirmasi kehadiran ke WA 0812-3456-7890 (Tiara).',
    ].join('\n')
    expect(readingOf(text).interview.contact?.phone).toBe('+6281234567890')
  })
})

describe('a portal card with each label on a line of its own', () => {
  it('reads "Posisi" above "Quality Control Staff" and "Lokasi Interview" above the address', () => {
    const { interview } = read('Q12')
    expect(interview).toMatchObject({
      position: 'Quality Control Staff',
      company: 'PT Sumber Pangan Lestari',
      location: 'Kawasan Industri MM2100, Jl. Sulawesi Blok F3-1, Cikarang Barat, Bekasi',
      startsAt: '2026-12-08T06:00:00.000Z',
      endsAt: '2026-12-08T07:00:00.000Z',
    })
  })

  it('a label word alone above a blank line, or above another label, is left as it is', () => {
    const text = [
      'Posisi',
      '',
      'Lokasi',
      'Alamat: Jl. Melati No. 5, Depok',
      'Interview Senin, 7 Desember 2026 10.00 WIB',
    ].join('\n')
    expect(readingOf(text).interview.location).toBe('Jl. Melati No. 5, Depok')
  })

  it('a heading above a paragraph is not a label: "Company" above a description names no company', () => {
    const text = [
      'Interview for the Data Analyst role on Monday, 7 December 2026 at 10:00 WIB.',
      '',
      'Company',
      'We are a fast-growing logistics start-up serving more than two thousand merchants across Java and Bali every day.',
    ].join('\n')
    expect(readingOf(text).interview.company).toBeUndefined()
  })
})
