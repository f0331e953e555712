import { describe, expect, it } from 'vitest'
import { readingOf } from '../helpers/invitations'
import { probe4 } from './invitations/probe4'

// The fourth hostile probe of the invitation reader: a forwarded email, a table of stages, a portal card laid
// out with tabs, a psychotest and an interview on one day, Google Calendar and Teams bodies, chat short forms.
const read = (id: string) => {
  const { text, subject } = probe4(id)
  return readingOf(text, subject)
}

describe('the time', () => {
  it('a forwarded email: the interview’s time, not the forward header’s "Date:" line', () => {
    const { interview } = read('P03')
    expect(interview).toMatchObject({
      startsAt: '2026-12-10T03:00:00.000Z',
      endsAt: '2026-12-10T04:00:00.000Z',
    })
  })

  it('a psychotest and an interview on one day: the interview’s hour, and no end from the test’s length', () => {
    const { interview } = read('P11')
    expect(interview.startsAt).toBe('2026-12-03T06:30:00.000Z')
    expect(interview.endsAt).toBeUndefined()
  })

  it('a labelled "Duration:" two lines under the time gives the end', () => {
    expect(read('P13').interview.endsAt).toBe('2026-12-15T04:30:00.000Z')
  })

  it('"confirm your availability by replying to this email by Friday, 4 December" gives the reply-by day', () => {
    // The end of that day in the interview's zone (Kuala Lumpur, UTC+8).
    expect(read('P09').replyBy?.at).toBe('2026-12-04T15:59:59.999Z')
  })

  it('a "Date:" label with no mail header around it is still the interview’s', () => {
    const { interview } = readingOf(
      'Dear Putri,\n\nYour interview:\nDate: Thursday, 10 December 2026\nTime: 10:00 WIB\nVenue: Menara Astra, Jakarta\n\nRegards,\nIndah',
    )
    expect(interview.startsAt).toBe('2026-12-10T03:00:00.000Z')
  })
})

describe('the place and the mode', () => {
  it('a table of stages: the venue on the interview’s row, not the medical test’s', () => {
    expect(read('P01').interview).toMatchObject({
      mode: 'onsite',
      location: 'Kantor Pusat, Gedung Samudra Lt. 7, Jl. Gunung Sahari Raya No. 38, Jakarta Pusat',
    })
  })

  it('a portal card whose labels are set apart by tabs: onsite at the address', () => {
    expect(read('P02').interview).toMatchObject({
      mode: 'onsite',
      location: 'Ruko Golden Boulevard Blok C No. 21, BSD City, Tangerang Selatan',
    })
  })

  it('"Offline / Tatap muka" with no address is onsite', () => {
    const { interview } = readingOf(
      'Hai Nadia,\nJenis interview: Offline / Tatap muka\nTanggal: Jumat, 11 Desember 2026\nJam: 10:30 WIB',
    )
    expect(interview.mode).toBe('onsite')
  })

  it('a named head office: "di Kopi Senja HQ, Jl. …"', () => {
    expect(read('P04').interview.location).toMatch(
      /^Kopi Senja HQ, Jl\. Wolter Monginsidi No\. 88, Kebayoran Baru/,
    )
  })

  it('an address ends before a dash that adds a remark', () => {
    expect(read('P12').interview.location).toBe(
      'GoWork Pacific Place Lt. 6 (SCBD), Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan',
    )
  })
})

describe('the company, the position and the reference', () => {
  it('a company the body runs on into a place takes the name its signature line writes', () => {
    expect(read('P10').interview.company).toBe('PT Sinar Plastik Cemerlang')
    const letter =
      'Dengan hormat,\nKami dari CV Batik Sekar Jagad Solo mengundang Saudari untuk wawancara pada Jumat, 4 Desember 2026 pukul 09.00 WIB.\n\nHormat kami,\nBu Wulan\nCV Batik Sekar Jagad'
    expect(readingOf(letter).interview.company).toBe('CV Batik Sekar Jagad')
    // A name no line writes shorter stays whole.
    expect(readingOf(letter.replace(/\nCV Batik Sekar Jagad$/, '')).interview.company).toBe(
      'CV Batik Sekar Jagad Solo',
    )
  })

  it('"People Team-nya Kopi Senja Group" gives the group', () => {
    expect(read('P04').interview.company).toBe('Kopi Senja Group')
  })

  it.each([
    ['P03', 'Finance Business Partner', '"Fwd: Interview Invitation - …"'],
    ['P10', 'Supervisor Produksi', '"Interview Tahap 2 (User) – …"'],
    ['P11', 'Management Trainee Batch 7', '"Undangan Psikotes Online & Interview HR – …"'],
    ['P13', 'Graduate Supply Chain Programme 2027', '"Interview Confirmation – … (Ref: …)"'],
    ['P07', 'Admin Gudang', '"Lamaran anda sbg Admin Gudang"'],
  ])('%s: %s, from %s', (id, position) => {
    expect(read(id).interview.position).toBe(position)
  })

  it('the candidate’s number before the letter’s, and "(PERSERO)" kept with the name', () => {
    expect(read('P01').interview).toMatchObject({
      referenceNumber: 'PSN-2026-04417',
      company: 'PT PELAYARAN SAMUDRA NUSANTARA (PERSERO)',
    })
  })
})

describe('the contact', () => {
  it('a forwarded email: the recruiter who forwards it, with their address from the forwarded header', () => {
    expect(read('P03').interview.contact).toEqual({
      name: 'Vania Kusuma',
      role: 'recruiter',
      email: 'vania@talentara.co.id',
      phone: '+6281118902245',
    })
  })

  it('"Info: Bu Ratna (HRD) 0812…" names the contact, and the role in brackets beside her', () => {
    expect(read('P14').interview.contact).toEqual({
      name: 'Ratna',
      title: 'ms',
      role: 'hr',
      phone: '+6281287654433',
    })
  })

  it('a job portal’s SMS: "Info: Bpk. Hendra Wijaya (HRD) 0813…" is an HR contact', () => {
    const text =
      '[JobStreet] Halo Dimas, PT Sinar Niaga Mandiri mengundang Anda interview posisi Staf Pajak pada Kamis, ' +
      '10/12/2026 jam 09:00 WIB di Jl. Gatot Subroto Kav. 52, Jakarta Selatan. Info: Bpk. Hendra Wijaya (HRD) ' +
      '0813-2222-4455. Balas YA untuk konfirmasi.'
    expect(readingOf(text).interview.contact).toEqual({
      name: 'Hendra Wijaya',
      title: 'mr',
      role: 'hr',
      phone: '+6281322224455',
    })
  })

  it('a calendar’s guest and a Teams room’s address are nobody to write to', () => {
    expect(read('P05').interview.contact?.email).toBeUndefined()
    expect(read('P06').interview.contact?.email).toBeUndefined()
  })

  it('an organiser written by address in the guest list stays the contact’s address', () => {
    const { interview } = readingOf(
      'Final interview\n\nWhen\nWednesday Dec 16, 2026 ⋅ 2pm – 3pm (Western Indonesia Time - Jakarta)\n\nGuests\nstefani@lintaskargo.asia - organizer\nrahma@gmail.com\n',
    )
    expect(interview.contact?.email).toBe('stefani@lintaskargo.asia')
  })

  it('a recruiter’s note quoted by a portal, signed "– Sekar" after its last sentence', () => {
    expect(read('P02').interview.contact).toMatchObject({ name: 'Sekar', phone: '+6287881234400' })
  })

  it('"Talent Lead" is a recruiter', () => {
    expect(read('P12').interview.contact?.role).toBe('recruiter')
  })
})

describe('a move, said or only offered', () => {
  it('"Kalau ada yang mau di-reschedule, just lemme know" moves nothing', () => {
    expect(read('P04').reschedule).toBe(false)
  })

  it.each([
    'Mohon maaf, jadwal interview Kakak kami reschedule ke Jumat, 4 Desember 2026 jam 15.00 WIB.',
    'Jika Anda tidak keberatan, jadwal wawancara kami pindahkan ke Jumat, 4 Desember 2026 pukul 15.00 WIB.',
    'Jadwal wawancara Bapak kami jadwalkan ulang ke Senin, 30 November 2026 pukul 09.30 WIB.',
  ])('a message that does move it still says so: %s', (text) => {
    expect(readingOf(text).reschedule).toBe(true)
  })
})
