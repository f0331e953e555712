import type { Strings } from '../../../shared/i18n/strings'
import type { errorsEn } from './en-errors'

/** UI strings of dialogs and error messages (Indonesian). */
export const errorsId: Strings<typeof errorsEn> = {
  dialog: {
    confirm: 'Lanjutkan',
    cancel: 'Batal',
    close: 'Tutup',
    discardTitle: 'Buang perubahan?',
    discardText: 'Isian di jendela ini belum disimpan dan akan hilang.',
    keepEditing: 'Lanjut mengisi',
    discard: 'Buang',
  },
  errors: {
    andMore_one: '{{text}} (dan {{count}} masalah lain)',
    andMore_other: '{{text}} (dan {{count}} masalah lain)',
    fields: { text: 'Teks', file: 'Berkas', unknown: 'Salah satu isian' },
    code: {
      VALIDATION: 'Sebagian isian tidak valid.',
      NOT_FOUND: 'Data itu sudah tidak ada. Mungkin sudah dihapus di jendela lain.',
      CONFLICT: 'Tindakan ini tidak dapat dilakukan saat ini.',
      UNKNOWN_CHANNEL: 'Versi aplikasi ini tidak mengenali tindakan tersebut. Muat ulang halaman.',
      UNAUTHORIZED:
        'Halaman ini kehilangan akses ke aplikasi. Buka alamat yang ditampilkan aplikasi saat dijalankan.',
      FORBIDDEN: 'Aplikasi menolak permintaan dari situs lain.',
      BAD_REQUEST: 'Aplikasi tidak dapat membaca permintaan itu.',
      DB_CORRUPT: 'Berkas basis data rusak.',
      DB_TOO_NEW: 'Basis data ini dibuat oleh versi aplikasi yang lebih baru.',
      DB_UNAVAILABLE:
        'Data tidak dapat diakses saat ini. Tunggu sebentar, lalu coba lagi. Jika masih gagal, pastikan Interview Desk masih berjalan, lalu muat ulang halaman.',
      DISK_FULL:
        'Ruang disk sudah penuh sehingga tidak ada yang tersimpan. Kosongkan sebagian ruang, lalu coba lagi.',
      READ_ONLY:
        'Berkas data atau foldernya bersifat baca-saja sehingga tidak ada yang tersimpan. Ubah izinnya agar dapat ditulisi, atau simpan data Anda di folder lain.',
      BUSY: 'Berkas data sedang digunakan. Tidak ada yang diubah; coba lagi dalam beberapa saat.',
      DB_REPLACED:
        'Berkas data telah dihapus atau diganti oleh program lain sehingga perubahan ini tidak disimpan. Jalankan ulang Interview Desk.',
      DB_LOCKED:
        'Data ini sedang terbuka di jendela Interview Desk lain. Gunakan jendela tersebut, atau tutup jendela itu terlebih dahulu.',
      TOO_LARGE: 'Berkas ini terlalu besar (batas 8 MB).',
      INTERNAL: 'Terjadi kesalahan di dalam aplikasi. Tidak ada yang diubah.',
    },
  },
}
