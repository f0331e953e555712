import { describe, expect, it } from 'vitest'
import { readingOf, readInterview as read } from '../helpers/invitations'
const startOf = (text: string) => read(text).startsAt

// Found by a hostile probe of the reader: "hadir", "datang" or "join" before a date took it for a time to
// arrive early, and the interview's own time was dropped (or another date in the text was taken instead).
describe('the interview time an invitation gives with "hadir", "datang" or "join" before it', () => {
  it.each([
    [
      'a formal email: "untuk hadir dalam sesi wawancara pada …"',
      'Dengan ini kami mengundang Bapak untuk hadir dalam sesi wawancara pada hari Senin, 7 Desember 2026 pukul 13.30 WIB sampai dengan selesai, di kantor cabang kami di Cikarang.',
      '2026-12-07T06:30:00.000Z',
    ],
    [
      'a chat: "bisa datang besok jam 2 siang"',
      'Halo Kak, lolos ke tahap interview ya. Kira-kira bisa datang besok jam 2 siang ke kantor kami?',
      '2026-12-02T07:00:00.000Z',
    ],
    [
      'with a later stage mentioned after it',
      'Kami mengundang Ibu untuk hadir dalam Interview User pada hari Selasa, 8 Desember 2026 pukul 14.00 WIB di kantor kami. Apabila lolos, Ibu akan diundang ke tahap final sekitar tanggal 15 Desember 2026.',
      '2026-12-08T07:00:00.000Z',
    ],
    [
      'in English: "Please join the interview on …"',
      'Please join the interview on Monday, 14 December 2026 at 10:00 AM WIB via Google Meet.',
      '2026-12-14T03:00:00.000Z',
    ],
    [
      'with "Silakan datang ke kantor kami pada …"',
      'Silakan datang ke kantor kami pada hari Kamis, 10 Desember 2026 pukul 10.00 WIB untuk wawancara.',
      '2026-12-10T03:00:00.000Z',
    ],
  ])('%s', (_case, text, expected) => {
    expect(startOf(text)).toBe(expected)
  })
})

describe('a time to arrive early or to register is still not the interview', () => {
  it.each([
    [
      'arrive at a stated hour, so many minutes before',
      'Wawancara: Rabu, 9 Desember 2026 pukul 09.00 WIB. Mohon hadir pukul 08.30 WIB (30 menit sebelum wawancara dimulai).',
      '2026-12-09T02:00:00.000Z',
    ],
    [
      'a registration hour beside the start',
      'hari, tanggal : Jumat, 11 Desember 2026\nwaktu : pukul 08.00 WIB s.d. selesai (registrasi ulang pukul 07.30 WIB)',
      '2026-12-11T01:00:00.000Z',
    ],
    [
      'in English, join a few minutes early',
      'Your interview is on Thursday, 10 December 2026 at 2:00 PM WIB. Please join at 1:50 PM, ten minutes early, to test your audio.',
      '2026-12-10T07:00:00.000Z',
    ],
  ])('%s', (_case, text, expected) => {
    expect(startOf(text)).toBe(expected)
  })
})

const positionOf = (text: string, subject?: string) => read(text, subject).position

// From the same probe: positions stated in ways the reader did not know, and a subject's tag taken for a role.
describe('the position, however the invitation names it', () => {
  it.each([
    [
      '"lamaran … sebagai …"',
      'Menindaklanjuti lamaran Bapak sebagai Teknisi Maintenance, kami undang interview.',
      'Teknisi Maintenance',
    ],
    [
      '"formasi …"',
      'Saudara berhak mengikuti tahap Wawancara untuk formasi Officer Pengadaan, yang akan dilaksanakan pada:',
      'Officer Pengadaan',
    ],
    [
      '"rekrutmen … di PT …"',
      'Anda lolos ke tahap berikutnya dalam proses rekrutmen Data Analyst di PT Bank Digital Kita.',
      'Data Analyst',
    ],
    [
      '"applied … as a …"',
      'Thank you for your application as a Product Designer with our team.',
      'Product Designer',
    ],
  ])('%s', (_case, text, expected) => {
    expect(positionOf(text)).toBe(expected)
  })

  it('from a subject with a mail or portal tag in front ("[Invitation]", "RE:")', () => {
    const body = 'Kami mengundang Anda untuk mengikuti interview online melalui Zoom.'
    expect(positionOf(body, '[Invitation] Online Interview - Data Analyst - PT Bank Digital Kita')).toBe(
      'Data Analyst',
    )
    expect(
      positionOf(body, 'RE: [Glints] Interview - Digital Marketing Specialist - PT Kreasi Digital'),
    ).toBe('Digital Marketing Specialist')
  })
})

describe('the contact’s email', () => {
  it("is never a portal's help desk from the footer", () => {
    const text =
      'Halo Ayu,\n\nPT Kreasi Digital Indonesia mengundang kamu untuk interview posisi Digital Marketing Specialist.\n' +
      'Tanggal: Jumat, 4 Desember 2026\nWaktu: 16:00 - 16:30 WIB\n\n' +
      'Silakan konfirmasi kehadiran kamu melalui aplikasi.\n\nButuh bantuan? Hubungi support@glints.com\n\nTim Glints'
    expect(read(text).contact?.email).toBeUndefined()
  })
})

describe('the contact, however they name themselves', () => {
  const contactOf = (text: string) => read(text).contact ?? {}

  it('"Aku Sarah, recruiter dari …" in a chat: the name and the role', () => {
    const contact = contactOf(
      'Halo Kak Bella, selamat sore 😊\nAku Sarah, recruiter dari Tokopedia (PT Tokopedia). Kakak lolos screening CV untuk posisi UI/UX Designer Intern.\nInterview-nya online via Google Meet ya Kak, Kamis 10 Desember 2026 jam 15.00 WIB.',
    )
    expect(contact).toMatchObject({ name: 'Sarah', role: 'recruiter' })
  })

  it('a signature without a title takes the one the text gives the same person elsewhere', () => {
    const contact = contactOf(
      'Dengan hormat,\n\nKami mengundang Saudari untuk wawancara pada Kamis, 10 Desember 2026 pukul 09.00 WIB.\n' +
        'Contact Person : Ibu Dewi Anggraini (HR Recruitment) – 0812-8876-4410\n\nHormat kami,\n\nDewi Anggraini\nHR Recruitment\nPT Cahaya Niaga Sentosa',
    )
    expect(contact).toMatchObject({ name: 'Dewi Anggraini', title: 'ms' })
    const bracketed = contactOf(
      'Mohon kabari kami melalui WhatsApp ke nomor 0857-1122-3344 (Sdri. Putri).\n\nSalam hangat,\nPutri Rahayu\nTalent Acquisition Specialist',
    )
    expect(bracketed).toMatchObject({ name: 'Putri Rahayu', title: 'ms' })
  })
})

// Found while fixing the third probe's findings: a sign-off typed with capitals ("Best Regards,") or in the
// letter-writing forms ("Yours sincerely,") was not taken for one, and the signature under it went unread.
describe('the signature under any common sign-off, however it is capitalised', () => {
  const body =
    'Dear Rizky,\n\nWe would like to invite you to an interview on Monday, 7 December 2026 at 10:00 WIB.\n\n'
  it.each([
    'Best Regards,',
    'Kind Regards,',
    'Warm Regards,',
    'Yours sincerely,',
    'Yours faithfully,',
    'Many thanks,',
    'Hormat Kami,',
    'Salam Hangat,',
    'Terima Kasih,',
  ])('%s', (closing) => {
    const contact = read(`${body}${closing}\nBayu Saputra\nRecruitment Officer`).contact ?? {}
    expect(contact).toMatchObject({ name: 'Bayu Saputra', role: 'recruiter' })
  })
})

// From a second probe: times as chat and portals write them, and dates that are not the interview's.
describe('the interview time, second probe', () => {
  it.each([
    [
      'a span with the part of the day after it: "jam 1-2 siang"',
      'Kami ingin mengajak Mbak interview langsung di toko pada hari Rabu, 9 Des 2026, jam 1-2 siang.',
      '2026-12-09T06:00:00.000Z',
      '2026-12-09T07:00:00.000Z',
    ],
    [
      'chat short forms: "tgl 4 Des jm 10an"',
      'Kakak diundang interview tgl 4 Des jm 10an di pabrik kami Jl. Raya Serang KM 12, Cikupa.',
      '2026-12-04T03:00:00.000Z',
      undefined,
    ],
    [
      'a psychotest before the interview, each with its own date',
      '1. Psikotes Online\n   Tanggal: Kamis, 3 Desember 2026\n   Waktu: 08.00 – 23.59 WIB\n\n2. Interview HR & User\n   Tanggal: Selasa, 8 Desember 2026\n   Waktu: 13.00 WIB\n   Lokasi: Menara Cahaya Lt. 12, Jakarta Selatan',
      '2026-12-08T06:00:00.000Z',
      undefined,
    ],
    [
      'a schedule naming each step after its time: "…: Psikotes", "…: Interview User"',
      'Jadwal seleksi PT Maju Bersama:\n05/12/2026 10:00 - 11:00 WIB: Psikotes\n05/12/2026 13.00 - 14.00 WIB: Interview User\nLokasi: Gedung B, Jl. Sudirman 5, Jakarta',
      '2026-12-05T06:00:00.000Z',
      '2026-12-05T07:00:00.000Z',
    ],
    [
      'the same in English, "· Online assessment" then "· Interview with the hiring manager"',
      'Your schedule:\nMonday, 7 December 2026, 9:00 AM · Online assessment\nWednesday, 9 December 2026, 2:00 PM · Interview with the hiring manager',
      '2026-12-09T07:00:00.000Z',
      undefined,
    ],
    [
      'and with "|": "Tes tertulis" then "Wawancara HRD"',
      'Rangkaian seleksi:\nSelasa, 8 Desember 2026 pukul 09.00 WIB | Tes tertulis\nKamis, 10 Desember 2026 pukul 13.00 WIB | Wawancara HRD',
      '2026-12-10T06:00:00.000Z',
      undefined,
    ],
    [
      'a test\'s line that mentions the interview further on ("wajib lulus untuk lanjut ke interview") is still the test\'s',
      'Tahap 1 – Psikotes Online\nKamis, 3 Desember 2026 pukul 09.00 WIB – wajib lulus untuk lanjut ke interview\nTahap 2 – Interview User\nSenin, 7 Desember 2026 pukul 10.00 WIB – Kantor Sudirman',
      '2026-12-07T03:00:00.000Z',
      undefined,
    ],
    [
      'a single time whose step is a test, in an invitation to a test and an interview that day, is kept',
      'Undangan Psikotes dan Wawancara – PT Maju Jaya\nSenin, 7 Desember 2026 pukul 08.00 WIB – Psikotes\nWawancara dilanjutkan setelah psikotes.',
      '2026-12-07T01:00:00.000Z',
      undefined,
    ],
    [
      'an interview whose step after the time names a take-home assessment is kept',
      'Interview invitation – Data Analyst\nThu, 10 Dec 2026 · 10:00–11:00 WIB · Case presentation on your take-home assessment',
      '2026-12-10T03:00:00.000Z',
      '2026-12-10T04:00:00.000Z',
    ],
    [
      '"– Online assessment (results decide your interview slot)" then "– Final interview (onsite)"',
      'Mon, 7 Dec 2026, 9:00 AM WIB – Online assessment (results decide your interview slot)\nWed, 9 Dec 2026, 2:00 PM WIB – Final interview (onsite)',
      '2026-12-09T07:00:00.000Z',
      undefined,
    ],
    [
      "a reply-by line that mentions the interview, then the interview's own line",
      'Kamis, 3 Desember 2026 pukul 17.00 WIB – batas konfirmasi kehadiran interview\nSenin, 7 Desember 2026 pukul 10.00 WIB – Interview User',
      '2026-12-07T03:00:00.000Z',
      undefined,
    ],
    [
      'a line headed "Interview:" keeps its time whatever follows it ("- psikotes menyusul")',
      'Interview: Senin, 7 Desember 2026 pukul 10.00 WIB - psikotes menyusul',
      '2026-12-07T03:00:00.000Z',
      undefined,
    ],
    [
      'a copied WhatsApp chat: the send stamps are not the interview, and a later correction gives the hour',
      "[01/12/26 07.45] Bu Sri HRD Toko Emas: Mas lolos seleksi berkas. Interview hari Kamis tgl 3/12 ba'da dzuhur ya mas, di toko kami Pasar Baru Blok A No. 15 Bandung.\n[01/12/26 07.52] Bu Sri HRD Toko Emas: Ralat mas, interviewnya pk 13.00 ya. Maaf 🙏",
      '2026-12-03T06:00:00.000Z',
      undefined,
    ],
    [
      'messages copied from WhatsApp Web, time first in each stamp: the hour asked first, the day in a later answer',
      '[09.12, 1/12/2026] Rina (HR Datanesia): Halo kak Dimas, interview user untuk posisi Data Engineer nanti mulai jam 13.30 WIB ya, via Zoom\n[09.12, 1/12/2026] Rina (HR Datanesia): Link Zoom nyusul H-1\n[09.20, 1/12/2026] Dimas: Baik kak, terima kasih. Untuk harinya kapan ya kak?\n[09.31, 1/12/2026] Rina (HR Datanesia): Oh iya maaf, hari Senin 7 Desember kak 🙏\n[09.32, 1/12/2026] Dimas: Siap kak, ditunggu linknya',
      '2026-12-07T06:30:00.000Z',
      undefined,
    ],
    [
      'a schedule\'s line "date hour - hour": the second hour is no sender\'s name, and its line no send stamp',
      '05/12/2026 10:00 - 11:00 WIB\nInterview HR di kantor kami.',
      '2026-12-05T03:00:00.000Z',
      '2026-12-05T04:00:00.000Z',
    ],
    [
      "one line shaped like a chat message is a schedule's, not a chat's: its stamp stays",
      '[04/12/2026 10:00] Interview HR: via Zoom',
      '2026-12-04T03:00:00.000Z',
      undefined,
    ],
    [
      'an iPhone export: a direction mark before each stamp',
      '\u200e[01/12/26 07.45.12] Bu Sri: Mas, interview hari Kamis 3 Desember 2026 jam 10.00 ya\n\u200e[01/12/26 07.46.02] Bu Sri: \u200e<attached: lokasi.jpg>',
      '2026-12-03T03:00:00.000Z',
      undefined,
    ],
    [
      'stamps on a 12-hour clock, time first and date first',
      '[9:12 AM, 12/1/2026] Rina (HR): Hi Dimas, your user interview is on Monday, 7 December 2026 at 1:30 PM WIB.\n[1/12/26, 9:20:05 AM] Dimas: Noted, thank you!',
      '2026-12-07T06:30:00.000Z',
      undefined,
    ],
  ])('%s', (_case, text, start, end) => {
    const interview = read(text)
    expect(interview.startsAt).toBe(start)
    expect(interview.endsAt).toBe(end)
  })
})

describe('links, places and companies, second probe', () => {
  it('a Google Calendar invitation: the bare Meet link is the link, the mode is video, a dial-in PIN is no passcode', () => {
    const interview = read(
      'Join with Google Meet\nmeet.google.com/xvd-kpqa-rtm\n\nJoin by phone\n(US) +1 216-930-1458 PIN: 392 118 447#\n\nWhen\nMonday Dec 7, 2026 ⋅ 4pm – 4:45pm (Western Indonesia Time)',
    )
    expect(interview.meetingUrl).toBe('https://meet.google.com/xvd-kpqa-rtm')
    expect(interview.mode).toBe('video')
    expect(interview.accessCode).toBeUndefined()
  })

  it('"Where:" names the venue, ahead of "at our office" in the sentence before', () => {
    const interview = read(
      "We'd love to have you over at our office for the final round with our co-founders.\n\nWhen: Wednesday, 9 December 2026, 1:30pm WIB\nWhere: Kopiloka HQ, Gedung Graha Mampang Lt. 5, Unit 502, Jl. Mampang Prapatan Raya No. 100, Jakarta Selatan",
    )
    expect(interview.location).toBe(
      'Kopiloka HQ, Gedung Graha Mampang Lt. 5, Unit 502, Jl. Mampang Prapatan Raya No. 100, Jakarta Selatan',
    )
  })

  it('an address keeps going past initials such as "H.R."', () => {
    const interview = read(
      'Wawancara pada Rabu, 9 Desember 2026 pukul 14.00 WIB. Lokasi: Gedung Wisma Harapan Lt. 8, Jl. H.R. Rasuna Said Kav. C-3, Kuningan, Jakarta Selatan.',
    )
    expect(interview.location).toBe(
      'Gedung Wisma Harapan Lt. 8, Jl. H.R. Rasuna Said Kav. C-3, Kuningan, Jakarta Selatan',
    )
  })

  it('"sesuai CV Anda" is the résumé, not a company', () => {
    const interview = read(
      'Phone interview Kamis, 3 Desember 2026 pukul 15.00 WIB. Kami akan menghubungi Anda ke nomor yang tertera sesuai CV Anda.\n\nSalam,\nMaya',
    )
    expect(interview.company).toBeUndefined()
  })
})

describe('subjects, organisers and the candidate’s own details, second probe', () => {
  const body = 'Kami ingin mengundang Anda wawancara pada Rabu, 9 Desember 2026 pukul 13.00 WIB.'

  it('"Interview Kasir - Toko Roti Mentari": the role, then the company', () => {
    expect(read(body, 'Interview Kasir - Toko Roti Mentari')).toMatchObject({
      company: 'Toko Roti Mentari',
      position: 'Kasir',
    })
  })

  it('"Onsite interview at Kopiloka – Growth Marketing Lead": the stage is no role', () => {
    expect(read(body, 'Onsite interview at Kopiloka – Growth Marketing Lead')).toMatchObject({
      company: 'Kopiloka',
      position: 'Growth Marketing Lead',
    })
  })

  it('a calendar\'s organiser is the contact; "Reply for …" is the candidate\'s own address', () => {
    const teams = read(
      `Organizer: Stephanie Wijaya\nWhen: Thursday, December 10, 2026 2:00 PM-3:00 PM (UTC+07:00)`,
    )
    expect(teams.contact).toMatchObject({ name: 'Stephanie Wijaya' })
    const google = read(
      'When\nMonday Dec 7, 2026 ⋅ 4pm – 4:45pm (Western Indonesia Time)\n\nGuests\nAditya Nugroho - organizer\nnadia.rahma@gmail.com\n\nReply for nadia.rahma@gmail.com\nYes\nNo\nMaybe',
    )
    expect(google.contact?.name).toBe('Aditya Nugroho')
    expect(google.contact?.email).not.toBe('nadia.rahma@gmail.com')
  })

  it("the number they will call, the candidate's own, is no contact phone", () => {
    const interview = read(
      'Jadwal: Kamis, 3 Desember 2026 pukul 15.00 WIB\nKami akan menghubungi Anda melalui telepon ke nomor 0857-1234-9876 sesuai yang tercantum di CV Anda.\n\nTerima kasih,\nMaya Lestari',
    )
    expect(interview.contact?.phone).toBeUndefined()
  })

  it('a casual chat: "sy Rina dr HRD PT …"', () => {
    const interview = read(
      'Siang kak, sy Rina dr HRD PT Maju Jaya Plastindo. Kakak diundang interview tgl 4 Des jm 10an di pabrik kami.',
    )
    expect(interview.contact).toMatchObject({ name: 'Rina', role: 'hr' })
  })

  it('a JobStreet message: "Interview invitation for:" and "Sent by:"', () => {
    const interview = read(
      'JobStreet by SEEK\n\nInterview invitation for: Quality Control Supervisor\n\nPesan dari perekrut:\nKami mengundang Anda untuk interview pada hari Jumat, 4 Desember 2026 jam 09.30 WIB.\n\nSent by: Lukas Wibowo, HR Manager',
    )
    expect(interview).toMatchObject({
      position: 'Quality Control Supervisor',
      contact: { name: 'Lukas Wibowo', role: 'hr' },
    })
  })
})

describe('a day without its hour', () => {
  it('gives the day and asks for the hour, instead of an interview at 00.00', () => {
    const reading = readingOf(
      "Mas lolos seleksi berkas. Interview hari Kamis tgl 3/12 ba'da dzuhur ya mas, di toko kami.",
    )
    expect(reading.interview.startsAt).toBeUndefined()
    expect(reading.day).toMatchObject({ date: '2026-12-03' })
    expect(reading.missing).toContain('startTime')
    expect(reading.missing).not.toContain('startsAt')
  })
})

// From a third probe: a job summary's city taken for the venue, a chat's role left unread, departments and
// other people taken for the contact, and signers and titles the reader did not find.
describe('the venue, when a portal message also gives the job’s city', () => {
  it.each([
    [
      'JobStreet: "Location:" in the job summary, "bertempat di Jl. …" in the recruiter’s message',
      'JobStreet by SEEK\n\nStaff Admin Gudang\nPT Sinar Logistik Nusantara\nLocation: Surabaya, Jawa Timur\n\n' +
        'Pesan dari perekrut:\nSelamat siang Bapak Hendra, terima kasih telah melamar. Kami mengundang Bapak untuk interview pada hari Senin, 7 Desember 2026 pukul 10.00 WIB bertempat di Jl. Rungkut Industri III No. 45, Surabaya. Mohon membawa CV dan fotokopi KTP.\n\n' +
        'Sent by: Dimas Prasetyo, HR Officer',
      'Jl. Rungkut Industri III No. 45, Surabaya',
    ],
    [
      'an "Alamat:" line below the job’s "Location:"',
      'Interview invitation for: Sales Executive\nPT Prima Niaga Elektrindo\nLocation: Surabaya, Jawa Timur\n\n' +
        'Message from recruiter:\nHalo Sdri. Wulan, kami ingin mengundang Anda untuk interview tatap muka.\nHari/Tanggal: Rabu, 9 Desember 2026\nJam: 13.00 WIB\n' +
        'Alamat: Ruko Galaxy Bumi Permai Blok J1 No. 12, Jl. Raya Arif Rahman Hakim, Sukolilo, Surabaya\n\nSent by: Anita Kusuma, Recruiter',
      'Ruko Galaxy Bumi Permai Blok J1 No. 12, Jl. Raya Arif Rahman Hakim, Sukolilo, Surabaya',
    ],
  ])('%s', (_case, text, expected) => {
    const interview = read(text)
    expect(interview.mode).toBe('onsite')
    expect(interview.location).toBe(expected)
  })
})

describe('the position a chat names right after "interview"', () => {
  it.each([
    [
      '"interview Kasir tgl 4 Des jam 10"',
      'Siang Kak Dinda, ini dari Toko Roti Mentari cabang Margonda 😊 Kakak lolos seleksi berkas, kami undang interview Kasir tgl 4 Des jam 10 pagi di toko ya Kak. Bawa CV & KTP. Makasih!',
      'Kasir',
    ],
    [
      '"wawancara Barista hari Sabtu"',
      'Halo Mas Rizal, dari Kopi Senja Coffee & Roastery. Mas kami undang wawancara Barista hari Sabtu, 5 Desember 2026 pukul 09.00 WIB di outlet kami.',
      'Barista',
    ],
    [
      '"interview Admin Gudang besok"',
      'Pagi Mbak, lamarannya sudah kami terima. Bisa ikut interview Admin Gudang besok jam 9 di gudang kami Cikarang?',
      'Admin Gudang',
    ],
  ])('%s', (_case, text, expected) => {
    expect(positionOf(text)).toBe(expected)
  })

  it('a stage, a medium or a day after "interview" is no position', () => {
    expect(positionOf('Kak, kami undang Interview User tgl 4 Des jam 10 di kantor ya.')).toBeUndefined()
    expect(positionOf('Kakak dijadwalkan Interview Online besok jam 10 via Zoom.')).toBeUndefined()
    expect(positionOf('Mas lolos seleksi berkas. Interview Kamis tgl 3/12 jam 13.00 ya mas.')).toBeUndefined()
  })
})

describe('the contact is a person, never a department', () => {
  const contactOf = (text: string) => read(text).contact ?? {}

  it('a letter signed by "Bagian SDM" names its contact person elsewhere: that person', () => {
    const contact = contactOf(
      'Dengan hormat,\n\nKami mengundang Saudara untuk mengikuti wawancara pada hari Rabu, 9 Desember 2026 pukul 09.00 WIB di kantor kami.\n' +
        'Narahubung: Ibu Ratna Sari (0812-7766-5544)\n\nHormat kami,\nBagian SDM\nPT Sumber Makmur Plastik',
    )
    expect(contact).toMatchObject({ name: 'Ratna Sari', title: 'ms' })
  })

  it.each([
    ['"Bagian Personalia" in the signature', 'Hormat kami,\nBagian Personalia\nCV Berkah Abadi Sejahtera'],
    ['"Departemen Kepegawaian" in the signature', 'Salam,\nDepartemen Kepegawaian\nRS Harapan Kita Sehat'],
    ['"Hubungi Bagian SDM …" in the text', 'Hubungi Bagian SDM di (021) 5551 2345 untuk konfirmasi.'],
  ])('no person given, %s: no name', (_case, tail) => {
    const contact = contactOf(
      `Kami mengundang Saudari untuk wawancara pada Kamis, 10 Desember 2026 pukul 10.00 WIB.\n\n${tail}`,
    )
    expect(contact.name).toBeUndefined()
  })
})

describe('the signer of a formal letter, after "ttd"', () => {
  it.each([
    [
      'a BUMN letter: company, "ttd", then the signer and their title',
      'Hormat kami,\nPT Pelabuhan Nusantara (Persero)\n\nttd\n\nRahmat Hidayat\nVice President Human Capital',
      'Rahmat Hidayat',
      'hr',
    ],
    [
      'with "a.n. Direksi" and a degree after the name',
      'Hormat kami,\na.n. Direksi\nPT Kereta Logistik Indonesia (Persero)\n\nTTD\n\nSulastri Wibowo, S.H., M.M.\nAsisten Manajer Rekrutmen',
      'Sulastri Wibowo',
      'recruiter',
    ],
  ])('%s', (_case, signature, name, role) => {
    const contact = read(
      'Nomor: 045/SDM/REK/XII/2026\nPerihal: Undangan Wawancara\n\nKepada Yth.\nSdr. Fajar Nugroho\ndi Tempat\n\nDengan hormat,\n' +
        'Berdasarkan hasil seleksi administrasi, Saudara dinyatakan lolos dan diundang mengikuti tahap Wawancara yang akan dilaksanakan pada:\n' +
        'hari, tanggal : Selasa, 8 Desember 2026\nwaktu : pukul 08.00 WIB s.d. selesai\ntempat : Kantor Pusat, Jl. Pasoso No. 1, Tanjung Priok, Jakarta Utara\n\n' +
        `Demikian undangan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.\n\n${signature}`,
    ).contact
    expect(contact).toMatchObject({ name, role })
  })
})

describe('a role written after the name and a comma', () => {
  it('"Contact Person: Bapak Bayu Saputra, S.Psi., Recruitment Officer": past the degree', () => {
    const { interview, sources } = readingOf(
      'Dengan hormat,\n\nKami mengundang Saudara untuk wawancara pada Senin, 7 Desember 2026 pukul 10.00 WIB.\n' +
        'Contact Person: Bapak Bayu Saputra, S.Psi., Recruitment Officer – 0812-3344-5566\n\nHormat kami,\nTim Rekrutmen PT Samudra Energi Nusantara',
    )
    expect(interview.contact).toMatchObject({ name: 'Bayu Saputra', title: 'mr', role: 'recruiter' })
    expect(sources['contact.role']).toContain('Recruitment Officer')
  })

  it('"Mr. Bayu Saputra, Recruitment Officer" under the sign-off, the name given earlier with a number', () => {
    const { interview, sources } = readingOf(
      'Dear Rizky,\n\nWe are pleased to invite you to an interview on Monday, 7 December 2026 at 10:00 WIB at our office.\n' +
        'If anything comes up, please contact Mr. Bayu Saputra, +62 812-3344-5566.\n\nBest Regards,\nMr. Bayu Saputra, Recruitment Officer\nPT Samudra Energi Nusantara',
    )
    expect(interview.contact).toMatchObject({ name: 'Bayu Saputra', title: 'mr', role: 'recruiter' })
    expect(sources['contact.role']).toContain('Recruitment Officer')
  })
})

describe('another person’s number is not the contact’s', () => {
  it.each([
    [
      'a later line: "hubungi saja 0821… (Pak Joko, Kepala Workshop)"',
      'Selamat pagi Mas Andi, saya Rina dari HRD PT Karya Teknik Mandiri. Mas lolos seleksi berkas untuk posisi Mekanik Alat Berat.\n' +
        'Interview + tes praktik hari Kamis, 10 Desember 2026 jam 08.30 WIB di workshop kami, Jl. Raya Narogong KM 7, Bantargebang, Bekasi.\n' +
        'Kalau ada pertanyaan, nomor saya 0813-1122-3344.\nKalau sudah sampai tapi saya belum di lokasi, hubungi saja 0821-5566-7788 (Pak Joko, Kepala Workshop).\nTerima kasih 🙏',
      '+6281311223344',
    ],
    [
      'one line: the office, "atau 0821… (Pak Joko, Kepala Workshop)"',
      'Interview hari Kamis, 10 Desember 2026 jam 08.30 WIB di workshop kami, Jl. Raya Narogong KM 7, Bekasi.\n' +
        'Nomor kantor kami (021) 8834 5566 atau langsung ke 0821-5566-7788 (Pak Joko, Kepala Workshop).\n\nSalam,\nRina\nHRD PT Karya Teknik Mandiri',
      '+622188345566',
    ],
  ])('%s', (_case, text, phone) => {
    expect(read(text).contact?.phone).toBe(phone)
  })
})
