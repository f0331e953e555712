import { describe, expect, it } from 'vitest'
import { readingOf } from '../helpers/invitations'

// Invitations that state the interview's start in a sentence of its own, paragraphs above a date written without
// its hour (from a hostile read of that rule), and ones where a careful reader would not take the hour for
// this candidate's start. Read in Jakarta on 1 December 2026.

describe('the hour stated apart from the day', () => {
  it.each([
    [
      'a title and an initial inside the sentence ("Bpk.", "S.T.")',
      'Selamat pagi Saudara Fajar,\n\nMenindaklanjuti proses rekrutmen Management Trainee, wawancara akhir Saudara bersama Bpk. Hendra Gunawan, S.T. (Direktur Operasional) akan dimulai pukul 11.00 WIB di Menara Cakrawala lantai 18, Jakarta Selatan.\n\nMohon hadir dengan pakaian formal dan membawa dokumen asli.\n\nHari/Tanggal: Selasa, 15 Desember 2026\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nSalam,\nHR Recruitment\nPT Cakrawala Energi',
      '2026-12-15T04:00:00.000Z',
    ],
    [
      'an email hard-wrapped inside the sentence',
      'Dear Sdri. Maya Puspita,\n\nKami dengan senang hati mengundang Anda ke tahap wawancara akhir untuk\nposisi Legal Officer. Sesi interview Anda bersama Direktur Hukum akan\ndimulai pukul 10.00 WIB di ruang rapat Kenanga, lantai 5.\n\nMohon membawa fotokopi ijazah dan transkrip nilai yang telah\ndilegalisir.\n\nTanggal: Rabu, 16 Desember 2026\nAlamat: Gedung Graha Arta, Jl. Gatot Subroto Kav. 52, Jakarta\n\nHormat kami,\nHuman Capital PT Arta Sentosa',
      '2026-12-16T03:00:00.000Z',
    ],
    [
      'a length in the same sentence and a reply-by hour under the date',
      'Dear Ms. Anggraini,\n\nThank you for your interest in the Data Analyst role at Kopi Nusantara Group. Your interview will begin at 10:30 AM (WIB) and is expected to last about 60 minutes. You will meet our Head of Analytics and one senior analyst.\n\nFormat: Google Meet (link to follow)\nInterview date: Wednesday, 9 December 2026\n\nKindly reply by 5 PM to confirm your attendance.\n\nBest regards,\nPeople Team, Kopi Nusantara Group',
      '2026-12-09T03:30:00.000Z',
    ],
    [
      '"be on time so the interviewer is not kept waiting" says nothing of the hour',
      'Selamat pagi Saudari Nabila,\n\nKami mengundang Saudari untuk mengikuti wawancara tahap akhir posisi Marketing Communication. Wawancara bersama Direktur Pemasaran akan dimulai pukul 09.00 WIB secara tatap muka di kantor pusat kami.\n\nMohon datang tepat waktu agar pewawancara tidak menunggu.\n\nHari/Tanggal: Selasa, 8 Desember 2026\nAlamat: Wisma Pelangi Lt. 3, Jl. Jend. Sudirman Kav. 10, Jakarta\n\nSalam,\nTalent Acquisition PT Pelangi Media',
      '2026-12-08T02:00:00.000Z',
    ],
    [
      '"the exact time given" refers back to it',
      'Dear Mr. Arif Hakimi,\n\nFurther to your application for Senior Tax Associate, we are pleased to invite you to a virtual interview. Your interview with our Regional Finance Director will commence at 3:00 PM (MYT) and should take about 45 minutes.\n\nAs the Director is joining from another meeting, please log in at the exact time given rather than early, and keep your camera on.\n\nDate: Wednesday, 16 December 2026\nPlatform: Microsoft Teams (link in the calendar invite)\n\nKind regards,\nNurul Izzah\nPeople & Culture, Menara Kapital Sdn Bhd, Kuala Lumpur',
      '2026-12-16T07:00:00.000Z',
    ],
    [
      'a line wrapped between "dimulai" and the hour',
      'Kepada Yth. Sdr. Taufik Hidayat,\n\nMenindaklanjuti lamaran Saudara untuk posisi Drafter Sipil, kami\nmengundang Saudara mengikuti wawancara teknis. Wawancara akan dimulai\npukul 09.30 WIB di kantor proyek kami dan dipandu oleh Site Manager.\n\nMohon membawa laptop beserta contoh gambar kerja (format DWG/PDF)\nyang pernah Saudara buat.\n\nTanggal : Jumat, 11 Desember 2026\nLokasi  : Direksi Keet Proyek Tol Cisumdawu, Sumedang\n\nHormat kami,\nHRD PT Wijaya Karsa Konstruksi',
      '2026-12-11T02:30:00.000Z',
    ],
    [
      'a room "TBA" leaves the labelled hour above the date',
      'Hi Wei Ling,\n\nThanks for your time on the phone earlier. As discussed, here are the details for your on-site interview for the Operations Executive role:\n\nTime: 11:00 AM SGT\nDate: Monday, 14 December 2026\nVenue: Level 12, 80 Robinson Road, Singapore (meeting room TBA, please check in at reception)\nInterviewers: Daniel Koh (Ops Manager), Priya Nair (HRBP)\n\nPlease bring your NRIC and a copy of your latest payslip.\n\nBest regards,\nMelissa Tan\nTalent Acquisition, Harbourline Logistics Pte Ltd',
      '2026-12-14T03:00:00.000Z',
    ],
    [
      'a later chat message corrects the hour given with the date ("Ralat kak, jamnya 14.00 ya")',
      'Mbak Sari HRD PT Griya:\nSelamat siang kak Yoga, kakak lolos seleksi berkas 🙏\nInterview-nya hari Kamis, 10 Desember 2026 jam 10.00 WIB di kantor kami Ruko Golden Boulevard Blok F3, BSD.\nBawa CV & portofolio ya kak\n\nYoga:\nSiap mbak, terima kasih 🙏\n\nMbak Sari HRD PT Griya:\nRalat kak, jamnya 14.00 ya, soalnya pagi manajernya ada meeting. Tanggal tetap sama 🙏',
      '2026-12-10T07:00:00.000Z',
    ],
    [
      '"60 min portfolio walkthrough" is a length, not today’s hour: the interview is at the labelled hour above the date',
      'Hi Jun Hao,\n\nGreat speaking with you! Confirming your second-round interview for the Product Designer role:\n\nTime: 2.30 p.m. (SGT)\nDate: Thursday, 17 December 2026\nFormat: Zoom, 60 min portfolio walkthrough + Q&A\nPanel: Head of Design, Senior PM\n\nZoom link: https://zoom.us/j/93310045521\n\nCheers,\nAmanda\nRecruiting @ Kopi Kita Pte. Ltd.',
      '2026-12-17T06:30:00.000Z',
    ],
  ])('%s', (_, text, startsAt) => {
    const reading = readingOf(text)
    expect(reading.interview.startsAt).toBe(startsAt)
  })

  it.each([
    [
      'two start hours, the session still to be assigned',
      'Halo Andini,\n\nSelamat, kamu lolos ke tahap wawancara untuk program Graduate Trainee batch Desember.\n\nSesi wawancara pagi dimulai pukul 09.00 WIB dan sesi wawancara siang dimulai pukul 13.00 WIB. Pembagian sesi akan kami umumkan melalui grup WhatsApp peserta.\n\nTanggal: Kamis, 3 Desember 2026\nTempat: Aula Gedung Utama, Jl. Pemuda, Semarang\n\nSalam,\nTim Rekrutmen',
      '2026-12-03',
    ],
    [
      'a briefing’s start, the interviews in turns after it',
      'Yth. Peserta Seleksi Pramugara/Pramugari,\n\nBriefing peserta dimulai pukul 07.30 WIB di Hall A, dan setelah itu sesi wawancara berlangsung bergiliran sesuai nomor urut yang dibagikan saat briefing.\n\nPeserta wajib berpakaian rapi (kemeja putih, bawahan hitam) serta membawa CV, pas foto, dan fotokopi KTP.\n\nHari/Tanggal: Sabtu, 5 Desember 2026\nLokasi: Training Center, Tangerang\n\nPanitia Rekrutmen',
      '2026-12-05',
    ],
    [
      'the round before’s start, this round’s hour still awaited',
      'Halo Mas Galih,\n\nTerima kasih sudah hadir pada interview HR tahap pertama, yang dimulai pukul 10.00 WIB dan berjalan lancar. Kami senang menyampaikan bahwa Mas lolos ke tahap berikutnya.\n\nInterview tahap kedua bersama user dijadwalkan pada Kamis, 10 Desember 2026. Jam pastinya masih menunggu konfirmasi dari Head of Sales, nanti kami kabari lagi.\n\nSalam,\nRecruitment Team PT Niaga Sentral',
      '2026-12-10',
    ],
    [
      'a batch’s window, each one’s turn sent later',
      'Halo Reza,\n\nKamu terpilih untuk mengikuti Interview Batch 3 posisi Customer Service.\n\nInterview berlangsung mulai pukul 09.00 sampai 16.00 WIB, dan jam giliran masing-masing kandidat akan dikirim lewat email sehari sebelumnya.\n\nTanggal: Selasa, 8 Desember 2026\nTempat: Kantor PT Layanan Prima, Jl. Gajah Mada, Medan\n\nSampai jumpa!\nTim HR',
      '2026-12-08',
    ],
    [
      'office hours right above the date, the arrival time still to be sent',
      'Yth. Bapak Stevanus,\n\nTerima kasih telah melamar sebagai Teknisi Listrik di PT Energi Sulawesi Mandiri.\n\nJam operasional kantor kami (untuk tamu umum maupun peserta interview yang datang langsung) dimulai pukul 08.00 WITA.\n\nJadwal interview Bapak: Selasa, 15 Desember 2026\nTempat: Kantor Cabang Manado, Jl. Sam Ratulangi\nJam kedatangan akan kami kirimkan melalui WhatsApp.\n\nSalam hormat,\nRekrutmen PT ESM',
      '2026-12-15',
    ],
    [
      'the usual start of interview days, each slot assigned later',
      "Kalibrr\n\nInterview invitation: Customer Success Associate\nHaloHealth Indonesia\n\nHi Clarissa, thanks for applying! Our interview days usually start at 9:00 AM WIB, but each candidate's slot is assigned individually by the hiring manager and will appear in your Kalibrr inbox.\n\nInterview date: Friday, 18 December 2026\nMode: Video call\n\nPlease accept or decline this invitation in the app.\n\n— The Kalibrr Team",
      '2026-12-18',
    ],
    [
      'the panel’s start with number 1, this candidate number 27',
      'Dengan hormat,\n\nSaudara Yohanes Lumban Tobing dinyatakan lolos ke tahap wawancara Calon Pegawai Kontrak Bank Daerah Sumatera Utara.\n\nPanel wawancara pada hari tersebut dimulai pukul 08.00 WIB dengan peserta nomor urut 1, dan Saudara mendapat nomor urut 27. Lama tiap sesi bervariasi tergantung panel.\n\nHari/Tanggal: Rabu, 16 Desember 2026\nTempat: Gedung Kantor Pusat Lt. 9, Jl. Imam Bonjol No. 18, Medan\n\nPanitia Seleksi',
      '2026-12-16',
    ],
    [
      'the morning wave’s start, this candidate in the afternoon wave',
      'Yth. Saudara Rizal Fahmi,\n\nSelamat, Saudara lolos ke tahap wawancara Program Management Trainee PT Semen Andalas.\n\nWawancara gelombang pagi dimulai pukul 08.00 WIB, sedangkan gelombang siang (termasuk Saudara) menyesuaikan setelah gelombang pagi selesai.\n\nHari/Tanggal: Kamis, 3 Desember 2026\nTempat: Kantor Pusat, Jl. Khatib Sulaiman No. 77, Padang\n\nMohon tetap standby di lokasi sejak pagi.\n\nPanitia Rekrutmen',
      '2026-12-03',
    ],
    [
      'a form’s deadline tonight, the hour to be sent in a later chat',
      'Kak Tiara (HR Kopi Senja):\nHalo Bima, selamat ya kamu lolos ke tahap interview barista 🎉\nInterviewnya Senin, 14 Desember di outlet Kopi Senja Dago, Bandung.\n\nKak Tiara (HR Kopi Senja):\nJam interviewnya nanti aku kabarin lagi ya, nunggu jadwal store manager dulu\n\nKak Tiara (HR Kopi Senja):\nOh iya, tolong isi form data diri sebelum jam 20.00 malam ini ya: bit.ly/dataKopiSenja\n\nBima:\nSiap kak, makasih banyak 🙏',
      '2026-12-14',
    ],
    [
      'a reply awaited "s.d. pukul 15.00" under the date, the hour given after it',
      '*UNDANGAN INTERVIEW*\n\nHalo kak Anisa, kami dari HR CV Berkah Jaya Furniture Jepara.\n\nTanggal: Senin, 7 Desember 2026\nKonfirmasi kehadiran kami tunggu s.d. pukul 15.00 ya kak.\nJam interview diinfokan setelah kakak konfirmasi.\n\nAlamat: Jl. Raya Jepara-Kudus Km 5, Tahunan, Jepara\nBawa: CV, fotokopi KTP, ijazah terakhir\n\nTerima kasih 🙏',
      '2026-12-07',
    ],
    [
      '"RSVP closes at 6 PM" under the date, the slot picked later',
      "Kalibrr\n\nYou're invited to interview!\nGraduate Management Associate · Selangor Agro Holdings Berhad\n\nInterview day: Tuesday, 8 December 2026\nRSVP closes at 6 PM (MYT).\n\nOnce you RSVP, the hiring team will pick your interview slot and send you a calendar invite.\nVenue: Wisma Selangor Agro, Shah Alam, Malaysia\n\nGood luck!\nThe Kalibrr Team",
      '2026-12-08',
    ],
    [
      '"RSVP cut-off: 12:00 PM" above the date, each slot given after it',
      'Dear Ms. Tan Mei Yee,\n\nWe are pleased to shortlist you for a face-to-face interview for the Audit Associate position.\n\nRSVP cut-off: 12:00 PM (SGT)\nInterview date: Wednesday, 9 December 2026\nVenue: 1 Raffles Place, #28-01, Singapore\n\nShortlisted candidates will be given their individual slot after the RSVP closes.\n\nYours sincerely,\nHuman Capital, Lim & Partners Chartered Accountants',
      '2026-12-09',
    ],
    [
      '"Time: TBC." with another person’s 9:30am call on its line',
      "LinkedIn\n\nSarah Lim · Talent Partner at Meridian Payments\n\nHi Farhan, thanks for accepting! Good news: the hiring manager would like to meet you for the Risk Analyst role.\n\nDate: Thursday, 10 December 2026\nTime: TBC. Grace's diary that day is packed (she has a 9:30am board call), so I'll slot you in around it once she confirms and send a calendar invite.\n\nLocation: our office at Marina One East Tower, Singapore\n\nCheers,\nSarah",
      '2026-12-10',
    ],
    [
      '"bukan dari jam 09.00" on the line that says each turn’s hour will be sent',
      'Halo Kak Putri 👋\n\nKamu terpilih ikut Walk-in Interview Kasir & Pramuniaga Sentosa Mart.\n\nWaktu: 09.00 – 15.00 WIB\nTanggal: Selasa, 22 Desember 2026\nTempat: Sentosa Mart Cabang Sidoarjo, Jl. Gajah Mada No. 5\n\nJam giliran masing-masing peserta akan diinformasikan lewat SMS H-1 ya. Datang sesuai jam giliran, bukan dari jam 09.00.\n\nSalam,\nTim Rekrutmen',
      '2026-12-22',
    ],
    [
      'a portal notice\'s "Diperbarui 14:32" right above the date, the hour to be called about',
      'Glints\n\nStatus lamaran kamu berubah\nCustomer Service Officer · PT Telekomunikasi Andalan\n\nDiperbarui 14:32\nSenin, 21 Desember 2026 · Interview HR\nLokasi: Menara Andalan, Jl. Pemuda No. 60, Surabaya\n\nRecruiter akan menghubungi kamu untuk jam interviewnya.\n\nBuka aplikasi Glints untuk melihat detail.',
      '2026-12-21',
    ],
    [
      'the stamp with "pukul" and its zone: "Diperbarui pukul 14.32 WIB"',
      'Glints\n\nDiperbarui pukul 14.32 WIB\nSenin, 21 Desember 2026 · Interview HR\n\nRecruiter akan menghubungi kamu untuk jam interviewnya.',
      '2026-12-21',
    ],
    [
      'an English notice\'s "Last updated 2:32 PM" right above the date',
      'JobStreet\n\nYour application status has changed\nCustomer Service Officer · Andalan Telecom\n\nLast updated 2:32 PM\nMonday, 21 December 2026 · HR interview\n\nThe recruiter will call you to arrange the time.',
      '2026-12-21',
    ],
  ])('gives the day alone: %s', (_, text, day) => {
    const reading = readingOf(text)
    expect(reading.interview.startsAt).toBeUndefined()
    expect(reading.day?.date).toBe(day)
  })
})
