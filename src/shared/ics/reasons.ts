import type { Language } from '../model/settings'

/**
 * Why an event was not imported (or needs a question first), as a code with parameters: the renderer turns
 * it into a sentence in the UI language, so no exception text ever reaches the user.
 */
export type IcsReasonCode =
  | 'no-start'
  | 'unknown-zone'
  | 'impossible-date'
  | 'too-long'
  | 'bad-end'
  | 'unreadable'
  | 'too-many-repeats'
  | 'series-ended'
  | 'series-later'
  | 'many-occurrences'
  | 'invalid'
  | 'unchanged'
  | 'repeated'
  | 'encoding-guessed'

export interface IcsReason {
  code: IcsReasonCode
  params?: Record<string, string | number>
}

type Params = Record<string, string | number>
type Sentences = Record<IcsReasonCode, (params: Params) => string>

const en: Sentences = {
  'no-start': () => 'It has no start time.',
  'unknown-zone': (p) => `Its time zone "${p.zone}" is unknown, so its time cannot be read safely.`,
  'impossible-date': (p) => `Its date ${p.date} does not exist.`,
  'too-long': () => 'It lasts more than a day, which is not an interview.',
  'bad-end': () => 'It ends before it starts.',
  unreadable: (p) =>
    p.property ? `Its ${p.property} cannot be read.` : 'Part of it cannot be read, so it was left out.',
  'too-many-repeats': () =>
    'It repeats so often that reading it was stopped. Ask the sender for a single invitation.',
  'series-ended': (p) => `It is a repeating event whose last date (${p.date}) is long past.`,
  'series-later': (p) => `It is a repeating event that starts only on ${p.date}, more than a year ahead.`,
  'many-occurrences': (p) =>
    `It repeats ${p.count} times in the coming year. Confirm to add all of them to your calendar.`,
  invalid: (p) => `Some of its details are not valid: ${p.fields}.`,
  unchanged: () => 'It is already in your calendar, unchanged.',
  repeated: () => 'The file lists it more than once; the first one was used.',
  'encoding-guessed': (p) =>
    `The file does not say how its text is encoded; it was read as ${p.encoding}. Check names with accents.`,
}

const id: Sentences = {
  'no-start': () => 'Acara ini tidak memiliki waktu mulai.',
  'unknown-zone': (p) =>
    `Zona waktunya "${p.zone}" tidak dikenal, sehingga jamnya tidak dapat dibaca dengan aman.`,
  'impossible-date': (p) => `Tanggalnya, ${p.date}, tidak ada di kalender.`,
  'too-long': () => 'Acara ini berlangsung lebih dari sehari, jadi bukan sebuah wawancara.',
  'bad-end': () => 'Waktu selesainya lebih awal daripada waktu mulainya.',
  unreadable: (p) =>
    p.property
      ? `Bagian ${p.property} pada acara ini tidak dapat dibaca.`
      : 'Sebagian isinya tidak dapat dibaca, sehingga acara ini dilewati.',
  'too-many-repeats': () =>
    'Acara ini berulang terlalu sering sehingga pembacaannya dihentikan. Mintalah undangan tunggal kepada pengirimnya.',
  'series-ended': (p) => `Acara berulang ini sudah lama berakhir (tanggal terakhirnya ${p.date}).`,
  'series-later': (p) => `Acara berulang ini baru dimulai pada ${p.date}, lebih dari setahun lagi.`,
  'many-occurrences': (p) =>
    `Acara ini berulang ${p.count} kali dalam setahun ke depan. Konfirmasikan bila semuanya ingin ditambahkan ke kalender.`,
  invalid: (p) => `Sebagian rinciannya tidak valid: ${p.fields}.`,
  unchanged: () => 'Acara ini sudah ada di kalender Anda tanpa perubahan.',
  repeated: () => 'Berkas mencantumkan acara ini lebih dari sekali; yang pertama yang dipakai.',
  'encoding-guessed': (p) =>
    `Berkas tidak menyebutkan penyandian teksnya; berkas dibaca sebagai ${p.encoding}. Periksa nama yang memakai huruf beraksen.`,
}

const SENTENCES: Record<Language, Sentences> = { en, id }

/** The reason as a sentence for a person, in the given language. */
export function icsReasonText(language: Language, reason: IcsReason): string {
  return SENTENCES[language][reason.code](reason.params ?? {})
}
