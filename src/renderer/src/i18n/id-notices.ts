import type { Strings } from '../../../shared/i18n/strings'
import type { noticesEn } from './en-notices'

/** UI strings of the alerts page, notices and reminder cards (Indonesian). */
export const noticesId: Strings<typeof noticesEn> = {
  alerts: {
    title: 'Peringatan',
    none: 'Tidak ada yang perlu diperhatikan. Jadwal Anda bebas bentrok.',
    advice: 'Saran',
    open: 'Buka {{company}}',
    kind: {
      overlap: 'Bentrok',
      travel: 'Jeda terlalu singkat',
      'same-day': 'Hari yang sama',
      notice: 'Masa pemberitahuan',
      unconfirmed: 'Belum dikonfirmasi',
      'followup-due': 'Tenggat tindak lanjut',
    },
    severity: { danger: 'Mendesak', warning: 'Perhatian', info: 'Info' },
  },
  notices: {
    title: 'Pemberitahuan',
    dismiss: 'Tutup pemberitahuan',
    more_one: '{{count}} pemberitahuan lain',
    more_other: '{{count}} pemberitahuan lain',
    collapse: 'Tampilkan lebih sedikit',
  },
  reminders: {
    open: 'Buka',
  },
}
