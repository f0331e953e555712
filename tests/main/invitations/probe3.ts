/**
 * The invitations of the third hostile probe of the invitation reader, each as the probe wrote it, shared by
 * the probe's test files (`invitations-probe3-*.test.ts`).
 */
export const BANK_LETTER = `Jakarta, 30 November 2026

Nomor    : 2147/HC-REK/XI/2026
Lampiran : 1 (satu) lembar
Perihal  : Undangan Wawancara Calon Pegawai

Kepada Yth.
Sdri. Nabila Putri Ramadhani
di Tempat

Dengan hormat,

Menindaklanjuti proses seleksi Officer Development Program (ODP) PT Bank Arta Nusa Tbk, dengan ini kami mengundang Saudari untuk mengikuti Wawancara Panel yang akan diselenggarakan pada:

Hari/Tanggal : Kamis / 10 Desember 2026
Waktu        : Pukul 09.00 WIB s/d selesai
Tempat       : Kantor Pusat PT Bank Arta Nusa Tbk, Gedung Arta Nusa Tower Lt. 9, Jl. Jend. Gatot Subroto Kav. 18, Jakarta Selatan
Pakaian      : Kemeja putih, bawahan hitam, bersepatu pantofel

Saudari diharapkan membawa kartu identitas asli (KTP) serta lembar undangan terlampir. Konfirmasi kehadiran dapat disampaikan paling lambat Jumat, 4 Desember 2026 melalui email rekrutmen@artanusa.co.id atau telepon (021) 5290 8800 ext. 4127.

Demikian kami sampaikan. Atas perhatian Saudari kami ucapkan terima kasih.

PT Bank Arta Nusa Tbk
Divisi Human Capital

ttd

Hendra Wijayakusuma
Kepala Bagian Rekrutmen & Seleksi`

export const HOSPITAL = `Selamat siang Sdr. Yohanes Bima,

Terima kasih telah melamar sebagai Perawat Pelaksana (ICU) di RS Mitra Husada Medika. Berdasarkan hasil seleksi berkas, Saudara kami undang mengikuti tahap Tes Kompetensi Klinis dan Wawancara dengan jadwal sebagai berikut:

Hari/tgl : Rabu, 09-12-2026
Jam      : 13:30-15:00 WIB
Tempat   : Ruang Diklat Lt. 4 Gedung B, RS Mitra Husada Medika, Jl. Kedungmundu Raya No. 17, Tembalang, Semarang
Dresscode: Seragam putih-putih, membawa STR dan sertifikat BTCLS asli

Mohon konfirmasi kehadiran dengan membalas WhatsApp ke CP: Mba Rina (0813-2900-4512) paling lambat Senin, 7 Desember 2026 pukul 16.00 WIB.

Salam sehat,
Bagian SDM & Diklat
RS Mitra Husada Medika
sdm@mitrahusada.co.id`

export const STARTUP = `hey Dimas! 👋 Kevin here from the eng team at Kopikode

loved your take-home, the caching approach was 🔥. next step is a 45-min system design chat w/ our CTO Arief + me. does next wed (dec 9) 4:30pm jkt time work?

zoom: https://kopikode.zoom.us/j/86612390021
pw: kk2026

no need to prep slides, just bring yourself 😄 if the time doesn't work just ping me here or kevin@kopikode.id

cheers,
kevin`

export const INMAIL = `Hi Rahma,

I hope this message finds you well! My name is Priscilla Lim, Talent Partner at Kirana Commerce (Kirana Commerce Pte. Ltd.) based in Singapore. I came across your profile and think you'd be a great fit for our Senior Category Manager – Fashion role, based in our Jakarta office.

Would you be open to a 30-minute introductory call on Thursday, 3rd December at 2pm SGT (1pm Jakarta)? I'll give you a ring on WhatsApp — could you share the best number to reach you?

If that slot doesn't suit, feel free to propose another time next week.

Warm regards,
Priscilla Lim
Talent Partner, Commercial | Kirana Commerce
+65 9123 4567`

export const OUTSOURCING = `Selamat pagi, Sdr. Fikri Ramadhan

Kami dari PT Prima Karya Outsourcing (PKO) selaku mitra penyedia tenaga kerja PT Mandiri Logistik Express, menginformasikan bahwa Saudara lolos seleksi berkas untuk posisi Kurir Motor (Sprinter) penempatan Jakarta Timur.

Saudara diundang mengikuti interview user yang akan dilaksanakan:
🗓 Selasa, 8 Desember 2026
🕘 Jam 09.00 WIB – selesai
📍 Hub PT Mandiri Logistik Express Cakung, Jl. Raya Bekasi KM 22 No. 8, Cakung, Jakarta Timur (patokan: seberang Pom Bensin Shell)

Bawa: CV, fotokopi KTP, SIM C aktif, STNK motor sendiri.
Saat tiba, lapor ke security dan sebutkan "interview PKO".

CP: Mba Rina (0813-8772-0145)
Mohon balas "HADIR" atau "TIDAK HADIR" maksimal besok jam 17.00.

Salam,
Rina Oktaviani
Recruitment Officer – PT Prima Karya Outsourcing
Ruko Grand Galaxy Blok RSK 5 No. 12, Bekasi Selatan`

export const MINE_SITE = `Selamat sore Saudara Daniel Rumbiak,

Terima kasih atas lamaran Saudara untuk posisi Mine Surveyor di PT Tambang Cendrawasih Mandiri, Site Timika. Mengingat lokasi Saudara saat ini di Jakarta, wawancara tahap pertama akan dilakukan melalui telepon.

Jadwal: Rabu, 9 Desember 2026, pukul 10.00 WIT (08.00 WIB)
Durasi: ± 30 menit
Pewawancara: Bapak Yosef Wanggai, Superintendent Survey

Tim kami akan menghubungi Saudara di nomor 0812-9876-5432 sesuai yang tercantum di CV. Mohon pastikan Saudara berada di tempat dengan sinyal yang baik.

Jika ada perubahan, silakan hubungi kami melalui email recruitment.site@cendrawasihmandiri.co.id.

Salam,
Maria Kogoya
HR Site Recruitment
PT Tambang Cendrawasih Mandiri`

export const SCHOOL = `Assalamu'alaikum Wr. Wb.

Yth. Ibu Siti Rahmawati, S.Pd.

Berdasarkan hasil seleksi administrasi penerimaan guru Tahun Ajaran 2027/2028, Yayasan Pendidikan Islam Al-Hikmah Balikpapan mengundang Ibu untuk mengikuti tahap Microteaching dan Wawancara sebagai calon Guru Matematika SMP.

Hari, tanggal : Sabtu, 12 Desember 2026
Waktu         : 08.00 WITA s/d selesai
Tempat        : Aula Lt. 2 SMP Islam Al-Hikmah, Jl. MT Haryono No. 45, Balikpapan Selatan

Ibu diminta menyiapkan RPP satu pertemuan (materi bebas kelas VIII) dan membawa 3 rangkap. Durasi microteaching 15 menit per peserta.

Konfirmasi kehadiran kepada panitia: Ust. Fauzan (0853-4620-1188).

Wassalamu'alaikum Wr. Wb.
Panitia Penerimaan Guru & Karyawan
Yayasan Pendidikan Islam Al-Hikmah`

export const JAVANESE_CHAT = `Sugeng enjang Mas Bagus 🙏
Nyuwun sewu ganggu wekdalipun. Kulo Bu Endang saking HRD CV Batik Sekar Jagad Solo.
Menindaklanjuti lamaran Mas Bagus sebagai Admin Marketplace, kami undang interview Senin (7/12) jam 10.00 nggih, di showroom kami Jl. Slamet Riyadi No. 210, Laweyan, Solo.
Nanti langsung ketemu Pak Wahyu (owner) ya Mas. Bawa laptop kalau ada, soalnya ada tes praktek upload produk.
Menawi wonten kendala, saget WA kulo wonten nomer niki nggih.
Matur nuwun 🙏`

export const SUNDANESE_CHAT = `Wilujeng siang Teh Nisa 😊
Punten ngaganggu, abdi Kang Dede, Store Manager Sepatu Langkah Ceria cabang Paris Van Java.
Teteh lolos seleksi CV kanggo posisi Sales Associate (SPG). Interview-na langsung di toko nya Teh:
Hari: Jumat 4 Desember
Jam: 14.00 (ba'da Jumatan)
Tempat: Mall Paris Van Java, Lt. GF Unit RL-07 (deket eskalator ka Sky Level), Jl. Sukajadi No. 131-139, Bandung
Pakaian rapi, bawa CV sareng fotokopi KTP.
Upami aya kendala, WA ka abdi di 0822-1455-7090. Hatur nuhun Teh 🙏`
