import type { Interview } from '../model/interview'
import type { Language } from '../model/settings'
import type { Notice } from '../schedule/notice'
import type { Alternative, DraftChannel, DraftCheck, DraftKind } from './types'
import { writtenParts } from './when'

export interface CheckInput {
  /** What will be sent: the subject (email) and the body, as the user last edited them. */
  subject?: string | undefined
  body: string
  kind: DraftKind
  channel: DraftChannel
  language: Language
  interview: Interview
  alternatives: readonly Alternative[]
  reasonDetail?: string | undefined
  notice: Notice
}

/** Words that blame the company or sound negative; a draft should never carry them (DOMAIN.md). */
const BLAME: Record<Language, string[]> = {
  en: [
    'your fault',
    'you should have',
    'why did you',
    'unprofessional',
    'disorganised',
    'disorganized',
    'waste of my time',
    'wasted my time',
    'your mistake',
    'you forgot',
    'ridiculous',
  ],
  id: [
    'salah anda',
    'kesalahan anda',
    'kenapa anda',
    'mengapa anda',
    'seharusnya anda',
    'tidak profesional',
    'membuang waktu saya',
    'buang-buang waktu',
    'mengecewakan',
    'anda lupa',
  ],
}

const WHATSAPP_LIMIT = 1000
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember'

const TEXTS: Record<Language, Record<DraftCheck['code'], string>> = {
  en: {
    placeholder: 'Part of the text is still a placeholder; fill it in before sending.',
    'no-contact-name':
      'No contact name is recorded, so the message uses a general greeting. Add the name if you know it.',
    'reference-missing': 'The invitation has a reference number, but the message does not mention it.',
    'no-alternatives': 'A reschedule request should propose a few concrete new times.',
    blame: 'Some words may sound like blame or complaint; keep the tone neutral and polite.',
    'reason-too-long': 'The reason is long; one or two short sentences are enough.',
    'no-thanks': 'The message does not thank them; add a word of thanks.',
    'call-first': 'Notice is short: call them first, then send this in writing as confirmation.',
    'whatsapp-too-long': 'This is long for WhatsApp; shorten it or send an email instead.',
    'date-mismatch': 'A date or time in the text is not the interview’s; check it before sending.',
    past: 'The interview has already started or passed: send an apology instead.',
  },
  id: {
    placeholder: 'Sebagian teks masih berupa isian kosong; lengkapi sebelum dikirim.',
    'no-contact-name':
      'Nama kontak belum dicatat, sehingga pesan memakai sapaan umum. Tambahkan namanya bila Anda tahu.',
    'reference-missing': 'Undangan ini memiliki nomor referensi, tetapi pesan belum mencantumkannya.',
    'no-alternatives': 'Permohonan jadwal ulang sebaiknya menawarkan beberapa pilihan waktu yang jelas.',
    blame: 'Ada kata yang dapat terdengar menyalahkan atau mengeluh; jaga nada tetap netral dan sopan.',
    'reason-too-long': 'Alasannya panjang; satu atau dua kalimat singkat sudah cukup.',
    'no-thanks': 'Pesan belum berisi ucapan terima kasih; tambahkan.',
    'call-first':
      'Waktunya sudah dekat: telepon lebih dulu, lalu kirim pesan ini sebagai konfirmasi tertulis.',
    'whatsapp-too-long': 'Pesan ini terlalu panjang untuk WhatsApp; persingkat atau kirim lewat email.',
    'date-mismatch':
      'Ada tanggal atau jam dalam teks yang bukan milik wawancara ini; periksa sebelum dikirim.',
    past: 'Wawancara sudah dimulai atau lewat: kirim permohonan maaf saja.',
  },
}

/** Proofreading for a draft as it stands; runs again on every edit. */
export function checkDraft(input: CheckInput): DraftCheck[] {
  const { body, kind, channel, language, interview, notice } = input
  const text = `${input.subject ?? ''}\n${body}`
  const lower = text.toLowerCase()
  const found: [DraftCheck['code'], DraftCheck['severity']][] = []

  if (/\[[^\]]*\]|\{\{|\}\}|<[^<>]+>|\bTODO\b|\bXXX\b/.test(text)) found.push(['placeholder', 'danger'])
  if (!interview.contact.name) found.push(['no-contact-name', 'warning'])
  if (interview.referenceNumber && !text.includes(interview.referenceNumber))
    found.push(['reference-missing', 'warning'])
  if (kind === 'reschedule' && input.alternatives.length === 0) found.push(['no-alternatives', 'danger'])
  if (BLAME[language].some((phrase) => lower.includes(phrase))) found.push(['blame', 'warning'])
  const detail = input.reasonDetail?.trim() ?? ''
  if (detail.length > 240 || (detail.match(/[.!?](\s|$)/g)?.length ?? 0) > 2)
    found.push(['reason-too-long', 'warning'])
  if (!(language === 'id' ? /terima kasih/i : /\bthank/i).test(text)) found.push(['no-thanks', 'warning'])
  if (notice.level === 'past' && kind !== 'apology' && kind !== 'thanks') found.push(['past', 'danger'])
  else if (
    (notice.level === 'short' || notice.level === 'late') &&
    channel !== 'phone' &&
    kind !== 'thanks' &&
    kind !== 'confirm'
  ) {
    found.push(['call-first', notice.level === 'late' ? 'warning' : 'info'])
  }
  if (channel === 'whatsapp' && body.length > WHATSAPP_LIMIT) found.push(['whatsapp-too-long', 'warning'])
  if (mentionsOtherDateOrTime(text, input)) found.push(['date-mismatch', 'danger'])

  return found.map(([code, severity]) => ({ code, severity, message: TEXTS[language][code] }))
}

/** True when the text names a date or clock time that is neither the interview's nor a proposed one. */
function mentionsOtherDateOrTime(text: string, input: CheckInput): boolean {
  const zone = input.interview.timeZone
  const known = [input.interview.startsAt, ...input.alternatives.map((slot) => slot.startsAt)].map((at) =>
    writtenParts(at, zone, input.language),
  )
  const dates = new Set(known.map((part) => part.date.toLowerCase()))
  const times = new Set(known.map((part) => part.time))
  const datePattern = new RegExp(`\\b(\\d{1,2} (?:${MONTHS}) \\d{4})\\b`, 'gi')
  for (const [, date] of text.matchAll(datePattern)) if (!dates.has(date!.toLowerCase())) return true
  const timePattern =
    input.language === 'id'
      ? /\b(?:pukul|jam) ([01]?\d|2[0-3])[.:]([0-5]\d)\b/gi
      : /\bat ([01]?\d|2[0-3]):([0-5]\d)\b/gi
  for (const [, hours, minutes] of text.matchAll(timePattern)) {
    const time = `${hours!.padStart(2, '0')}${input.language === 'id' ? '.' : ':'}${minutes}`
    if (!times.has(time)) return true
  }
  return false
}
