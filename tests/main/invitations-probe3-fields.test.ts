import { describe, expect, it } from 'vitest'
import { readInterview as read } from '../helpers/invitations'
import { BANK_LETTER, HOSPITAL, STARTUP, INMAIL, OUTSOURCING, MINE_SITE, SCHOOL } from './invitations/probe3'

// The third hostile probe's SMS, typed in capitals.
const SMS =
  'PT.SINAR TERANG ELEKTRINDO: YTH SDR BUDI SANTOSO, ANDA DIUNDANG INTERVIEW POSISI TEKNISI AC PD SENIN 7-12-2026 JAM 08.00 WIB DI JL.RAYA BEKASI KM 21 NO.5 PULOGADUNG JAKTIM. BAWA CV+KTP+SERTIFIKAT. KONFIRMASI KE 081290001234 (BPK HERU). TKS'

describe("the candidate's own number, the one they will be called on, is no contact phone", () => {
  it.each([
    ['the probe’s letter: "akan menghubungi Saudara di nomor … sesuai yang tercantum di CV"', MINE_SITE],
    [
      '"Kami akan menelepon Anda di 0812…"',
      'Wawancara via telepon pada Rabu, 9 Desember 2026 pukul 10.00 WIB. Kami akan menelepon Anda di 0812-9876-5432.\n\nSalam,\nMaria Kogoya',
    ],
    [
      '"We will call you on 0812…"',
      'Your phone interview is on Wednesday, 9 December 2026 at 10:00 AM WIB. We will call you on 0812-9876-5432.\n\nBest regards,\nMaria Kogoya',
    ],
    [
      '"kami hubungi Kakak ke nomor WA 0812…"',
      'Interview via telepon besok jam 10 ya Kak, nanti kami hubungi Kakak ke nomor WA 0812-9876-5432.',
    ],
  ])('%s', (_case, text) => {
    expect(read(text).contact?.phone).toBeUndefined()
  })

  it.each([
    [
      '"silakan hubungi saya di 0812…"',
      'Wawancara pada Rabu, 9 Desember 2026 pukul 10.00 WIB di kantor kami. Jika ada pertanyaan, silakan hubungi saya di 0812-9876-5432.',
    ],
    [
      '"Anda dapat menghubungi kami di 0812…"',
      'Wawancara pada Rabu, 9 Desember 2026 pukul 10.00 WIB. Anda dapat menghubungi kami di 0812-9876-5432.',
    ],
    [
      '"hubungi Bapak Heru di 0812…"',
      'Wawancara pada Rabu, 9 Desember 2026 pukul 10.00 WIB. Untuk konfirmasi, hubungi Bapak Heru di 0812-9876-5432.',
    ],
    [
      '"call me on 0812…"',
      'Your interview is on Wednesday, 9 December 2026 at 10:00 AM WIB. If anything changes, call me on 0812-9876-5432.',
    ],
  ])("the contact's own number stays theirs: %s", (_case, text) => {
    expect(read(text).contact?.phone).toBe('+6281298765432')
  })
})

describe('an agency inviting for a named client gives the client', () => {
  it.each([
    [
      'the probe’s "PT A selaku mitra penyedia tenaga kerja PT B"',
      OUTSOURCING,
      'PT Mandiri Logistik Express',
    ],
    [
      '"PT A, sebagai mitra rekrutmen PT B"',
      'Kami dari PT Talenta Kerja Indonesia, sebagai mitra rekrutmen PT Sinar Agro Makmur, mengundang Anda untuk interview posisi Staff Gudang.',
      'PT Sinar Agro Makmur',
    ],
    [
      '"as the recruitment partner of PT B"',
      'Hi Andi, I am writing from PT Talenta Kerja Indonesia as the recruitment partner of PT Sinar Agro Makmur. We would like to invite you to an interview.',
      'PT Sinar Agro Makmur',
    ],
  ])('%s', (_case, text, company) => {
    expect(read(text).company).toBe(company)
  })

  it('an agency that names no client is the company', () => {
    const text =
      'Kami dari PT Talenta Kerja Indonesia, mitra rekrutmen terpercaya, mengundang Anda untuk interview posisi Staff Gudang.'
    expect(read(text).company).toBe('PT Talenta Kerja Indonesia')
  })
})

describe('a company written "PT." with no space, or as a foundation', () => {
  it.each([
    [
      '"PT.Sinar Terang Elektrindo"',
      'PT.Sinar Terang Elektrindo: Anda diundang interview posisi Teknisi AC pada Senin, 7 Desember 2026.',
      'PT.Sinar Terang Elektrindo',
    ],
    [
      '"CV.Berkah Jaya"',
      'Kami dari CV.Berkah Jaya mengundang Anda untuk interview posisi Admin pada Senin, 7 Desember 2026.',
      'CV.Berkah Jaya',
    ],
    [
      '"Yayasan …" as the employer',
      'Yayasan Pendidikan Islam Al-Hikmah mengundang Ibu untuk mengikuti tahap Wawancara sebagai calon Guru Matematika SMP.',
      'Yayasan Pendidikan Islam Al-Hikmah',
    ],
  ])('%s', (_case, text, company) => {
    expect(read(text).company).toBe(company)
  })

  it('the probe’s school: the foundation', () => {
    expect(read(SCHOOL).company).toMatch(/^Yayasan Pendidikan Islam Al-Hikmah\b/)
  })
})

describe('an SMS in capitals reads like the same SMS in mixed case', () => {
  it('the probe’s SMS: company, position, onsite at the street, the contact in brackets', () => {
    expect(read(SMS)).toMatchObject({
      company: 'PT.SINAR TERANG ELEKTRINDO',
      position: 'TEKNISI AC',
      mode: 'onsite',
      location: 'JL.RAYA BEKASI KM 21 NO.5 PULOGADUNG JAKTIM',
      contact: { name: 'Heru', title: 'mr', phone: '+6281290001234' },
    })
  })

  it('the same SMS in mixed case', () => {
    expect(
      read(
        'PT. Sinar Terang Elektrindo: Yth Sdr Budi Santoso, Anda diundang interview posisi Teknisi AC pd Senin 7-12-2026 jam 08.00 WIB di Jl.Raya Bekasi KM 21 No.5 Pulogadung Jaktim. Bawa CV+KTP+sertifikat. Konfirmasi ke 081290001234 (Bpk. Heru). Tks',
      ),
    ).toMatchObject({
      company: 'PT. Sinar Terang Elektrindo',
      position: 'Teknisi AC',
      mode: 'onsite',
      location: 'Jl.Raya Bekasi KM 21 No.5 Pulogadung Jaktim',
      contact: { name: 'Heru', title: 'mr', phone: '+6281290001234' },
    })
  })

  it('an email with a heading in capitals is no shouted text', () => {
    const interview = read(
      'UNDANGAN INTERVIEW\n\nDengan hormat, kami mengundang Bapak untuk interview posisi Staff Gudang pada Senin, 7 Desember 2026 pukul 09.00 WIB di Gedung Graha Niaga Lt. 6, Jl. Pemuda No. 88, Jakarta Timur.\n\nHormat kami,\nDewi Anggraini\nPT Karya Niaga Abadi',
    )
    expect(interview).toMatchObject({
      company: 'PT Karya Niaga Abadi',
      position: 'Staff Gudang',
      location: 'Gedung Graha Niaga Lt. 6, Jl. Pemuda No. 88, Jakarta Timur',
      contact: { name: 'Dewi Anggraini' },
    })
  })
})

describe('a phone interview however the call is worded', () => {
  it.each([
    ['the probe’s InMail: "introductory call", "I\'ll give you a ring on WhatsApp"', INMAIL],
    [
      '"a quick phone call"',
      "We'd like to have a quick phone call with you on Thursday, 3 December 2026 at 2pm WIB.",
    ],
    [
      '"a 30-minute introductory call"',
      'Would you be open to a 30-minute introductory call on Thursday, 3 December 2026 at 2pm WIB?',
    ],
    [
      '"panggilan telepon"',
      'Wawancara tahap pertama berupa panggilan telepon pada Kamis, 3 Desember 2026 pukul 14.00 WIB.',
    ],
    [
      '"WhatsApp call"',
      'Interview akan dilakukan lewat WhatsApp call pada Kamis, 3 Desember 2026 pukul 14.00 WIB.',
    ],
    ['"ditelepon"', 'Anda akan ditelepon oleh tim kami pada Kamis, 3 Desember 2026 pukul 14.00 WIB.'],
  ])('%s', (_case, text) => {
    expect(read(text).mode).toBe('phone')
  })

  it.each([
    [
      '"a 30-minute video call"',
      'Would you be open to a 30-minute video call on Thursday, 3 December 2026 at 2pm WIB?',
    ],
    [
      '"WhatsApp video call"',
      'Interview akan dilakukan lewat WhatsApp video call pada Kamis, 3 Desember 2026 pukul 14.00 WIB.',
    ],
    [
      '"a call" with a Zoom link',
      "Let's have a call on Thursday, 3 December 2026 at 2pm WIB. Zoom: https://zoom.us/j/81234567890",
    ],
    [
      '"a quick call on Google Meet", no link yet',
      "Let's have a quick call on Google Meet on Thursday, 3 December 2026 at 2pm WIB.",
    ],
  ])('a video call stays video: %s', (_case, text) => {
    expect(read(text).mode).toBe('video')
  })

  it('a "Call Center" role at a venue stays onsite', () => {
    const text =
      'Kami mengundang Anda untuk interview posisi Call Center Agent pada Kamis, 3 Desember 2026 pukul 14.00 WIB di Gedung Graha Niaga Lt. 6, Jl. Pemuda No. 88, Jakarta Timur.'
    expect(read(text).mode).toBe('onsite')
  })
})

describe('the access code written "pw:"', () => {
  it('the probe’s chat: "zoom: …" then "pw: kk2026"', () => {
    expect(read(STARTUP)).toMatchObject({
      meetingUrl: 'https://kopikode.zoom.us/j/86612390021',
      accessCode: 'kk2026',
    })
  })

  it('a link\'s own "?pwd=" is still no code', () => {
    expect(read('Zoom: https://us05web.zoom.us/j/83344556677?pwd=QwErTy').accessCode).toBeUndefined()
  })
})

describe('the contact phone from a signature that lists the office line and a mobile', () => {
  const teams = (signatureLine: string) =>
    'Dear Andi,\n\nYou are invited to an interview for the Data Engineer position on Thursday, 10 December 2026 at 2:00 PM WIB.\n\n' +
    'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123\nMeeting ID: 412 998 771 23\nPasscode: Xy7kQ2\n\n' +
    `Best regards,\nStephanie Wijaya\nTalent Acquisition Lead\nPT Arunika Data Solusi\n${signatureLine}`

  it('"Telp. (021) … ext. 308 | HP 0811-…": the mobile', () => {
    expect(read(teams('Telp. (021) 2966 7100 ext. 308 | HP 0811-1920-4455')).contact?.phone).toBe(
      '+6281119204455',
    )
  })

  it('the office line alone: that line, without the extension', () => {
    expect(read(teams('Telp. (021) 2966 7100 ext. 308')).contact?.phone).toBe('+622129667100')
  })

  it('the number the body tells the candidate to call still comes first, office or not', () => {
    const text =
      'Dear Rina,\n\nWe would like to invite you to a phone interview on Thursday, 3 December 2026 at 4:30 PM WIB. If you need to reach us, please call +62 21 2930 4000.\n\n' +
      'Best regards,\nThomas Lee\nHP 0813-9900-1122'
    expect(read(text).contact?.phone).toBe('+622129304000')
  })
})

describe('contact names the reader did not know', () => {
  const contactOf = (text: string) => read(text).contact ?? {}

  it('"Mba Rina": "Mba" is an honorific, like "Mbak"', () => {
    expect(contactOf(HOSPITAL)).toMatchObject({ name: 'Rina', title: 'ms', phone: '+6281329004512' })
  })

  it.each([
    ['the probe’s "Ust. Fauzan (0853…)"', SCHOOL, 'Fauzan', 'mr'],
    [
      '"Ustadz Fauzan"',
      'Wawancara pada Sabtu, 12 Desember 2026 pukul 08.00 WITA. Narahubung: Ustadz Fauzan (0853-4620-1188).',
      'Fauzan',
      'mr',
    ],
    [
      '"Ustadzah Aminah"',
      'Wawancara pada Sabtu, 12 Desember 2026 pukul 08.00 WITA. Narahubung: Ustadzah Aminah (0853-4620-1188).',
      'Aminah',
      'ms',
    ],
  ])('%s', (_case, text, name, title) => {
    expect(contactOf(text)).toMatchObject({ name, title })
  })

  it('a name in brackets after the number to confirm to: "0812… (Bpk. Heru)"', () => {
    const contact = contactOf(
      'Anda diundang interview posisi Teknisi AC pada Senin, 7 Desember 2026 pukul 08.00 WIB. Konfirmasi ke 081290001234 (Bpk. Heru). Terima kasih.',
    )
    expect(contact).toMatchObject({ name: 'Heru', title: 'mr', phone: '+6281290001234' })
  })

  it('the signer after "ttd" with no sign-off line above it', () => {
    expect(contactOf(BANK_LETTER)).toMatchObject({ name: 'Hendra Wijayakusuma', role: 'recruiter' })
  })
})

describe('positions the reader did not know', () => {
  const positionOf = (text: string, subject?: string) => read(text, subject).position

  it.each([
    ['"sebagai calon …"', SCHOOL, 'Guru Matematika SMP'],
    ['"seleksi … PT …", with the short form in brackets', BANK_LETTER, 'Officer Development Program (ODP)'],
    ['"fit for our X – Y role"', INMAIL, 'Senior Category Manager – Fashion'],
  ])('%s', (_case, text, position) => {
    expect(positionOf(text)).toBe(position)
  })

  it('a subject whose first part is the stage: "Tahapan Seleksi Lanjutan – …"', () => {
    const text =
      'Selamat! Anda lolos seleksi administrasi Management Trainee Batch 7 PT Sarana Agro Lestari Tbk. Tahap berikutnya adalah tes online dan wawancara pada Senin, 7 Desember 2026 pukul 09.00 WIB.'
    expect(
      positionOf(text, 'Tahapan Seleksi Lanjutan – Management Trainee Batch 7 – PT Sarana Agro Lestari Tbk'),
    ).toBe('Management Trainee Batch 7')
  })

  it('a selection stage named after "seleksi" is no position', () => {
    expect(
      positionOf(
        'Selamat, Anda lolos Seleksi Berkas PT Sarana Agro Lestari Tbk. Wawancara pada Senin, 7 Desember 2026.',
      ),
    ).toBeUndefined()
  })
})
