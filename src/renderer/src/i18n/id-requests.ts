import type { Strings } from '../../../shared/i18n/strings'
import type { requestsEn } from './en-requests'

/** Teks antarmuka untuk permohonan jadwal ulang, riwayat wawancara, perubahan status, dan tugas. */
export const requestsId: Strings<typeof requestsEn> = {
  reschedule: {
    hold: 'Diusulkan: {{company}}',
    holdName: '{{time}}, waktu yang diusulkan kepada {{company}}; belum pasti sampai mereka menjawab',
    pendingTitle: 'Menunggu jawaban mereka',
    pendingNote: 'Permohonan jadwal ulang terkirim — menunggu tanggapan perusahaan',
    pending:
      'Permohonan jadwal ulang dikirim pada {{when}}. Wawancara tetap pada waktu yang disepakati sampai mereka menjawab.',
    chose: 'Mereka memilih ini',
    choseLabel: 'Mereka memilih {{time}}',
    another: 'Waktu lain…',
    refused: 'Mereka menolak',
    withdraw: 'Tarik kembali',
    anotherTitle: 'Waktu yang dipilih {{company}}',
    invalidTime: 'Isi tanggalnya, lalu pastikan jam selesai setelah jam mulai.',
    moveThere: 'Pindahkan ke waktu itu',
    accepted:
      'Wawancara dengan {{company}} dipindahkan ke waktu pilihan mereka. Konfirmasikan rinciannya secara tertulis.',
    refusedDone: '{{company}} mempertahankan waktu semula. Balas untuk berterima kasih.',
    withdrawn: 'Permohonan jadwal ulang kepada {{company}} ditarik kembali.',
    preview: {
      on: 'Jatuh pada waktu yang diusulkan kepada {{company}} ({{time}}); belum pasti sampai mereka menjawab.',
      near: 'Jeda dengan waktu yang diusulkan kepada {{company}} hanya {{gap}} menit, padahal dibutuhkan {{needed}} menit. Jeda ini belum pasti sampai mereka menjawab.',
    },
    move: {
      hint: 'Wawancara tetap pada waktu semula sampai {{company}} menjawab; sementara itu, waktu yang Anda usulkan ditandai di kalender.',
      propose: 'Usulkan waktu ini kepada {{company}}',
      agreed: 'Mereka sudah setuju',
    },
  },
  statusChange: {
    changed: '{{company}}: status kini {{status}}.',
    undo: 'Urungkan',
    undone: '{{company}}: status kembali menjadi {{status}}.',
    notYet: '{{status}} (setelah dimulai)',
    noShowTitle: 'Tandai tidak hadir?',
    noShowText:
      'Catat bahwa Anda tidak menghadiri wawancara dengan {{company}} pada {{when}}? Setelah itu Anda dapat menulis permohonan maaf.',
    noShowConfirm: 'Tandai tidak hadir',
  },
  history: {
    created: 'Ditambahkan, dijadwalkan {{when}}',
    imported: 'Diimpor dari {{source}}, dijadwalkan {{when}}',
    source: { file: 'berkas data', calendar: 'berkas kalender' },
    changed: '{{field}}: {{from}} → {{to}}',
    empty: '(kosong)',
    fields: {
      company: 'Perusahaan',
      position: 'Posisi',
      contact: 'Kontak',
      mode: 'Metode',
      location: 'Alamat',
      meetingUrl: 'Tautan wawancara',
      accessCode: 'Kode akses',
      timeZone: 'Zona waktu',
      referenceNumber: 'Nomor referensi',
      priority: 'Prioritas',
      notes: 'Catatan',
    },
    rescheduled: 'Dipindahkan dari {{from}} ke {{to}}',
    rescheduledAgreed: 'Dipindahkan sesuai kesepakatan, dari {{from}} ke {{to}}',
    status: 'Status: {{from}} → {{to}}',
    statusUndo: 'Diurungkan: status kembali menjadi {{to}}',
    requested: 'Permohonan jadwal ulang dikirim, dengan usulan {{times}}',
    acceptedOurs: 'Mereka memilih {{to}}',
    acceptedTheirs: 'Mereka menawarkan waktu lain dan Anda menerimanya: {{to}}',
    refused: 'Mereka menolak jadwal ulang; waktu semula tetap berlaku',
    withdrawn: 'Permohonan jadwal ulang ditarik kembali',
    sent: '{{kind}}',
  },
  tasks: {
    open: {
      'confirm-in-writing': 'Tulis konfirmasinya',
      'send-thanks': 'Tulis ucapan terima kasih',
      'chase-reply': 'Tulis pertanyaannya',
      'video-answer': 'Buka',
      custom: 'Buka',
    },
    answer: {
      video: 'Mereka setuju lewat video',
      cancelled: 'Wawancara dibatalkan',
    },
  },
}
