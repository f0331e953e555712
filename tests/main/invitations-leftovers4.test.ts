import { describe, expect, it } from 'vitest'
import { readingOf, readInterview as read } from '../helpers/invitations'

// What the earlier probes left unread: a new slot under "Berikut jadwal barunya", a chat company with no legal
// form, a school as the employer, a hospital in an all-caps SMS, and the number to confirm to in a one-line SMS
// that also gives a meeting's passcode.
describe('a reschedule notice that heads the new slot "Berikut jadwal barunya:"', () => {
  const NOTICE =
    'Selamat pagi Ibu Sari,\n\nMohon maaf, jadwal wawancara Ibu pada Kamis, 3 Desember 2026 pukul 10.00 WIB kami undur karena ada agenda mendadak dari user.\n\n' +
    'Berikut jadwal barunya:\nSenin, 7 Desember 2026\nPukul 13.00 WIB\nTempat: Kantor PT Sinar Mas Agro, Jl. MH Thamrin No. 51, Jakarta Pusat\n\n' +
    'Terima kasih,\nDewi - HRD PT Sinar Mas Agro\n0812-3456-7890'

  it('gives the new slot, not the old one, and reads it as a move', () => {
    const reading = readingOf(NOTICE)
    expect(reading.interview.startsAt).toBe('2026-12-07T06:00:00.000Z')
    expect(reading.reschedule).toBe(true)
  })

  it.each(['Jadwal yang baru:', 'Jadwal wawancara pengganti:', 'Berikut jadwal penggantinya:'])(
    'also under "%s"',
    (heading) => {
      const text = NOTICE.replace('Berikut jadwal barunya:', heading)
      expect(read(text).startsAt).toBe('2026-12-07T06:00:00.000Z')
    },
  )

  it('signed "Dewi - HRD PT …": the name before the dash, the role after it', () => {
    expect(read(NOTICE).contact).toMatchObject({ name: 'Dewi', role: 'hr', phone: '+6281234567890' })
  })
})

describe('a chat whose sender says where they work, with no legal form in its name', () => {
  it('"Kevin here from the eng team at Kopikode"', () => {
    const interview = read(
      'hey Dimas! 👋 Kevin here from the eng team at Kopikode\n\nnext step is a 45-min system design chat. does next wed (dec 9) 4:30pm jkt time work?\n\nzoom: https://kopikode.zoom.us/j/86612390021\n\ncheers,\nkevin',
    )
    expect(interview.company).toBe('Kopikode')
    expect(interview.contact?.name).toBe('Kevin')
  })

  it.each([
    [
      'Hi Dimas, Kevin here from Kopikode. Could we talk on Wednesday, 9 December 2026 at 16:30 WIB?',
      'Kopikode',
    ],
    [
      'Halo Kak, saya Rani dari tim HR Tokokita. Interview Rabu, 9 Desember 2026 jam 10.00 WIB ya.',
      'Tokokita',
    ],
    [
      'Hi Dimas, this is Rani from Tokokita. Are you free on Wednesday, 9 December 2026 at 10am WIB?',
      'Tokokita',
    ],
  ])('%s', (text, company) => {
    expect(read(text).company).toBe(company)
  })

  it('a team or a city after "from" names no company', () => {
    expect(
      read('Hi Dimas, Kevin here from HR. Interview on Wednesday, 9 December 2026 at 10am WIB.').company,
    ).toBeUndefined()
    expect(
      read('Halo, saya Rani dari Jakarta. Interview Rabu, 9 Desember 2026 jam 10.00 WIB.').company,
    ).toBeUndefined()
  })

  it('a company with a legal form still wins', () => {
    const text =
      'Hi, Kevin here from the eng team at Kopikode. Interview for PT Kopi Kode Nusantara on Wednesday, 9 December 2026 at 10am WIB.'
    expect(read(text).company).toBe('PT Kopi Kode Nusantara')
  })
})

describe('a school as the employer', () => {
  it('"Kami dari SMA Islam Al-Azhar 3 … wawancara sebagai Guru Bahasa Inggris"', () => {
    const interview = read(
      'Assalamualaikum Bu Fitri,\nKami dari SMA Islam Al-Azhar 3 mengundang Ibu untuk microteaching dan wawancara sebagai Guru Bahasa Inggris pada Senin, 7 Desember 2026 pukul 08.00 WIB di kampus sekolah, Jl. Sisingamangaraja, Kebayoran Baru.\nTerima kasih.\nUst. Hasan (Wakasek Kurikulum)\n0813-1111-2222',
    )
    expect(interview).toMatchObject({ company: 'SMA Islam Al-Azhar 3', position: 'Guru Bahasa Inggris' })
  })

  it('"lamaran Bapak sebagai Guru Matematika di Sekolah Cikal Serpong"', () => {
    const interview = read(
      'Yth. Bapak Rudi,\n\nSehubungan dengan lamaran Bapak sebagai Guru Matematika di Sekolah Cikal Serpong, kami mengundang Bapak untuk wawancara pada Selasa, 8 Desember 2026 pukul 13.00 WIB secara daring melalui Zoom: https://zoom.us/j/99887766554\n\nSalam,\nTim Rekrutmen Sekolah Cikal',
    )
    expect(interview).toMatchObject({ company: 'Sekolah Cikal Serpong', position: 'Guru Matematika' })
  })

  it.each([
    'Syarat: pendidikan minimal SMA Negeri atau sederajat.',
    'Kami melihat Anda lulusan SMK Telkom Malang.',
    'Interview Senin jam 08.00 SD 12.00 WIB.',
  ])('the candidate’s schooling or "s.d." is no employer: %s', (line) => {
    const text = `Halo Kak, interview Senin, 7 Desember 2026 jam 08.00 WIB di Jl. Merdeka 5, Bandung. ${line}`
    expect(read(text).company).toBeUndefined()
  })
})

describe('an all-caps SMS from a hospital', () => {
  it('gives the hospital and the role before it', () => {
    const interview = read(
      'YTH SDRI LINA, ANDA DIUNDANG INTERVIEW PERAWAT DI RS HARAPAN BUNDA, SELASA 8 DES 2026 JAM 09.00 WIB, JL. RAYA BOGOR KM 22 JAKTIM. BAWA STR ASLI. KONFIRMASI BALAS SMS INI. HRD RS HARAPAN BUNDA',
    )
    expect(interview).toMatchObject({ company: 'RS HARAPAN BUNDA', position: 'PERAWAT', mode: 'onsite' })
  })
})

describe('a one-line SMS with a passcode and then the number to confirm to', () => {
  it('the number belongs to its own sentence, not the passcode’s', () => {
    const interview = read(
      'PT MAJU JAYA: Yth Sdr Andi, undangan interview online Rabu 9/12/2026 jam 10.00 WIB via Zoom ID 812 3344 5566 PASSCODE 7788. Konfirmasi ke 081234567890 (Bu Rina).',
    )
    expect(interview.accessCode).toBe('7788')
    expect(interview.contact).toMatchObject({ name: 'Rina', title: 'ms', phone: '+6281234567890' })
  })

  it('a dial-in number in the passcode’s own sentence stays out', () => {
    const interview = read(
      'PT MAJU JAYA: interview online Rabu 9/12/2026 jam 10.00 WIB via Zoom ID 812 3344 5566 passcode 7788 dial +62 21 5092 1234.',
    )
    expect(interview.contact?.phone).toBeUndefined()
  })
})
