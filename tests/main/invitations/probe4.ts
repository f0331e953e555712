/**
 * The invitations of the fourth hostile probe of the invitation reader, each as the probe wrote it, by the
 * probe's number (`invitations-probe4.test.ts`).
 */
interface Probe {
  name: string
  subject?: string
  text: string
}

const PROBES: Probe[] = [
  {
    name: 'P01 BUMN announcement with a pipe table of stages',
    text: `PENGUMUMAN
Nomor: PENG-057/SDM.01/XI/2026
TENTANG
HASIL SELEKSI ADMINISTRASI DAN JADWAL TAHAP LANJUTAN
REKRUTMEN PEGAWAI PT PELAYARAN SAMUDRA NUSANTARA (PERSERO) TAHUN 2026

Kepada peserta atas nama:
Nama          : Rizky Aditya Pratama
No. Peserta   : PSN-2026-04417
Formasi       : Management Trainee Bidang Keuangan
Lokasi Tes    : Jakarta

dinyatakan LULUS seleksi administrasi dan berhak mengikuti tahapan berikut:

| No | Tahapan                    | Hari/Tanggal           | Waktu                  | Tempat |
|----|----------------------------|------------------------|------------------------|--------|
| 1  | Tes Potensi Dasar (online) | Kamis, 3 Desember 2026 | 08.00 – 10.00 WIB      | Dari rumah masing-masing (link dikirim via email) |
| 2  | Tes Kesehatan              | Sabtu, 5 Desember 2026 | 07.00 WIB s.d. selesai | Klinik Pratama Bahari, Jl. Yos Sudarso No. 8, Jakarta Utara |
| 3  | Wawancara HR & User        | Rabu, 9 Desember 2026  | 13.00 – 15.30 WIB      | Kantor Pusat, Gedung Samudra Lt. 7, Jl. Gunung Sahari Raya No. 38, Jakarta Pusat |

Ketentuan:
1. Peserta wajib hadir 30 menit sebelum jadwal dan membawa KTP asli serta kartu peserta.
2. Ketidakhadiran pada salah satu tahapan dianggap mengundurkan diri.
3. Panitia tidak memungut biaya apa pun. Waspadai penipuan yang mengatasnamakan PT Pelayaran Samudra Nusantara (Persero).

Informasi lebih lanjut: rekrutmen@psn-persero.co.id atau (021) 4288 1900 ext. 215 (hari kerja, 08.00–16.00 WIB).

Jakarta, 30 November 2026
Panitia Rekrutmen Pegawai
PT Pelayaran Samudra Nusantara (Persero)`,
  },
  {
    name: 'P02 Glints notification, tab-aligned labels without colons',
    subject: '[Glints] Jadwal interview kamu dengan PT Kreasi Warna Nusantara sudah ditetapkan',
    text: `Hai Nadia,

Kabar baik! Rekruter dari PT Kreasi Warna Nusantara telah menjadwalkan interview untuk lamaranmu.

Posisi\t\t\tGraphic Designer (Kontrak 1 Tahun)
Perusahaan\t\tPT Kreasi Warna Nusantara
Jenis interview\tOffline / Tatap muka
Tanggal\t\t\tJum, 11 Des 2026
Jam\t\t\t10:30 – 11:30 WIB
Alamat\t\t\tRuko Golden Boulevard Blok C No. 21, BSD City, Tangerang Selatan
Pewawancara\t\tFelicia Tanoto (Creative Lead)

Pesan dari rekruter:
"Halo Nadia, tolong bawa portofolio cetak minimal 5 karya ya. Parkir motor di belakang ruko. Kalau ada kendala hubungi saya di WA 0878-8123-4400. – Sekar"

Konfirmasi kehadiranmu di aplikasi Glints paling lambat 8 Des 2026.

Lihat Detail Interview

Butuh bantuan? Hubungi support@glints.com
Glints Pte. Ltd., 1 Kay Siang Road, Singapore 248922`,
  },
  {
    name: 'P03 recruiter forwards the client email',
    subject: 'Fwd: Interview Invitation - Finance Business Partner - PT Arunika Consumer Goods',
    text: `Hi Mas Reza,

Berikut undangan interview dari klien kami ya. Mohon dicek detailnya di bawah dan kabari saya by today kalau jadwalnya oke. Semangat!

Thanks,
Vania Kusuma
Senior Consultant | Talentara Executive Search
M: +62 811-1890-2245

---------- Forwarded message ---------
From: Indah Permatasari <indah.permatasari@arunika-cg.co.id>
Date: Mon, Nov 30, 2026 at 4:12 PM
Subject: Interview Invitation - Finance Business Partner - PT Arunika Consumer Goods
To: Vania Kusuma <vania@talentara.co.id>

Dear Vania,

Thank you for sharing the profile of Mr. Reza Mahendra. We would like to invite him for a face-to-face interview with our CFO, Mr. Harold Tan, as follows:

Date   : Thursday, 10 December 2026
Time   : 10.00 – 11.00 WIB
Venue  : PT Arunika Consumer Goods, Menara Astra Lt. 32, Jl. Jend. Sudirman Kav. 5-6, Jakarta Pusat

Please ask the candidate to register at the lobby receptionist and mention my name.

Best regards,
Indah Permatasari
HR Business Partner
PT Arunika Consumer Goods
T: +62 21 5088 7700 ext. 3208`,
  },
  {
    name: 'P04 Jaksel mixed Indonesian-English WhatsApp',
    text: `Hi Kak Tasya! 👋

Aku Bella from People Team-nya Kopi Senja Group. Congrats ya, kamu lolos ke next step buat posisi Brand Partnership Specialist 🎉

Next-nya bakal ada interview sama Head of Marketing kita, Mas Dimas. Detailnya:
📅 Jumat, 4 Des
⏰ 3 PM, kurang lebih 1 jam
📍 Office kita di Kopi Senja HQ, Jl. Wolter Monginsidi No. 88, Kebayoran Baru (yang ada mural gede di depannya)

Dress code-nya santai aja kok, smart casual is fine. Kalau ada yang mau di-reschedule, just lemme know ASAP ya. Can't wait to meet you! ✨

Cheers,
Bella
People & Culture | Kopi Senja Group
0812 9900 1234`,
  },
  {
    name: 'P05 Google Calendar invitation email',
    subject:
      'Invitation: Final Interview - Regional Operations Manager - PT Lintas Kargo Asia @ Wed Dec 16, 2026 2pm - 3:30pm (WIB) (rahma.putri@gmail.com)',
    text: `Join with Google Meet
meet.google.com/lka-qwer-tyu

Join by phone
(ID) +62 21 5086 0933 PIN: 711 402 866#
More phone numbers: https://tel.meet/lka-qwer-tyu?pin=7114028661234

Final interview for the Regional Operations Manager role - panel with our COO (Mr. Kenneth Wong) and VP HR. Please prepare a 10-min presentation on your 90-day plan.

When
Wednesday Dec 16, 2026 ⋅ 2pm – 3:30pm (Western Indonesia Time - Jakarta)

Guests
Stefani Halim - organizer
kenneth.wong@lintaskargo.asia
rahma.putri@gmail.com
View all guest info

Reply for rahma.putri@gmail.com
Yes
No
Maybe
More options

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event. To stop receiving future updates for this event, decline this event.`,
  },
  {
    name: 'P06 Outlook meeting request with a Teams block (link lost in the paste)',
    subject: 'Interview Invitation: IT Security Analyst – PT Bank Mandala Syariah',
    text: `When: Monday, 14 December 2026 09:00-10:00 (UTC+07:00) Bangkok, Hanoi, Jakarta.
Where: Microsoft Teams Meeting

Dear Sdr. Galih,

Menindaklanjuti proses rekrutmen IT Security Analyst di PT Bank Mandala Syariah, bersama ini kami mengundang Saudara untuk mengikuti Technical Interview secara online melalui Microsoft Teams sesuai jadwal di atas. Interview akan dipandu oleh Bapak Anton Siregar (Head of IT Security).

Mohon join 10 menit sebelum jadwal dan pastikan kamera dalam keadaan menyala.

Hormat kami,
Ayu Lestari
Talent Acquisition – Human Capital Division
PT Bank Mandala Syariah
Telp. 021-2995 8000 ext. 1422

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 438 921 556 704
Passcode: Xy7bQ3
Download Teams | Join on the web
Join with a video conferencing device
bankmandala@m.webex.com
Video Conference ID: 121 882 447 5
Alternate VTC instructions
Or call in (audio only)
+62 21 5095 0345,,872113905# Indonesia, Jakarta
Phone Conference ID: 872 113 905#
Find a local number | Reset PIN
Learn More | Meeting options
________________________________________________________________________________`,
  },
  {
    name: 'P07 WhatsApp, date "9-12-26", jam 8 pagi, Pak as self-introduction',
    text: `Selamat pagi Sdri. Anisa, saya Pak Hendro dari bagian personalia CV Sumber Rejeki Makmur (distributor sembako, Sidoarjo). Lamaran anda sbg Admin Gudang sudah kami terima. Mohon datang utk interview hari Rabu tgl 9-12-26 jam 8 pagi. Alamat: Pergudangan Safe n Lock Blok H-12, Jl. Lingkar Timur, Sidoarjo. Bawa lamaran lengkap + pas foto. Kalau berhalangan mohon kabari sy di nomor ini atau telp kantor 031-8945 672. Trims.`,
  },
  {
    name: 'P08 SMS with abbreviations (tgl, jm, wib, almt, hub)',
    text: `PT.GRAHA MEDIKA UTAMA: Yth Sdr/i Devi, anda dipanggil interview posisi SPG/SPB tgl 03/12 jm 13.00 wib. Almt: Jl. Raya Kalimalang No.17 Duren Sawit Jaktim (dpn Alfamart). Bw CV, KTP, pas foto. Konf hdr bls YA/TDK. Info hub Bpk. Yusuf 0813-1456-7788`,
  },
  {
    name: 'P09 remote job, Kuala Lumpur time with a Jakarta bracket',
    subject: 'Interview Invitation – Remote Customer Success Executive (Indonesia)',
    text: `Hi Putri,

Thank you for applying to Serai Cloud Sdn. Bhd. We were impressed with your background and would like to invite you to a video interview for the Remote Customer Success Executive (Indonesia) role.

Interview details
• Date: Thursday, 10 December 2026
• Time: 10:00 – 10:45 AM (Kuala Lumpur time, GMT+8), which is 9:00 – 9:45 AM in Jakarta
• Platform: Microsoft Teams — https://teams.microsoft.com/l/meetup-join/19%3ameeting_SeraiCS%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d
• Interviewers: Farah Izzati (CS Team Lead) and Daniel Ooi (Head of Customer Success)

Kindly confirm your availability by replying to this email by Friday, 4 December. Should you need to reach us, you may WhatsApp me at +60 12-338 4571.

Best regards,
Nur Aisyah Binti Kamal
Talent Acquisition Executive
Serai Cloud Sdn. Bhd.
Level 12, Menara Serai, Jalan Sultan Ismail, 50250 Kuala Lumpur
aisyah.kamal@seraicloud.my`,
  },
  {
    name: 'P10 second round, the hiring manager writes himself',
    subject: 'Interview Tahap 2 (User) – Supervisor Produksi',
    text: `Selamat siang Bapak Yoga Prasetyo,

Perkenalkan, saya Ir. Bambang Sutrisno, Plant Manager PT Sinar Plastik Cemerlang Cikarang, sekaligus hiring manager untuk posisi yang Bapak lamar. Rekan HR kami, Ibu Lina, sudah menyampaikan bahwa Bapak lolos interview HR minggu lalu.

Saya ingin mengajak Bapak berdiskusi lebih lanjut (interview user) sekaligus melihat langsung lini produksi injection molding kami. Jadwal yang saya usulkan:

Senin, 14/12 pukul 09.30 WIB, kurang lebih 2 jam termasuk plant tour.

Lokasi: Kawasan Industri Jababeka II, Jl. Industri Selatan 6A Blok GG No. 3, Cikarang Selatan, Bekasi. Mohon membawa sepatu safety bila punya; helm dan rompi kami sediakan.

Konfirmasi bisa langsung ke saya via WA 0811-9402-7731, atau ke Ibu Lina (HR) di ext. 112.

Salam,
Bambang Sutrisno
Plant Manager / Hiring Manager
PT Sinar Plastik Cemerlang
(021) 8983 4400`,
  },
  {
    name: 'P11 psychotest and interview on the same day, two times in prose',
    subject: 'Undangan Psikotes Online & Interview HR – Management Trainee Batch 7',
    text: `Kepada Yth.
Sdr. Fadli Ramadhan
di tempat

Selamat! Saudara dinyatakan lolos seleksi administrasi Management Trainee Batch 7 PT Cahaya Abadi Retailindo. Tahap selanjutnya adalah Psikotes Online dan Interview HR yang dilaksanakan dalam satu hari, yaitu pada hari Kamis, 3 Desember 2026, dengan rincian:

Psikotes Online dimulai pukul 08.00 WIB tepat (durasi ±3 jam). Link tes dan token akan dikirim ke email Saudara paling lambat pukul 07.30 WIB di hari pelaksanaan.

Interview HR akan dilakukan pukul 13.30 WIB via Zoom:
https://us02web.zoom.us/j/82211903345
Meeting ID: 822 1190 3345
Passcode: CAR2026

Mohon konfirmasi kehadiran dengan membalas email ini. Pertanyaan dapat diajukan ke recruitment@cahayaabadi.co.id atau WA 0857-2233-8190 (Sdri. Maudy).

Hormat kami,
Recruitment Team
PT Cahaya Abadi Retailindo`,
  },
  {
    name: 'P12 onsite interview + case study, range "13.00 - 14.30 WIB", Kak signs',
    text: `Hai Mbak Citra,

Makasih udah apply ke Lumbung Tani Digital ya! Kami mau undang Mbak untuk sesi interview + case study posisi Product Designer (UI/UX).

Hari/tanggal: Jumat, 11 Desember 2026
Waktu: 13.00 - 14.30 WIB
Tempat: GoWork Pacific Place Lt. 6 (SCBD), Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan — bilang ke resepsionis mau ketemu tim Lumbung Tani ya
Bawa laptop, case study-nya dikerjakan on the spot 45 menit.

Kalau jadwalnya bentrok, kabari aku aja di 0838-1122-9090.

Thank you!
Kak Nadine – Talent Lead, PT Lumbung Tani Digital`,
  },
  {
    name: 'P13 English multinational, Singapore phone numbers, Jakarta venue',
    subject: 'Interview Confirmation – Graduate Supply Chain Programme 2027 (Ref: GSCP-ID-0391)',
    text: `Dear Ms. Amelia Hartono,

Congratulations on progressing to the Assessment Interview stage for the Graduate Supply Chain Programme 2027 with Nordhaven Foods Asia Pte. Ltd.

Your interview has been scheduled as follows:

Date & time: Tuesday, 15 December 2026, 10:30 AM (local Jakarta time)
Format: In person
Venue: Nordhaven Foods Indonesia office, Sahid Sudirman Center, 41st Floor, Jl. Jend. Sudirman No. 86, Jakarta 10220
Duration: approximately 60 minutes (competency-based interview with two panel members)

Please bring a printed copy of your academic transcript and a valid photo ID. Upon arrival, kindly present your reference number at the ground-floor visitor desk.

If you have any questions, please reach me on +65 6725 8810 (office) or +65 9187 3302 (mobile/WhatsApp). Our team works on Singapore time (GMT+8), one hour ahead of Jakarta.

Kind regards,

Ms. Joanne Tay
Early Careers Recruitment, APAC
Nordhaven Foods Asia Pte. Ltd.
joanne.tay@nordhavenfoods.com`,
  },
  {
    name: 'P14 walk-in interview "pukul 08.00 s.d. 12.00", sent on WhatsApp',
    text: `Halo Kak Reno, terima kasih sudah kirim lamaran untuk posisi Cook Helper di outlet kami 🙏 Silakan langsung datang ke walk in interview berikut ya:

📢 WALK IN INTERVIEW 📢
PT Karya Rasa Boga (Sate Khas Senayan)

Hari/Tgl : Sabtu, 5 Desember 2026
Pukul    : 08.00 s.d. 12.00 WIB
Tempat   : Outlet Sate Khas Senayan Kelapa Gading, Jl. Boulevard Raya Blok QA-1 No. 9, Kelapa Gading, Jakarta Utara

Bawa: CV, fotokopi KTP, ijazah terakhir, 2 lbr pas foto 3x4. TIDAK DIPUNGUT BIAYA.

Info: Bu Ratna (HRD) 0812-8765-4433 (WA only, no call)`,
  },
]

/** An invitation of the probe by its number: "P03". */
export function probe4(id: string): { text: string; subject?: string } {
  const found = PROBES.find((probe) => probe.name.startsWith(`${id} `))
  if (!found) throw new Error(`no probe ${id}`)
  return found
}
