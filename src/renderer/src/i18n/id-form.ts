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
    savedOn: 'Wawancara pada {{when}} telah disimpan.',
    show: 'Lihat',
    fixErrors: 'Mohon perbaiki kolom yang ditandai.',
    sections: { interview: 'Wawancara', when: 'Waktu', where: 'Tempat', contact: 'Kontak', more: 'Lainnya' },
    none: '—',
    replyBy: 'Ingatkan saya untuk membalas undangan sebelum batas waktunya ({{when}})',
    fields: {
      company: 'Perusahaan',
      position: 'Posisi',
      status: 'Status',
      priority: 'Prioritas (1–5)',
      date: 'Tanggal',
      startTime: 'Mulai',
      endTime: 'Selesai',
      startsAt: 'Jam mulai',
      endsAt: 'Jam selesai',
      timeZone: 'Zona waktu',
      mode: 'Metode wawancara',
      location: 'Alamat',
      meetingUrl: 'Tautan wawancara',
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
        'Sapaan untuk kontak ini dalam pesan. Jika Anda mengetik “Bu Maya” atau “Pak Hendra” di kolom Nama, sapaan terisi otomatis.',
    },
  },
  status: {
    invited: 'Diundang',
    confirmed: 'Dikonfirmasi',
    cancelled: 'Dibatalkan',
    declined: 'Undangan ditolak',
    completed: 'Selesai',
    'no-show': 'Tidak hadir',
  },
  mode: { onsite: 'Tatap muka', video: 'Panggilan video', phone: 'Panggilan telepon' },
  title: { none: 'Belum diketahui', mr: 'Bapak', ms: 'Ibu' },
  role: {
    recruiter: 'Perekrut',
    'hiring-manager': 'Calon atasan',
    hr: 'HRD',
    interviewer: 'Pewawancara',
    other: 'Lainnya',
  },
  preview: {
    title: 'Pemeriksaan jadwal',
    clear: 'Tidak bentrok dengan wawancara Anda yang lain.',
    overlap: 'Bentrok dengan {{company}} ({{time}}).',
    travel:
      'Jeda antara {{first}} dan {{second}} hanya {{gap}} menit, padahal perjalanan dari {{from}} ke {{to}} butuh sekitar {{needed}} menit.',
    thisInterview: 'wawancara ini',
    outsideHours: 'Di luar jam kerja ({{start}}–{{end}} pada hari kerja).',
    prep: 'Jeda antara wawancara ini dan wawancara dengan {{company}} hanya {{gap}} menit; sediakan setidaknya {{needed}} menit untuk bersiap.',
    prepNone:
      'Tidak ada jeda antara wawancara ini dan wawancara dengan {{company}}; sediakan setidaknya {{needed}} menit untuk bersiap.',
    sameDay: 'Ada {{count}} wawancara pada hari itu.',
    notice: {
      ample: 'Jika dipindahkan sekarang, perusahaan diberi tahu {{hours}} jam sebelumnya — masih cukup.',
      ampleDays_one:
        'Jika dipindahkan sekarang, perusahaan diberi tahu {{count}} hari sebelumnya — masih cukup.',
      ampleDays_other:
        'Jika dipindahkan sekarang, perusahaan diberi tahu {{count}} hari sebelumnya — masih cukup.',
      short:
        'Jika dipindahkan sekarang, perusahaan hanya diberi tahu {{hours}} jam sebelumnya: telepon mereka dulu, lalu konfirmasikan lewat email.',
      late: 'Jika dipindahkan sekarang, perusahaan diberi tahu kurang dari 24 jam sebelumnya ({{hours}} jam): telepon mereka dan sampaikan permohonan maaf.',
      past: 'Waktu semula sudah lewat.',
    },
  },
  fields: {
    datePlaceholder: 'hh/bb/tttt',
    timePlaceholder: 'jj.mm',
    pickDate: 'Pilih tanggal',
  },
}
