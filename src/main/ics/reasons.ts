import type { Language } from '../../shared/model/settings'
import type { SkipCode } from './parse'

/** Why an event was not imported, in the user's language. */
export const SKIP_REASONS: Record<
  Language,
  Record<SkipCode | 'invalid' | 'unchanged' | 'repeated', (detail?: string) => string>
> = {
  en: {
    'no-start': () => 'it has no start time',
    'unknown-zone': (zone) => `its time zone "${zone}" is unknown, so its time cannot be read safely`,
    'impossible-date': (date) => `its date ${date} does not exist`,
    'too-long': () => 'it lasts more than a day',
    'bad-end': () => 'it ends before it starts',
    unreadable: (detail) => `part of it cannot be read (${detail})`,
    invalid: (detail) => `its details are not valid (${detail})`,
    unchanged: () => 'it is already in your calendar, unchanged',
    repeated: () => 'the file lists it more than once; the first one was used',
  },
  id: {
    'no-start': () => 'tidak memiliki waktu mulai',
    'unknown-zone': (zone) =>
      `zona waktunya "${zone}" tidak dikenal, sehingga jamnya tidak dapat dibaca dengan aman`,
    'impossible-date': (date) => `tanggal ${date} tidak ada`,
    'too-long': () => 'berlangsung lebih dari sehari',
    'bad-end': () => 'berakhir sebelum dimulai',
    unreadable: (detail) => `sebagian isinya tidak dapat dibaca (${detail})`,
    invalid: (detail) => `rinciannya tidak valid (${detail})`,
    unchanged: () => 'sudah ada di kalender Anda tanpa perubahan',
    repeated: () => 'berkas mencantumkannya lebih dari sekali; yang pertama dipakai',
  },
}
