import type { Strings } from '../../../shared/i18n/strings'
import type { settingsEn } from './en-settings'

/** UI strings of settings, backups, recovery and travel times (Indonesian). */
export const settingsId: Strings<typeof settingsEn> = {
  settings: {
    title: 'Pengaturan',
    profile: 'Tentang Anda',
    profileHint: 'Dipakai untuk menandatangani pesan yang disusun aplikasi untuk Anda.',
    userName: 'Nama lengkap',
    userEmail: 'Email',
    userPhone: 'Telepon',
    signature: 'Tanda tangan',
    display: 'Bahasa, tampilan dan waktu',
    language: 'Bahasa',
    theme: 'Tampilan',
    themes: { system: 'Ikuti sistem', light: 'Terang', dark: 'Gelap' },
    timeZone: 'Zona waktu Anda',
    scheduling: 'Penjadwalan',
    noticeShort: 'Dianggap mendadak bila kurang dari (jam)',
    noticeLate: 'Dianggap sangat mendadak bila kurang dari (jam)',
    travelBuffer: 'Waktu perjalanan antartempat (menit)',
    prepBuffer: 'Jeda persiapan untuk panggilan (menit)',
    workingDays: 'Hari kerja',
    workStart: 'Jam kerja mulai',
    workEnd: 'sampai',
    holidayCountry: 'Hari libur nasional negara',
    holidayHint:
      'Jam kerja adalah jam kantor perusahaan, menurut zona waktu wawancara; usulan waktu baru juga menghindari hari libur nasional negara ini.',
    reminders: 'Ingatkan saya sebelum wawancara (jam, pisahkan dengan koma)',
    sameDayWarning: 'Beri peringatan bila dalam sehari ada wawancara sebanyak ini atau lebih',
    save: 'Simpan pengaturan',
    saved: 'Pengaturan disimpan.',
  },
  backups: {
    title: 'Cadangan',
    hint: 'Salinan dibuat otomatis setiap hari dan sebelum setiap pembaruan; 7 terakhir disimpan.',
    folder: 'Folder: {{dir}}',
    create: 'Cadangkan sekarang',
    created: 'Cadangan dibuat.',
    none: 'Belum ada cadangan.',
    restore: 'Pulihkan',
    restoreTitle: 'Pulihkan cadangan ini?',
    restoreText:
      'Data Anda akan kembali seperti pada {{when}}. Data saat ini dicadangkan lebih dulu, jadi langkah ini dapat dibatalkan.',
    restored: 'Cadangan dipulihkan.',
    size: '{{size}} KB',
    reason: {
      manual: 'dibuat oleh Anda',
      daily: 'harian',
      'pre-migration': 'sebelum pembaruan',
      'pre-restore': 'sebelum pemulihan',
      'pre-import': 'sebelum semua data diganti',
    },
    restoreFailed: 'Tidak ada yang dipulihkan. {{reason}}',
  },
  recovery: {
    title: 'Basis data Anda tidak dapat dibuka',
    tooNewTitle: 'Basis data ini memerlukan versi aplikasi yang lebih baru',
    intro: 'Tidak ada yang diubah atau dihapus. Berkasnya ada di:',
    choose:
      'Anda dapat memulihkan cadangan terbaru yang masih baik, atau memulai dengan basis data kosong. Apa pun pilihannya, berkas saat ini disimpan terpisah, tidak dihapus.',
    tooNew:
      'Perbarui Interview Desk untuk membukanya. Bila Anda memilih mulai baru, berkas itu disimpan terpisah tanpa diubah.',
    restoreNewest: 'Pulihkan cadangan {{when}}',
    fresh: 'Mulai dengan basis data kosong',
    freshTitle: 'Mulai dengan basis data kosong?',
    freshText: 'Berkas saat ini disimpan terpisah dengan nama baru; tidak ada yang dihapus.',
    noBackups: 'Tidak ada cadangan untuk dipulihkan.',
    keptAside: 'Berkas yang rusak disimpan sebagai {{file}}.',
    replacedTitle: 'Berkas data telah dihapus atau diganti',
    replaced:
      'Program lain menghapus atau mengganti berkas ini selagi aplikasi terbuka, sehingga perubahan sejak saat itu tidak dapat disimpan ke dalamnya. Buka kembali berkas dalam keadaannya sekarang, atau pulihkan cadangan.',
    reopen: 'Buka kembali berkas data',
    readOnly:
      'Data Anda dapat dibaca tetapi tidak dapat disimpan karena berkas atau foldernya hanya-baca. Ubah agar dapat ditulisi, lalu jalankan ulang Interview Desk.',
  },
  travel: {
    title: 'Waktu perjalanan',
    hint: 'Lama perjalanan Anda dari satu tempat ke tempat lain. Suatu tempat dianggap cocok jika namanya tercantum dalam alamat wawancara.',
    from: 'Dari',
    to: 'Ke',
    minutes: 'Menit',
    add: 'Tambah',
    remove: 'Hapus',
    none: 'Belum ada waktu perjalanan yang dicatat; perjalanan antara dua tempat berbeda dianggap {{minutes}} menit.',
    row: '{{from}} ↔ {{to}}: {{minutes}} menit',
  },
}
