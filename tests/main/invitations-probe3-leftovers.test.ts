import { describe, expect, it } from 'vitest'
import { readInterview as read } from '../helpers/invitations'
import { HOSPITAL, INMAIL, JAVANESE_CHAT, SUNDANESE_CHAT } from './invitations/probe3'

// What the third hostile probe found that the first round of fixes left: regional
// self-introductions, a company with a city added, a position's bracketed qualifier, "HUB" in an SMS, and
// "Talent Partner".
const HOSPITAL_SUBJECT = 'Panggilan Tes & Wawancara Perawat - RS Mitra Husada Medika Semarang'
describe('a contact who introduces themselves in Javanese or Sundanese', () => {
  const contactOf = (text: string) => read(text).contact ?? {}

  it('the probe’s Javanese chat: "Kulo Bu Endang saking HRD …"', () => {
    expect(contactOf(JAVANESE_CHAT)).toMatchObject({ name: 'Endang', title: 'ms', role: 'hr' })
  })

  it('the probe’s Sundanese chat: "abdi Kang Dede, Store Manager …", no role the rules know', () => {
    const contact = contactOf(SUNDANESE_CHAT)
    expect(contact).toMatchObject({ name: 'Dede', title: 'mr', phone: '+6282214557090' })
    expect(contact.role).toBeUndefined()
  })

  it.each([
    [
      '"abdi Teh Rina ti HRD"',
      'Punten, abdi Teh Rina ti HRD Toko Sinar. Interview Jumat 4 Desember jam 14.00 nya.',
      'Rina',
      'ms',
    ],
    [
      '"abdi Teteh Rina"',
      'Punten, abdi Teteh Rina ti Toko Sinar. Interview Jumat 4 Desember jam 14.00 nya.',
      'Rina',
      'ms',
    ],
    [
      '"Kula Mas Bayu"',
      'Nyuwun sewu, kula Mas Bayu saking HRD. Interview Senin (7/12) jam 10.00 nggih.',
      'Bayu',
      'mr',
    ],
    [
      '"Narahubung: Bang Ucok"',
      'Interview Senin, 7 Desember 2026 pukul 10.00 WIB. Narahubung: Bang Ucok (0812-1111-2222).',
      'Ucok',
      'mr',
    ],
    [
      '"CP: Uda Rizal"',
      'Interview Senin, 7 Desember 2026 pukul 10.00 WIB. CP: Uda Rizal (0812-1111-2222).',
      'Rizal',
      'mr',
    ],
    [
      '"CP: Uni Rahmi"',
      'Interview Senin, 7 Desember 2026 pukul 10.00 WIB. CP: Uni Rahmi (0812-1111-2222).',
      'Rahmi',
      'ms',
    ],
    [
      '"CP: Cak Mamat"',
      'Interview Senin, 7 Desember 2026 pukul 10.00 WIB. CP: Cak Mamat (0812-1111-2222).',
      'Mamat',
      'mr',
    ],
    [
      '"Hubungi Akang Asep"',
      'Interview Senin, 7 Desember 2026 pukul 10.00 WIB. Hubungi Akang Asep di 0812-1111-2222.',
      'Asep',
      'mr',
    ],
  ])('%s: the name without the honorific, and the title it says', (_case, text, name, title) => {
    expect(contactOf(text)).toMatchObject({ name, title })
  })

  it.each([
    ['a Korean "Kang"', 'Kang Min Ho'],
    ['a Korean "Bang"', 'Bang Ji Hoon'],
    ['a Hokkien "Teh"', 'Teh Wei Ling'],
  ])('%s surname before a full name is part of the name, no title', (_case, signer) => {
    const text = `Dear Rahma,\n\nWe would like to invite you to an interview on Thursday, 3 December 2026 at 2pm WIB.\n\nBest regards,\n${signer}\nHR Manager`
    const contact = contactOf(text)
    expect(contact.name).toBe(signer)
    expect(contact.title).toBeUndefined()
  })

  it('the candidate greeted in Sundanese is no contact', () => {
    const text =
      'Wilujeng siang Teh Nisa 😊\nTeteh lolos seleksi CV. Interview Jumat 4 Desember jam 14.00 di toko. Upami aya kendala, WA ka abdi di 0822-1455-7090.'
    expect(contactOf(text).name).toBeUndefined()
  })

  it('"abdi" with no honorific after it names no one', () => {
    const text =
      'Kami mencari Abdi Negara Muda untuk posisi Staf Administrasi. Interview Senin, 7 Desember 2026 pukul 10.00 WIB.'
    expect(contactOf(text).name).toBeUndefined()
  })
})

describe('a company the subject writes with a city after it', () => {
  it('the probe’s hospital: the body and the signature write it without "Semarang"', () => {
    expect(read(HOSPITAL, HOSPITAL_SUBJECT).company).toBe('RS Mitra Husada Medika')
  })

  it('a company with a legal form: "PT Sinar Jaya Abadi Semarang" in the subject, "PT Sinar Jaya Abadi" in the body', () => {
    const text =
      'Kami dari PT Sinar Jaya Abadi mengundang Anda untuk interview posisi Staff Admin pada Senin, 7 Desember 2026 pukul 10.00 WIB di Jl. Pemuda No. 5, Semarang.'
    expect(read(text, 'Undangan Interview - Staff Admin - PT Sinar Jaya Abadi Semarang').company).toBe(
      'PT Sinar Jaya Abadi',
    )
  })

  it('a city that belongs to the name, written so in the body too, stays', () => {
    const text =
      'PT Semen Padang mengundang Anda untuk interview posisi Staff Admin pada Senin, 7 Desember 2026 pukul 10.00 WIB di Jl. Raya Indarung, Padang.'
    expect(read(text, 'Undangan Interview - Staff Admin - PT Semen Padang').company).toBe('PT Semen Padang')
  })

  it('a legal form after the name is never dropped', () => {
    const text =
      'Hi Rahma, I am Priscilla Lim, Talent Partner at Kirana Commerce, a Pte. Ltd. registered in Singapore. We would like to invite you to an interview on Thursday, 3 December 2026 at 2pm WIB.'
    expect(read(text, 'Interview - Kirana Commerce Pte. Ltd.').company).toBe('Kirana Commerce Pte. Ltd.')
  })

  it('a last word the text names nowhere else is no city: the subject stands', () => {
    const text =
      'Kami dari PT Maju Bersama mengundang Anda untuk interview posisi Staff Admin pada Senin, 7 Desember 2026 pukul 10.00 WIB di Jl. Pemuda No. 5, Semarang.'
    expect(read(text, 'Undangan Interview - Staff Admin - PT Maju Bersama Sejahtera').company).toBe(
      'PT Maju Bersama Sejahtera',
    )
  })
})

describe('a hospital, a clinic or a university as the employer', () => {
  it.each([
    ['the probe’s hospital with no subject: "RS …"', HOSPITAL, 'RS Mitra Husada Medika'],
    [
      '"Rumah Sakit …"',
      'Rumah Sakit Harapan Bunda mengundang Anda untuk wawancara posisi Apoteker pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
      'Rumah Sakit Harapan Bunda',
    ],
    [
      '"Klinik …"',
      'Klinik Pratama Sehat Sentosa mengundang Anda untuk wawancara posisi Perawat pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
      'Klinik Pratama Sehat Sentosa',
    ],
    [
      '"Universitas …"',
      'Universitas Nusa Bangsa mengundang Bapak untuk wawancara posisi Dosen Tetap pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
      'Universitas Nusa Bangsa',
    ],
  ])('%s', (_case, text, company) => {
    expect(read(text).company).toBe(company)
  })

  it('a subject "Position - RS …": the hospital is the company, not the role', () => {
    const interview = read(
      'Kami mengundang Saudara untuk wawancara pada Rabu, 9 Desember 2026 pukul 10.00 WIB.',
      'Undangan Interview: Perawat - RS Mitra Husada Medika',
    )
    expect(interview).toMatchObject({ company: 'RS Mitra Husada Medika', position: 'Perawat' })
  })

  it.each([
    [
      'a street named for a hospital',
      'Halo Kak, interview posisi Barista hari Senin, 7 Desember 2026 jam 10.00 di Kopi Senja, Jl. RS Fatmawati Raya No. 5, Jakarta Selatan.',
    ],
    [
      'a hospital as a landmark',
      'Halo Kak, interview posisi Barista hari Senin, 7 Desember 2026 jam 10.00 di Jl. Melati No. 5, depan RS Hermina Bekasi.',
    ],
  ])('no employer: %s', (_case, text) => {
    expect(read(text).company).toBeUndefined()
  })

  it('a company with a legal form anywhere in the text comes first', () => {
    const text =
      'Interview posisi Staff Gudang pada Senin, 7 Desember 2026 pukul 10.00 WIB. Setelah itu tes kesehatan di Klinik Prodia Kramat.\n\nSalam,\nDewi\nPT Sinar Jaya Abadi'
    expect(read(text).company).toBe('PT Sinar Jaya Abadi')
  })

  it('a clinic named for a medical check-up is not the employer', () => {
    const text =
      'Halo Kak, interview posisi Barista hari Senin, 7 Desember 2026 jam 10.00 ya. Sebelumnya mohon MCU dulu di Klinik Prodia Kramat.'
    expect(read(text).company).toBeUndefined()
  })

  it('the university the candidate studied at is not the employer', () => {
    for (const text of [
      'Sebagai lulusan Universitas Indonesia, Anda kami undang interview posisi Data Analyst pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
      'Lulusan Universitas Indonesia? Anda kami undang interview posisi Data Analyst pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
    ])
      expect(read(text).company).toBeUndefined()
  })
})

describe("a position's short qualifier in brackets", () => {
  const positionOf = (text: string) => read(text).position

  it.each([
    ['the probe’s hospital: "Perawat Pelaksana (ICU)"', HOSPITAL, 'Perawat Pelaksana (ICU)'],
    [
      'the probe’s factory: "OPERATOR PRODUKSI (Shift)"',
      'Kami mengundang Saudara untuk walk in interview posisi OPERATOR PRODUKSI (Shift) pada Kamis, 3 Desember 2026 pukul 08.00 WIB.',
      'OPERATOR PRODUKSI (Shift)',
    ],
    [
      'the probe’s agency: "Kurir Motor (Sprinter)" before "penempatan …"',
      'Saudara lolos seleksi berkas untuk posisi Kurir Motor (Sprinter) penempatan Jakarta Timur. Interview Selasa, 8 Desember 2026 jam 09.00 WIB.',
      'Kurir Motor (Sprinter)',
    ],
    ['the probe’s Sundanese chat: "Sales Associate (SPG)"', SUNDANESE_CHAT, 'Sales Associate (SPG)'],
    [
      'an SMS in capitals',
      'PT.INDO PLASTIK MAKMUR: ANDA DIUNDANG INTERVIEW POSISI OPERATOR PRODUKSI (SHIFT) PD KAMIS 3-12-2026 JAM 08.00 WIB DI JL.INDUSTRI RAYA BLOK C NO.5 CIKARANG. TKS',
      'OPERATOR PRODUKSI (SHIFT)',
    ],
  ])('%s', (_case, text, position) => {
    expect(positionOf(text)).toBe(position)
  })

  it.each([
    [
      'a person’s name in brackets',
      'Kami mengundang Anda untuk interview posisi Product Analyst (Budi Santoso) pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
      'Product Analyst',
    ],
    [
      'a day in brackets',
      'Kami mengundang Anda untuk interview posisi Kasir (Senin) jam 10.00 WIB di toko kami.',
      'Kasir',
    ],
    [
      'a note in small letters',
      'Kami mengundang Anda untuk interview posisi Staff Gudang (lihat lampiran) pada Senin, 7 Desember 2026 pukul 10.00 WIB.',
      'Staff Gudang',
    ],
  ])('what is no qualifier stays out: %s', (_case, text, position) => {
    expect(positionOf(text)).toBe(position)
  })
})

describe('"HUB" (hubungi) before the contact in an SMS', () => {
  it('an SMS in capitals: "HUB IBU SARI 0812…"', () => {
    const sms =
      'PT.MAJU JAYA ABADI: YTH SDRI SITI, ANDA DIUNDANG INTERVIEW POSISI ADMIN GUDANG PD RABU 9-12-2026 JAM 09.00 WIB DI JL.RAYA BOGOR KM 30 CIBUBUR. BAWA CV+KTP. HUB IBU SARI 081290001234. TKS'
    expect(read(sms).contact).toMatchObject({ name: 'Sari', title: 'ms', phone: '+6281290001234' })
  })

  it('"hub. Bpk Heru 0812…" in mixed case', () => {
    const text =
      'Anda diundang interview posisi Teknisi AC pada Senin, 7 Desember 2026 pukul 08.00 WIB. Info hub. Bpk Heru 081290001234.'
    expect(read(text).contact).toMatchObject({ name: 'Heru', title: 'mr' })
  })

  it('a logistics hub named before the contact person is no contact', () => {
    const text =
      'Interview user Selasa, 8 Desember 2026 jam 09.00 WIB.\n📍 Hub PT Mandiri Logistik Express Cakung, Jl. Raya Bekasi KM 22 No. 8, Cakung\nCP: Mba Rina (0813-8772-0145)'
    expect(read(text).contact).toMatchObject({ name: 'Rina', title: 'ms' })
  })
})

describe('"Talent Partner" is a recruiter', () => {
  it('the probe’s InMail, signed "Talent Partner, Commercial | Kirana Commerce"', () => {
    expect(read(INMAIL).contact).toMatchObject({ name: 'Priscilla Lim', role: 'recruiter' })
  })

  it('said of themselves in the message: "Priscilla Lim, Talent Partner at …", signed with the name alone', () => {
    const text =
      'Hi Rahma,\n\nI am Priscilla Lim, Talent Partner at Kirana Commerce. Would you be open to a call on Thursday, 3 December 2026 at 2pm WIB?\n\nWarm regards,\nPriscilla Lim'
    expect(read(text).contact).toMatchObject({ name: 'Priscilla Lim', role: 'recruiter' })
  })

  it('another partner is no recruiter', () => {
    const text =
      'Dear Rahma, we would like to invite you to an interview on Thursday, 3 December 2026 at 2pm WIB.\n\nBest regards,\nAndreas Halim\nManaging Partner'
    expect(read(text).contact?.role).toBeUndefined()
  })
})

describe('"My name is …" introduces the contact', () => {
  it('in a recruiter’s message with no signature', () => {
    const contact = read(
      'Hi Rahma,\n\nMy name is Priscilla Lim, Talent Partner at Kirana Commerce Pte. Ltd. Would you be open to a 30-minute call on Thursday, 3 December 2026 at 2pm SGT?',
    ).contact
    expect(contact).toMatchObject({ name: 'Priscilla Lim', role: 'recruiter' })
  })

  it('but not the candidate named in the greeting', () => {
    expect(
      read('Dear Rahma,\n\nYour interview is on Thursday, 3 December 2026 at 10:00 WIB.').contact?.name,
    ).toBe(undefined)
  })
})
