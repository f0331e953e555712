import type { Strings } from '../../../shared/i18n/strings'
import type { formEn } from './en-form'

/** UI strings of the interview form, its fields and the live checks (Indonesian). */
export const formId: Strings<typeof formEn> = {
  form: {
    createTitle: 'Wawancara baru',
    editTitle: 'Ubah wawancara',
    save: 'Simpan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
    saved: 'Wawancara disimpan.',
    fixErrors: 'Mohon perbaiki kolom yang ditandai.',
    sections: { interview: 'Wawancara', when: 'Waktu', where: 'Tempat', contact: 'Kontak', more: 'Lainnya' },
    none: '—',
    fields: {
      company: 'Perusahaan',
      position: 'Posisi',
      status: 'Status',
      priority: 'Prioritas (1–5)',
      date: 'Tanggal',
      startTime: 'Mulai',
      endTime: 'Selesai',
      startsAt: 'Mulai',
      endsAt: 'Selesai',
      timeZone: 'Zona waktu',
      mode: 'Bentuk',
      location: 'Alamat',
      meetingUrl: 'Tautan rapat',
      accessCode: 'Kode akses',
      contactName: 'Nama',
      contactTitle: 'Sapaan',
      contactRole: 'Jabatan',
      contactEmail: 'Email',
      contactPhone: 'Telepon',
      referenceNumber: 'Nomor referensi',
      notes: 'Catatan',
      contact: 'Kontak',
    },
    hints: {
      location: 'Jalan, gedung, dan lantai, sesuai undangan.',
      referenceNumber: 'Nomor pada undangan, bila perusahaan mencantumkannya.',
      priority: '5 = pekerjaan yang paling Anda inginkan.',
      contactTitle:
        'Cara pesan menyapa kontak. Mengetik “Bu Maya” atau “Pak Hendra” akan mengisinya otomatis.',
    },
  },
  status: {
    invited: 'Diundang',
    confirmed: 'Dikonfirmasi',
    cancelled: 'Dibatalkan',
    declined: 'Ditolak',
    completed: 'Selesai',
    'no-show': 'Tidak hadir',
  },
  mode: { onsite: 'Tatap muka', video: 'Panggilan video', phone: 'Panggilan telepon' },
  title: { none: 'Belum diketahui', mr: 'Bapak (Mr)', ms: 'Ibu (Ms)' },
  role: {
    recruiter: 'Perekrut',
    'hiring-manager': 'Manajer perekrutan',
    hr: 'HRD',
    interviewer: 'Pewawancara',
    other: 'Lainnya',
  },
  preview: {
    title: 'Pemeriksaan untuk waktu ini',
    clear: 'Tidak bentrok dengan wawancara Anda yang lain.',
    overlap: 'Bentrok dengan {{company}} ({{time}}).',
    travel:
      'Jeda antara {{first}} dan {{second}} hanya {{gap}} menit, padahal perjalanan dari {{from}} ke {{to}} butuh sekitar {{needed}} menit.',
    thisInterview: 'wawancara ini',
    outsideHours: 'Di luar jam kerja Anda ({{start}}–{{end}} pada hari kerja).',
    prep: 'Jeda antara wawancara ini dan {{company}} hanya {{gap}} menit; sediakan {{needed}} menit untuk bersiap.',
    sameDay: '{{count}} wawancara pada hari itu.',
    notice: {
      ample: 'Memindahkannya sekarang memberi pemberitahuan {{hours}} jam: cukup.',
      short:
        'Memindahkannya sekarang hanya memberi pemberitahuan {{hours}} jam: telepon dulu, lalu konfirmasi lewat email.',
      late: 'Memindahkannya sekarang memberi pemberitahuan kurang dari 24 jam ({{hours}} jam): telepon dan mohon maaf.',
      past: 'Waktu semula sudah lewat.',
    },
  },
  fields: {
    datePlaceholder: 'hh/bb/tttt',
    timePlaceholder: 'jj:mm',
    pickDate: 'Pilih hari',
  },
}
