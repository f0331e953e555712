import type { CorpusEntry } from './types'

/** Indonesian invitations: email, WhatsApp, SMS and portal notices, written for these tests. */
export const INDONESIAN: CorpusEntry[] = [
  {
    name: 'formal email with reference, onsite, signed by HR (Ibu)',
    subject: 'Undangan Interview - Data Analyst - PT Nusantara Data Raya',
    text: `Yth. Saudara Andi Pratama,

Terima kasih atas lamaran Anda untuk posisi Data Analyst di PT Nusantara Data Raya. Kami mengundang Anda untuk mengikuti wawancara pada:

Hari/Tanggal : Senin, 7 Desember 2026
Waktu        : 10.00 - 11.00 WIB
Tempat       : Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan
No. Referensi: NDR/HR/2026/0412

Mohon konfirmasi kehadiran paling lambat Kamis, 3 Desember 2026 dengan membalas email ini.

Hormat kami,
Ibu Rina Kartika
HR Recruiter
PT Nusantara Data Raya
rina.kartika@nusantaradata.co.id
0812-5555-6666`,
    replyBy: '2026-12-03T16:59:59.999Z',
    expected: {
      'contact.role': 'recruiter',
      company: 'PT Nusantara Data Raya',
      position: 'Data Analyst',
      startsAt: '2026-12-07T03:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan',
      referenceNumber: 'NDR/HR/2026/0412',
      'contact.name': 'Rina Kartika',
      'contact.title': 'ms',
      'contact.email': 'rina.kartika@nusantaradata.co.id',
      'contact.phone': '+6281255556666',
    },
  },
  {
    name: 'WhatsApp: video, Zoom link and passcode, "Kak" gives no title',
    text: `Selamat pagi Kak Budi 👋
Saya Maya dari tim rekrutmen PT Kopi Kita Nusantara. Kami ingin mengundang Kakak untuk interview online posisi *Barista Supervisor*:

📅 Rabu, 9 Desember 2026
⏰ 13.30 - 14.15 WIB
💻 Zoom: https://us06web.zoom.us/j/81234567890?pwd=abcXYZ
Passcode: 735102

Mohon konfirmasi kehadiran ya Kak. Terima kasih 🙏

Salam,
Kak Maya
0813-2222-3333`,
    expected: {
      'contact.role': 'recruiter',
      company: 'PT Kopi Kita Nusantara',
      position: 'Barista Supervisor',
      startsAt: '2026-12-09T06:30:00.000Z',
      endsAt: '2026-12-09T07:15:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://us06web.zoom.us/j/81234567890?pwd=abcXYZ',
      accessCode: '735102',
      'contact.name': 'Maya',
      'contact.phone': '+6281322223333',
    },
  },
  {
    name: 'SMS: besok, phone interview, no end',
    text: 'PT Sinar Abadi: Yth. Sdr/i, kami akan menghubungi Anda untuk interview via telepon posisi Sales Executive besok pukul 14.00 WIB. Info: 0811-2233-4455',
    expected: {
      company: 'PT Sinar Abadi',
      position: 'Sales Executive',
      startsAt: '2026-12-01T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'phone',
      'contact.phone': '+6281122334455',
    },
  },
  {
    name: 'reply deadline before the interview date; arrive-early time ignored',
    text: `Dengan hormat,

Sehubungan dengan lamaran Saudari untuk posisi Staf Administrasi, kami mengundang Saudari untuk mengikuti tes dan wawancara di PT Mitra Sejahtera Abadi.

Mohon konfirmasi paling lambat tanggal 2 Desember 2026.

Jadwal wawancara: Jumat, 4 Desember 2026 pukul 09.00 WIB (harap hadir 15 menit sebelumnya).
Lokasi: Jl. Gatot Subroto No. 21, Jakarta Selatan

Hormat kami,
Bapak Hendra Gunawan
HRD PT Mitra Sejahtera Abadi
hendra@mitrasejahtera.co.id`,
    replyBy: '2026-12-02T16:59:59.999Z',
    expected: {
      'contact.role': 'hr',
      company: 'PT Mitra Sejahtera Abadi',
      position: 'Staf Administrasi',
      startsAt: '2026-12-04T02:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Jl. Gatot Subroto No. 21, Jakarta Selatan',
      'contact.name': 'Hendra Gunawan',
      'contact.title': 'mr',
      'contact.email': 'hendra@mitrasejahtera.co.id',
    },
  },
  {
    name: 'WITA: interview in Makassar, s.d. selesai gives no end',
    text: `Selamat siang,
Kami dari PT Bumi Celebes Logistik mengundang Anda mengikuti interview user untuk posisi Supervisor Gudang.
Hari/tanggal: Selasa, 8 Desember 2026
Pukul: 10.00 WITA s.d. selesai
Alamat: Kawasan Industri Makassar, Jl. Kima 10 Kav. 5, Makassar
CP: Ibu Sari Wulandari (0852-4000-1122)
Terima kasih.`,
    expected: {
      company: 'PT Bumi Celebes Logistik',
      position: 'Supervisor Gudang',
      startsAt: '2026-12-08T02:00:00.000Z',
      timeZone: 'Asia/Makassar',
      mode: 'onsite',
      location: 'Kawasan Industri Makassar, Jl. Kima 10 Kav. 5, Makassar',
      'contact.name': 'Sari Wulandari',
      'contact.title': 'ms',
      'contact.phone': '+6285240001122',
    },
  },
  {
    name: 'reschedule: jadwal dipindahkan ke tanggal baru',
    text: `Yth. Bapak Andi,

Dengan ini kami informasikan bahwa jadwal interview Bapak untuk posisi Product Analyst di PT Toko Maju Digital kami pindahkan ke Kamis, 10 Desember 2026 pukul 15.00 WIB, dari jadwal semula Selasa, 8 Desember 2026.
Link Google Meet tetap sama: https://meet.google.com/abc-defg-hij

Salam,
Dewi Anggraini
Talent Acquisition`,
    expected: {
      'contact.role': 'recruiter',
      company: 'PT Toko Maju Digital',
      position: 'Product Analyst',
      startsAt: '2026-12-10T08:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      'contact.name': 'Dewi Anggraini',
    },
  },
  {
    name: 'agency inviting for a named client: the client is the company; agency office not the location',
    text: `Halo Rudi,

Saya Fajar dari PT Talenta Karir Indonesia. Klien kami, PT Bank Sentosa Makmur Tbk, ingin mengundang Anda untuk interview posisi Business Intelligence Officer.

Jadwal: Senin, 14 Desember 2026 pukul 13.00 WIB
Interview dilakukan secara online melalui Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123%40thread.v2/0

Terima kasih,
Fajar Nugroho
Senior Consultant | PT Talenta Karir Indonesia
Gedung Cyber 2 Lt. 15, Jl. HR Rasuna Said, Jakarta
fajar@talentakarir.co.id | +62 811-9000-8000`,
    expected: {
      company: 'PT Bank Sentosa Makmur Tbk',
      position: 'Business Intelligence Officer',
      startsAt: '2026-12-14T06:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123%40thread.v2/0',
      'contact.name': 'Fajar Nugroho',
      'contact.email': 'fajar@talentakarir.co.id',
      'contact.phone': '+6281190008000',
    },
  },
  {
    name: 'agency for an unnamed client: the agency is the company',
    text: `Selamat pagi Ibu Lestari,

Kami dari PT Solusi Rekrut Nusantara mewakili salah satu klien kami (perusahaan FMCG multinasional) mengundang Ibu untuk interview posisi Brand Manager.
Tanggal: Rabu, 16 Desember 2026
Jam: 10.30 WIB
Tempat: Kantor PT Solusi Rekrut Nusantara, Jl. Kemang Raya No. 8, Jakarta Selatan

Salam hangat,
Yoga Pratama`,
    expected: {
      company: 'PT Solusi Rekrut Nusantara',
      position: 'Brand Manager',
      startsAt: '2026-12-16T03:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Kantor PT Solusi Rekrut Nusantara, Jl. Kemang Raya No. 8, Jakarta Selatan',
      'contact.name': 'Yoga Pratama',
    },
  },
  {
    name: 'maps link is not the meeting link and not the location text',
    text: `Halo Siti, terima kasih sudah melamar di CV Karya Mandiri untuk posisi Desainer Grafis.
Kami undang interview langsung hari Kamis, 3 Desember 2026 jam 11.00 WIB.
Lokasi: Ruko Galaxy Blok B No. 7, Bekasi https://maps.app.goo.gl/AbCdEf123
Jika ada pertanyaan hubungi Pak Joko 0857-1111-2222.`,
    expected: {
      company: 'CV Karya Mandiri',
      position: 'Desainer Grafis',
      startsAt: '2026-12-03T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Ruko Galaxy Blok B No. 7, Bekasi',
      'contact.name': 'Joko',
      'contact.title': 'mr',
      'contact.phone': '+6285711112222',
    },
  },
  {
    name: 'lusa, Google Meet, duration stated in minutes',
    text: `Hai Dimas, interview kamu untuk posisi Frontend Developer di PT Awan Teknologi dijadwalkan lusa pukul 10.00 WIB (durasi 45 menit) via Google Meet: https://meet.google.com/xyz-abcd-efg
Salam, Tim Rekrutmen PT Awan Teknologi`,
    expected: {
      company: 'PT Awan Teknologi',
      position: 'Frontend Developer',
      startsAt: '2026-12-02T03:00:00.000Z',
      endsAt: '2026-12-02T03:45:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/xyz-abcd-efg',
    },
  },
  {
    name: 'JobStreet-style notice',
    subject: 'Undangan wawancara dari PT Graha Niaga Sejahtera melalui JobStreet',
    text: `Hai Andi,

PT Graha Niaga Sejahtera telah meninjau lamaran Anda untuk posisi Accounting Staff dan mengundang Anda ke tahap wawancara.

Detail wawancara
Tanggal: Selasa, 15 Desember 2026
Waktu: 09:30 - 10:30 WIB
Lokasi: Graha Niaga Tower, Jl. MH Thamrin No. 9, Jakarta Pusat
Catatan dari perekrut: Bawa CV dan fotokopi KTP.

Balas undangan ini melalui JobStreet sebelum 10 Desember 2026.
Tim JobStreet`,
    replyBy: '2026-12-09T16:59:59.999Z',
    expected: {
      company: 'PT Graha Niaga Sejahtera',
      position: 'Accounting Staff',
      startsAt: '2026-12-15T02:30:00.000Z',
      endsAt: '2026-12-15T03:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Graha Niaga Tower, Jl. MH Thamrin No. 9, Jakarta Pusat',
    },
  },
  {
    name: 'Glints-style notice with online interview',
    text: `Selamat! Kamu diundang interview oleh PT Ruang Belajar Digital untuk posisi Content Writer.
Jadwal: Jumat, 11 Desember 2026, 14.00 - 15.00 WIB
Tipe: Online (Google Meet)
Link: https://meet.google.com/qwe-rtyu-iop
Lihat detail di aplikasi Glints.`,
    expected: {
      company: 'PT Ruang Belajar Digital',
      position: 'Content Writer',
      startsAt: '2026-12-11T07:00:00.000Z',
      endsAt: '2026-12-11T08:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/qwe-rtyu-iop',
    },
  },
  {
    name: 'Kalibrr-style notice with application number',
    text: `Halo Rina,
Lamaran kamu untuk posisi Customer Service Officer di PT Layanan Prima Indonesia telah lolos seleksi administrasi.
Kode Lamaran: KLB-2026-558812
Kamu diundang untuk wawancara pada Rabu, 2 Desember 2026 pukul 13.00 WIB di Gedung Prima, Jl. Diponegoro No. 45, Bandung.
Salam,
Kalibrr untuk PT Layanan Prima Indonesia`,
    expected: {
      company: 'PT Layanan Prima Indonesia',
      position: 'Customer Service Officer',
      startsAt: '2026-12-02T06:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Gedung Prima, Jl. Diponegoro No. 45, Bandung',
      referenceNumber: 'KLB-2026-558812',
    },
  },
  {
    name: 'Dealls-style notice, video without a link yet',
    text: `Hi Yudi! PT Inovasi Finansial Nusantara mengundangmu untuk interview online posisi Risk Analyst pada Kamis, 17 Desember 2026 pukul 16.00 WIB. Link meeting akan dikirim H-1. Cek aplikasi Dealls untuk konfirmasi.`,
    expected: {
      company: 'PT Inovasi Finansial Nusantara',
      position: 'Risk Analyst',
      startsAt: '2026-12-17T09:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
    },
  },
  {
    name: 'application date and letter date are not the interview',
    text: `Jakarta, 27 November 2026

Nomor: 118/HRD/XI/2026
Perihal: Panggilan Interview

Berdasarkan lamaran Saudara tanggal 12 November 2026 untuk posisi Teknisi Listrik, kami mengundang Saudara hadir pada:
Hari, tanggal: Senin, 7 Desember 2026
Pukul: 08.30 WIB
Tempat: PT Energi Listrik Mandiri, Jl. Raya Bogor Km 30, Depok

Hormat kami,
Bpk. Slamet Riyadi
Manajer HRD`,
    expected: {
      'contact.role': 'hr',
      company: 'PT Energi Listrik Mandiri',
      position: 'Teknisi Listrik',
      startsAt: '2026-12-07T01:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'PT Energi Listrik Mandiri, Jl. Raya Bogor Km 30, Depok',
      referenceNumber: '118/HRD/XI/2026',
      'contact.name': 'Slamet Riyadi',
      'contact.title': 'mr',
    },
  },
  {
    name: 'onsite with a backup video link kept',
    text: `Yth. Ibu Nadia,
Kami mengundang Ibu untuk interview posisi Legal Officer di PT Hukum Sejahtera Partners.
Waktu: Selasa, 8 Desember 2026 pukul 10.00 WIB
Tempat: Wisma Hukum Lt. 3, Jl. Cikini Raya No. 2, Jakarta Pusat
Jika berhalangan hadir, interview dapat dilakukan melalui Zoom sebagai cadangan: https://zoom.us/j/99887766554
Salam,
Ibu Ratna Sari`,
    expected: {
      company: 'PT Hukum Sejahtera Partners',
      position: 'Legal Officer',
      startsAt: '2026-12-08T03:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Wisma Hukum Lt. 3, Jl. Cikini Raya No. 2, Jakarta Pusat',
      meetingUrl: 'https://zoom.us/j/99887766554',
      'contact.name': 'Ratna Sari',
      'contact.title': 'ms',
    },
  },
  {
    name: 'interviewer named in passing is not the contact',
    text: `Halo Putri,
Interview untuk posisi UI/UX Designer di PT Kreasi Digital Nusantara akan dilaksanakan pada Jumat, 4 Desember 2026 pukul 15.00 WIB via Google Meet https://meet.google.com/kre-asid-igi. Anda akan diwawancarai oleh Bapak Arif Setiawan (Head of Design).
Salam,
Melati Putri Ayu
People Team`,
    expected: {
      'contact.role': 'hr',
      company: 'PT Kreasi Digital Nusantara',
      position: 'UI/UX Designer',
      startsAt: '2026-12-04T08:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/kre-asid-igi',
      'contact.name': 'Melati Putri Ayu',
    },
  },
  {
    name: 'WIT, office line with extension',
    text: `Selamat pagi,
PT Papua Tambang Lestari mengundang Saudara untuk wawancara posisi Geologist.
Tanggal: Rabu, 9 Desember 2026 pukul 09.00 WIT
Alamat: Jl. Ahmad Yani No. 5, Jayapura
Informasi: (0967) 533 210 ext. 14
Hormat kami,
Tim HR`,
    expected: {
      company: 'PT Papua Tambang Lestari',
      position: 'Geologist',
      startsAt: '2026-12-09T00:00:00.000Z',
      timeZone: 'Asia/Jayapura',
      mode: 'onsite',
      location: 'Jl. Ahmad Yani No. 5, Jayapura',
      'contact.phone': '+62967533210',
    },
  },
  {
    name: 'WhatsApp short, numeric date with range',
    text: `Pagi Kak, dari HR PT Retail Jaya Abadi. Interview posisi Kasir tgl 09/12/2026 jam 13:30 - 14:30 WIB di Toko Retail Jaya cabang Depok, Jl. Margonda Raya 100. Konfirmasi ke nomor ini ya. Terima kasih`,
    expected: {
      company: 'PT Retail Jaya Abadi',
      position: 'Kasir',
      startsAt: '2026-12-09T06:30:00.000Z',
      endsAt: '2026-12-09T07:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Toko Retail Jaya cabang Depok, Jl. Margonda Raya 100',
    },
  },
  {
    name: 'no date stated: missing start',
    text: `Halo Andika, terima kasih sudah melamar posisi Data Engineer di PT Analitika Cerdas. Tim kami akan menghubungi Anda untuk menjadwalkan interview. Salam, Tim Rekrutmen`,
    expected: {
      company: 'PT Analitika Cerdas',
      position: 'Data Engineer',
      mode: 'phone',
    },
  },
  {
    name: 'email with candidate number and Teams link, passcode',
    text: `Kepada Yth. Sdr. Rizky Maulana

Kami mengundang Saudara mengikuti interview tahap akhir untuk posisi IT Auditor pada PT Asuransi Jaga Raga.
Hari/Tanggal : Kamis, 10 Desember 2026
Waktu : 14.00 - 15.30 WIB
Media : Microsoft Teams
Link : https://teams.microsoft.com/l/meetup-join/19%3ameeting_jagaraga%40thread.v2/0
Kode akses: JR2026
Nomor Peserta: JR-IA-0091

Hormat kami,
Ibu Wulan Sari
Recruitment PT Asuransi Jaga Raga
recruitment@jagaraga.co.id`,
    expected: {
      'contact.role': 'recruiter',
      company: 'PT Asuransi Jaga Raga',
      position: 'IT Auditor',
      startsAt: '2026-12-10T07:00:00.000Z',
      endsAt: '2026-12-10T08:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_jagaraga%40thread.v2/0',
      accessCode: 'JR2026',
      referenceNumber: 'JR-IA-0091',
      'contact.name': 'Wulan Sari',
      'contact.title': 'ms',
      'contact.email': 'recruitment@jagaraga.co.id',
    },
  },
  {
    name: 'reschedule answer: the company accepts a proposed time',
    text: `Halo Bapak Andi,
Terima kasih atas informasinya. Jadwal interview posisi Data Analyst di PT Nusantara Data Raya kami ubah menjadi Rabu, 9 Desember 2026 pukul 14.00 WIB sesuai usulan Bapak. Tempat tetap sama.
Salam,
Rina Kartika`,
    expected: {
      company: 'PT Nusantara Data Raya',
      position: 'Data Analyst',
      startsAt: '2026-12-09T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      'contact.name': 'Rina Kartika',
    },
  },
]
