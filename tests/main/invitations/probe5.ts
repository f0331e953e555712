/**
 * The invitations of the fifth hostile probe of the invitation reader, each as the probe wrote it, by the
 * probe's number (`invitations-probe5.test.ts`).
 */
interface Probe {
  name: string
  subject?: string
  text: string
}

const PROBES: Probe[] = [
  {
    name: 'Q01 LinkedIn message notification, English ordinal date, GMT+7, Meet link without https',
    text: `LinkedIn

Andreas Wijaya sent you a new message

Andreas Wijaya
Senior Talent Acquisition at Tokoloka
Hi Sari, thanks for your interest in the Data Engineer role at Tokoloka! Following our chat last week, I'd like to schedule your technical interview with our Head of Data, Mr. Rudy Hartanto.

Date: Monday, December 14th, 2026
Time: 10:30 AM – 11:30 AM GMT+7
Google Meet: meet.google.com/tkl-dnge-xyz

Please let me know if this works for you by replying here. Looking forward to it!

Best,
Andreas

View message
Reply

You are receiving LinkedIn notification emails.
Unsubscribe · Help
This email was intended for Sari Puspitasari (Aspiring Data Engineer)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.`,
  },
  {
    name: 'Q02 WhatsApp note above a pasted Zoom invitation whose time is in Singapore time',
    text: `Selamat siang Mas Fajar 🙏
Berikut undangan interview user untuk posisi Backend Engineer (Golang) ya. Interviewnya Kamis, 10 Desember 2026 jam 14.00 WIB bersama Engineering Manager kami dari kantor Singapura, jadi undangan Zoom-nya dikirim dari sana. Mohon join 5 menit sebelumnya ya.

Tiara Anggraini is inviting you to a scheduled Zoom meeting.

Topic: Interview User - Backend Engineer (Golang) - PT Arunika Teknologi Nusantara
Time: Dec 10, 2026 03:00 PM Singapore

Join Zoom Meeting
https://us06web.zoom.us/j/84512309876?pwd=bXk3cGZ6RkFhT2x1SVpQbz09

Meeting ID: 845 1230 9876
Passcode: 562194

---

One tap mobile
+6531651065,,84512309876#,,,,*562194# Singapore
+6531587288,,84512309876#,,,,*562194# Singapore

---

Dial by your location
• +65 3165 1065 Singapore
• +62 21 3952 1588 Indonesia
• +62 21 3952 1589 Indonesia

Meeting ID: 845 1230 9876
Passcode: 562194

Find your local number: https://us06web.zoom.us/u/kcXs9Ab1Qz`,
  },
  {
    name: 'Q03 WhatsApp from a shop, "Senin depan", fallback "Rabu minggu depan"',
    text: `Siang Mbak Lestari, saya Yudi dari Toko Bangunan Sumber Jaya Abadi 🙏
Lamaran Mbak buat lowongan admin kasir sudah kami terima. Bisa datang interview Senin depan jam 10 pagi? Langsung ke toko aja ya, Jl. Raya Serang KM 12 No. 45, Cikupa, Tangerang (sebelah Indomaret).
Kalau Senin nggak bisa, Rabu minggu depan jam yang sama juga boleh.
Ditunggu kabarnya, makasih 🙏`,
  },
  {
    name: 'Q04 three slots to choose from',
    subject: 'Interview Invitation – Account Executive – PT Mitra Solusi Prima',
    text: `Dear Bapak Kevin Santoso,

Terima kasih atas ketertarikan Bapak pada posisi Account Executive di PT Mitra Solusi Prima. Kami ingin mengundang Bapak untuk interview dengan Sales Manager kami, Ibu Grace Tanujaya, di kantor kami:

Alamat: Gedung Cyber 2 Tower Lt. 17, Jl. H.R. Rasuna Said Blok X-5 Kav. 13, Kuningan, Jakarta Selatan

Silakan pilih salah satu jadwal berikut yang paling sesuai:
1. Rabu, 9 Desember 2026 pukul 10.00 – 11.00 WIB
2. Kamis, 10 Desember 2026 pukul 14.00 – 15.00 WIB
3. Jumat, 11 Desember 2026 pukul 09.00 – 10.00 WIB

Mohon balas email ini dengan nomor slot pilihan Bapak paling lambat Jumat, 4 Desember 2026.

Salam,
Dewi Anggraeni
Talent Acquisition Specialist
PT Mitra Solusi Prima
dewi.anggraeni@mitrasolusi.co.id | 0817-6655-4433`,
  },
  {
    name: 'Q05 reply chain: HR accepts the later day the candidate asked for; the invitation is quoted below',
    subject: 'Re: Undangan Interview - Staff Accounting - PT Sentosa Jaya Makmur',
    text: `Baik Mbak Ayu, tidak masalah. Sampai bertemu hari Jumat, 11 Desember 2026 pukul 13.30 WIB, tempat tetap sama seperti di undangan.

Salam,
Rudi Hermawan
HRD PT Sentosa Jaya Makmur
0852-1122-3344

Pada tanggal Sen, 30 Nov 2026 pukul 16.05, Ayu Lestari <ayu.lestari97@gmail.com> menulis:
> Selamat sore Pak Rudi,
>
> Terima kasih atas undangannya. Mohon maaf, pada hari Rabu saya masih ada ujian akhir semester. Apakah memungkinkan jika interview dilaksanakan pada hari Jumat, 11 Desember 2026 setelah jam 13.00?
>
> Hormat saya,
> Ayu Lestari
>
> Pada tanggal Sen, 30 Nov 2026 pukul 09.12, Rudi Hermawan <rudi.hrd@sentosajaya.co.id> menulis:
>> Dengan hormat,
>>
>> Kami mengundang Saudari Ayu Lestari untuk mengikuti interview posisi Staff Accounting pada:
>>
>> Hari/Tanggal : Rabu, 9 Desember 2026
>> Pukul        : 09.00 - 10.00 WIB
>> Tempat       : Kantor PT Sentosa Jaya Makmur, Ruko Mutiara Taman Palem Blok C1 No. 18, Cengkareng, Jakarta Barat
>>
>> Mohon konfirmasi kehadiran dengan membalas email ini.
>>
>> Salam,
>> Rudi Hermawan
>> HRD`,
  },
  {
    name: 'Q06 Singapore agency phone screen, UTC+8, unnamed client, candidate number before "in your CV"',
    subject: 'Phone screening – Regional Treasury Analyst (Jakarta-based)',
    text: `Dear Bima,

Thank you for your application for the Regional Treasury Analyst role with our client, a leading Singapore-listed agribusiness group, based in their Jakarta office.

I would like to arrange a short phone screening to walk through your experience. I will call you on Thursday, 3 December 2026 at 11:00 AM (UTC+8) on the number in your CV, +62 813 1234 9876. It should take about 20 minutes.

If the time does not suit, just reply with two or three alternatives.

Kind regards,
Melissa Ong
Senior Consultant, Finance & Accounting
Harbourfront Talent Partners Pte. Ltd.
EA Licence No. 16S8123 | Reg. No. R1987654
DID: +65 6812 4470
melissa.ong@harbourfronttalent.com.sg`,
  },
  {
    name: 'Q07 pharmacy letter: address over four lines with RT/RW, Kel./Kec.; wawancara dan tes tertulis; "apt." signer',
    text: `Kepada Yth. Sdri. Wulan Sari
Perihal: Panggilan Interview

Dengan hormat,
Sehubungan dengan lamaran Saudari untuk posisi Apoteker Pendamping (APING), kami mengundang Saudari hadir untuk wawancara dan tes tertulis pada:

Hari / tanggal : Sabtu, 5 Desember 2026
Jam            : 10.00 WIB s/d selesai
Alamat         : Apotek Sehat Sentosa
                 Jl. Kemuning Raya No. 7, RT 004/RW 011,
                 Kel. Pejaten Timur, Kec. Pasar Minggu,
                 Jakarta Selatan 12510

Harap membawa: fotokopi STRA/STR Apoteker, ijazah, dan pas foto 3x4 (2 lembar). Berpakaian rapi (kemeja, celana/rok bahan, sepatu tertutup).

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
apt. Hendrawan Susilo, S.Farm.
Apoteker Penanggung Jawab
Apotek Sehat Sentosa
Telp. (021) 7890 1234 / WA 0896-1234-5678`,
  },
  {
    name: 'Q08 Google Meet link broken across two lines',
    text: `Halo Kak Rizky,

Terima kasih sudah mengikuti tahap HR interview kemarin. Kakak lanjut ke tahap user interview untuk posisi Social Media Specialist di PT Cerita Kreatif Bangsa 🎉

Jadwal: Kamis, 10 Desember 2026, 15.00–16.00 WIB
Link Google Meet: https://meet.google.com/qwe-rtyu-
iop

Mohon hadir tepat waktu ya, kamera dinyalakan dan pakai background polos.

Regards,
Nabila – People Ops
PT Cerita Kreatif Bangsa`,
  },
  {
    name: 'Q09 Singapore company, Jakarta onsite, "16th December", "3.30pm SGT / 2.30pm WIB", dress code and documents',
    subject: 'Interview invitation: Clinical Operations Associate, Jakarta',
    text: `Dear Ms. Putri Maharani,

Thank you for your interest in joining Lumen Health Asia Pte. Ltd. We are pleased to invite you to an in-person interview for the position of Clinical Operations Associate (Jakarta).

Date: Wednesday, 16th December 2026
Time: 3.30pm SGT / 2.30pm WIB
Duration: 1 hour
Venue: WeWork Revenue Tower, Level 21, District 8 SCBD, Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190

Our Jakarta Country Lead, Mr. Hendro Gunawan, and I (joining from Singapore via video) will be on the panel.

Dress code: business formal (no batik required).
Please bring: your KTP or passport, a printed CV, and copies of your nursing/pharmacy licence (STR).
On arrival, please register at the WeWork reception on Level 21 and ask for Lumen Health.

Kindly confirm your attendance by Friday, 11 December.

Best regards,
Clarissa Tan
Talent Acquisition Partner, APAC
Lumen Health Asia Pte. Ltd.
1 Raffles Place, #20-61 One Raffles Place Tower 2, Singapore 048616
T: +65 6911 2200 | M: +65 9733 1042`,
  },
  {
    name: 'Q10 WhatsApp with emoji labels, "Jam : 1 siang", maps link only, unsigned admin',
    text: `Assalamualaikum kak Intan 🙏😊

Kami dari *Dapur Nenek Group* 🍲 mau ngundang kakak interview buat posisi *Crew Outlet (Kitchen)* ya kak

🗓️ Hari : Kamis, 3 Des 2026
🕐 Jam : 1 siang
📍 Lokasi : Outlet Dapur Nenek Margonda
https://maps.app.goo.gl/Xy12AbCdEf
👕 Dresscode : kemeja putih, celana hitam, sepatu hitam
📄 Bawa : CV, FC KTP, FC ijazah, SKCK (kalau ada)

Nanti tanya ke kasir cari *Kak Dimas* (Store Manager) ya kak 😊
Ditunggu konfirmasinya, balas *HADIR* 🙏

Admin Rekrutmen Dapur Nenek`,
  },
  {
    name: 'Q11 weekday and date disagree: "Kamis, 9 Desember 2026" (9 Dec 2026 is a Wednesday)',
    subject: 'Undangan Interview – Customer Service Officer – PT BPR Dana Makmur Sejahtera',
    text: `Yth. Sdri. Melinda Kurniawati,

Terima kasih atas lamaran Saudari. Bersama ini kami mengundang Saudari untuk mengikuti wawancara posisi Customer Service Officer pada:

Hari/Tanggal : Kamis, 9 Desember 2026
Waktu        : 10.00 – 11.00 WIB
Tempat       : PT BPR Dana Makmur Sejahtera, Jl. Pemuda No. 112, Semarang Tengah, Kota Semarang

Mohon konfirmasi kehadiran paling lambat Senin, 7 Desember 2026 dengan membalas email ini.

Hormat kami,
Lusiana Pratiwi
Staf HRD
PT BPR Dana Makmur Sejahtera
(024) 355 8812`,
  },
  {
    name: 'Q12 karir.com-style notice: each label on its own line, value on the next; other jobs and portal footer',
    text: `karir.com

Hai Andika Pratama,

Selamat! Perusahaan telah mengundang kamu untuk interview.

Posisi
Quality Control Staff

Perusahaan
PT Sumber Pangan Lestari

Tanggal Interview
Selasa, 8 Desember 2026

Waktu Interview
13:00 - 14:00 WIB

Jenis Interview
Tatap Muka

Lokasi Interview
Kawasan Industri MM2100, Jl. Sulawesi Blok F3-1, Cikarang Barat, Bekasi

Catatan dari Perusahaan
Harap membawa CV, fotokopi KTP, dan ijazah terakhir. Datang 15 menit lebih awal dan lapor ke pos satpam. Pertanyaan: WA Ibu Nurul (HRD) 0812-7788-9900.

Konfirmasi Kehadiran
Hadir | Tidak Hadir

Lowongan lain yang mungkin kamu suka
Admin Produksi - PT Indo Kemasan Jaya - Karawang
Operator Forklift - PT Logistik Andalan Nusa - Jakarta Utara
Staff Gudang - CV Berkah Mandiri - Bekasi

Kamu menerima email ini karena terdaftar di karir.com.
Berhenti berlangganan | Bantuan
PT Portal Karir Indonesia, Gedung Graha Karir Lt. 3, Jl. Tebet Raya No. 84, Jakarta Selatan 12820`,
  },
  {
    name: 'Q13 after the new year, no year written ("Senin, 4 Januari"), "(GMT+8)", Makassar',
    subject: 'Undangan Interview Tahap Akhir – Site Engineer – PT Bumi Nikel Sulawesi',
    text: `Yth. Bapak Andi Saputra,

Selamat, Bapak dinyatakan lolos ke tahap akhir seleksi Site Engineer. Mengingat libur akhir tahun, interview dengan Project Director kami laksanakan setelah tahun baru, yaitu:

Hari/Tanggal : Senin, 4 Januari
Waktu        : 09.00 – 10.30 (GMT+8)
Lokasi       : Kantor Perwakilan Makassar, Menara Bosowa Lt. 12, Jl. Jend. Sudirman No. 5, Makassar

Tiket pesawat Kendari–Makassar (PP) dan akomodasi 1 malam ditanggung perusahaan; tim travel kami akan menghubungi Bapak paling lambat Senin, 28 Desember 2026.

Salam,
Yohana Pasau
HR Recruitment Supervisor
PT Bumi Nikel Sulawesi
0811-4455-2020`,
  },
  {
    name: 'Q14 HireVue one-way video interview: a deadline, no meeting time',
    subject: 'Next step: HireVue Digital Interview – Future Leaders Programme 2027 (Supply Chain)',
    text: `Dear Fadhil,

Congratulations! Following your online assessment, we are pleased to invite you to the next stage of the Nusa Prima Future Leaders Programme 2027 (Supply Chain): a HireVue digital interview.

This is a pre-recorded (one-way) video interview. There is no interviewer on the call: you will answer 5 questions on camera, with 30 seconds to prepare and up to 3 minutes for each answer. It takes about 25 minutes in total.

Please complete your interview by Monday, 7 December 2026, 23:59 WIB, using the link below:
https://app.hirevue.com/interviews/nusaprima/FLP2027-SC/7f3e9a21

Your candidate ID: NP-FLP-2027-04518

Tips: find a quiet, well-lit place; use Google Chrome; and check your camera and microphone before you start.

If you experience technical issues, contact HireVue Support via the help page (not this email address).

Kind regards,
Graduate Recruitment Team
PT Nusa Prima Consumer Indonesia Tbk`,
  },
]

/** An invitation of the probe by its number: "Q05". */
export function probe5(id: string): { text: string; subject?: string } {
  const found = PROBES.find((probe) => probe.name.startsWith(`${id} `))
  if (!found) throw new Error(`no probe ${id}`)
  return found
}
