import type { InvitationStrings } from './en-invitations'

/** Teks antarmuka untuk membaca undangan: tempel, seret berkas, dan pratinjau impor .ics (Indonesia). */
export const invitationsId: InvitationStrings = {
  invitations: {
    pasteOpen: 'Tempel undangan',
    pasteLabel: 'Teks undangan (email, WhatsApp, SMS, atau pesan portal lowongan)',
    read: 'Isi formulir dari teks ini',
    reading: 'Sedang membaca…',
    clipboard: 'Tempel dari papan klip',
    clipboardDenied: 'Papan klip tidak dapat dibaca. Silakan tempel teksnya ke dalam kotak.',
    filled_one: '{{count}} kolom terisi dari undangan. Periksa kembali sebelum menyimpan.',
    filled_other: '{{count}} kolom terisi dari undangan. Periksa kembali sebelum menyimpan.',
    missing: 'Tidak ditemukan dalam undangan: {{fields}}. Mohon dilengkapi.',
    fromInvitation: 'Diambil dari undangan: “{{snippet}}”',
    markLabel: 'dari undangan',
    moveMatched: 'Pindahkan wawancara tersebut ke waktu yang baru',
    choices:
      'Undangan menawarkan {{count}} pilihan jadwal sehingga tanggal dan jam belum diisi. Pilih jadwal yang akan Anda konfirmasikan kepada perusahaan:',
    weekdayClash:
      'Undangan menyebut hari “{{written}}”, padahal {{date}} jatuh pada hari {{weekday}}. Tanyakan kepada perusahaan hari mana yang dimaksud sebelum menyimpan.',
    holiday:
      '{{date}} adalah hari libur resmi di {{country}} dan umumnya kantor tutup pada hari itu. Konfirmasikan kembali tanggalnya kepada perusahaan sebelum menyimpan.',
    answer: {
      pending: 'Pesan ini menjawab permohonan jadwal ulang yang Anda kirim untuk wawancara ini.',
      accepted: 'Catat sebagai jawaban mereka: mereka menyetujui {{when}}',
      chosen: 'Catat sebagai jawaban mereka: mereka memilih waktu lain, {{when}}',
    },
    match: {
      same: 'Undangan ini merujuk pada wawancara yang sudah ada di kalender Anda ({{company}}).',
      update:
        'Pesan ini mengubah jadwal wawancara yang sudah ada di kalender Anda ({{company}}). Buka wawancara tersebut dan ubah waktunya; jangan menambahkan wawancara baru.',
    },
    notice: {
      binary: 'Isinya bukan teks sehingga tidak ada yang dapat dibaca.',
      truncated: 'Teksnya sangat panjang; hanya bagian awalnya yang dibaca.',
      'no-text': 'Email ini tidak memuat teks yang dapat dibaca.',
      'unsupported-file': 'Hanya berkas .eml, .ics, dan .txt yang dapat dibaca.',
      'calendar-file': 'Berkas kalender ini tidak memuat undangan yang dapat dibaca.',
      reschedule: 'Pesan ini menyebutkan waktu baru untuk sebuah wawancara.',
    },
    fieldNames: {
      company: 'perusahaan',
      position: 'posisi',
      startsAt: 'tanggal dan jam',
      startTime: 'jam mulai',
      endTime: 'jam selesai',
    },
    dropHint: 'Lepaskan berkas undangan (.eml, .ics, atau .txt) di sini untuk menambahkannya',
    dropFailed: 'Berkas tidak dapat dibaca: {{message}}',
    preview: {
      contact: 'Kontak',
      link: 'Tautan',
      code: 'Kode akses',
      reference: 'Nomor referensi',
      place: 'Alamat',
      clash: 'Bentrok dengan',
      series:
        '“{{position}}” di {{company}} berulang {{count}} kali dalam setahun ke depan. Tambahkan semuanya?',
      acceptSeries: 'Ya, tambahkan semuanya',
      edit: 'Ubah',
      editLabel: 'Ubah data yang akan disimpan untuk {{position}} di {{company}}',
      editTitle: 'Data yang akan disimpan',
      editDone: 'Selesai',
    },
  },
}
