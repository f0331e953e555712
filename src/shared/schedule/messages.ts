import { tz } from '@date-fns/tz'
import { format, type Locale } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import type { Interview } from '../model/interview'
import type { Language } from '../model/settings'
import { zoneAbbreviation } from '../time'
import type { AdviceReason } from './advice'

/** Formats instants for alert texts, in the user's zone and language. */
export class Phrasing {
  readonly locale: Locale

  constructor(
    readonly language: Language,
    readonly zone: string,
  ) {
    this.locale = language === 'id' ? idLocale : enGB
  }

  day(at: number): string {
    return format(at, 'EEEE, d MMMM', { in: tz(this.zone), locale: this.locale })
  }

  time(at: number): string {
    return format(at, 'HH:mm', { in: tz(this.zone), locale: this.locale })
  }

  /** "Senin, 7 Desember pukul 10.00 WIB" / "Monday, 7 December at 10:00 WIB". */
  moment(at: number): string {
    const joiner = this.language === 'id' ? 'pukul' : 'at'
    return `${this.day(at)} ${joiner} ${this.clock(at)} ${zoneAbbreviation(this.zone, new Date(at))}`
  }

  /** "10.00–11.00" / "10:00–11:00". */
  span(interview: Interview): string {
    return `${this.clock(Date.parse(interview.startsAt))}–${this.clock(Date.parse(interview.endsAt))}`
  }

  /** The time of day as written in running text: "10.00" in Indonesian (EYD), "10:00" in English. */
  private clock(at: number): string {
    return this.language === 'id' ? this.time(at).replace(':', '.') : this.time(at)
  }
}

/** The short name of a place: the estimate's name, else the address up to its first comma. */
export const shortPlace = (location: string | undefined, fallback: string) =>
  location?.split(',')[0]?.trim() || fallback

type Texts = {
  overlap: (a: string, b: string, day: string, spanA: string, spanB: string) => string
  travel: (gap: number, needed: number, a: string, b: string, place: string, day: string) => string
  prep: (gap: number, needed: number, a: string, b: string, day: string) => string
  sameDay: (count: number, day: string, companies: string) => string
  sameDayTooMany: string
  noticeAhead: (company: string, deadline: string, hours: number) => string
  noticeShort: (company: string, hours: number) => string
  noticeLate: (company: string, hours: number) => string
  unconfirmed: (company: string, when: string) => string
  advice: Record<AdviceReason, (move: string, keep: string) => string>
  upcoming: (company: string, when: string, hours: number) => string
  theirPlace: string
  task: Record<'confirm-in-writing' | 'send-thanks' | 'chase-reply' | 'custom', (company: string) => string>
  due: (task: string, when: string) => string
  overdue: (task: string, when: string) => string
  sendThanks: (company: string, deadline: string) => string
  holdOverlap: (company: string, span: string, heldFor: string, held: string) => string
  holdGap: (gap: number, needed: number, company: string, heldFor: string, held: string) => string
}

export const alertTexts: Record<Language, Texts> = {
  en: {
    overlap: (a, b, day, spanA, spanB) => `${a} (${spanA}) and ${b} (${spanB}) overlap on ${day}.`,
    travel: (gap, needed, a, b, place, day) =>
      `Only ${gap} min between ${a} and ${b} on ${day}, but you need about ${needed} min to get to ${place}.`,
    prep: (gap, needed, a, b, day) =>
      `Only ${gap} min between ${a} and ${b} on ${day}; allow ${needed} min to get ready for a call.`,
    sameDay: (count, day, companies) => `${count} interviews on ${day}: ${companies}.`,
    sameDayTooMany: 'That is a lot for one day; consider moving one.',
    noticeAhead: (company, deadline, hours) =>
      `Tell ${company} before ${deadline} to give them ${hours} hours' notice.`,
    noticeShort: (company, hours) =>
      `Notice for ${company} is now short (${hours} h left): call first, then confirm by email.`,
    noticeLate: (company, hours) =>
      `Less than a day before ${company} (${hours} h left): call them now and apologise for the short notice.`,
    unconfirmed: (company, when) =>
      `${company} on ${when} is not confirmed yet: confirm that you will attend.`,
    advice: {
      'lower-priority': (move, keep) => `Move or drop ${move}: it matters less to you than ${keep}.`,
      'ample-notice': (move) => `Move or drop ${move}: there is still time to tell them with proper notice.`,
      later: (move) => `Move or drop ${move}: it is the later one, which leaves the most time to arrange it.`,
    },
    upcoming: (company, when, hours) => `Interview with ${company} in ${hours} h: ${when}.`,
    theirPlace: 'the next place',
    task: {
      'confirm-in-writing': (company) => `Confirm your call with ${company} by email`,
      'send-thanks': (company) => `Send ${company} a thank-you note`,
      'chase-reply': (company) => `Ask ${company} about your reschedule request`,
      custom: (company) => `Follow up with ${company}`,
    },
    due: (task, when) => `${task}: due ${when}.`,
    overdue: (task, when) => `${task}: overdue since ${when}.`,
    sendThanks: (company, deadline) => `Send ${company} a thank-you note for the interview, by ${deadline}.`,
    holdOverlap: (company, span, heldFor, held) =>
      `${company} (${span}) falls on a time you proposed to ${heldFor} (${held}); it stays tentative until ${heldFor} answers.`,
    holdGap: (gap, needed, company, heldFor, held) =>
      `Only ${gap} min between ${company} and the time you proposed to ${heldFor} (${held}); you need about ${needed} min. Tentative until ${heldFor} answers.`,
  },
  id: {
    overlap: (a, b, day, spanA, spanB) =>
      `Jadwal wawancara dengan ${a} (${spanA}) dan ${b} (${spanB}) bentrok pada ${day}.`,
    travel: (gap, needed, a, b, place, day) =>
      `Pada ${day}, jeda antara wawancara dengan ${a} dan ${b} hanya ${gap} menit, padahal perjalanan ke ${place} memerlukan sekitar ${needed} menit.`,
    prep: (gap, needed, a, b, day) =>
      `Pada ${day}, jeda antara wawancara dengan ${a} dan ${b} hanya ${gap} menit; sediakan waktu ${needed} menit untuk bersiap sebelum wawancara berikutnya.`,
    sameDay: (count, day, companies) => `Ada ${count} wawancara pada ${day}: ${companies}.`,
    sameDayTooMany: 'Jadwal hari itu terlalu padat; pertimbangkan untuk memindahkan salah satu wawancara.',
    noticeAhead: (company, deadline, hours) =>
      `Beri tahu ${company} sebelum ${deadline} agar mereka mendapat kabar setidaknya ${hours} jam sebelumnya.`,
    noticeShort: (company, hours) =>
      `Waktu untuk memberi tahu ${company} sudah sempit (wawancara tinggal ${hours} jam lagi): telepon mereka dulu, lalu konfirmasikan lewat email.`,
    noticeLate: (company, hours) =>
      `Wawancara dengan ${company} tinggal kurang dari sehari lagi (${hours} jam): telepon mereka sekarang dan mintalah maaf atas pemberitahuan yang mendadak.`,
    unconfirmed: (company, when) =>
      `Anda belum mengonfirmasi wawancara dengan ${company} pada ${when}: konfirmasikan bahwa Anda akan hadir.`,
    advice: {
      'lower-priority': (move, keep) =>
        `Pindahkan atau batalkan wawancara dengan ${move}: bagi Anda, wawancara ini kurang penting daripada ${keep}.`,
      'ample-notice': (move) =>
        `Pindahkan atau batalkan wawancara dengan ${move}: masih cukup waktu untuk mengabari mereka tanpa terkesan mendadak.`,
      later: (move) =>
        `Pindahkan atau batalkan wawancara dengan ${move}: wawancara ini dijadwalkan belakangan, sehingga masih ada lebih banyak waktu untuk mengaturnya.`,
    },
    upcoming: (company, when, hours) =>
      `Wawancara dengan ${company} dimulai ${hours} jam lagi, pada ${when}.`,
    theirPlace: 'lokasi wawancara berikutnya',
    task: {
      'confirm-in-writing': (company) =>
        `Konfirmasikan hasil pembicaraan telepon dengan ${company} lewat email`,
      'send-thanks': (company) => `Kirim ucapan terima kasih kepada ${company}`,
      'chase-reply': (company) => `Tanyakan kabar permohonan jadwal ulang Anda kepada ${company}`,
      custom: (company) => `Tindak lanjuti wawancara dengan ${company}`,
    },
    due: (task, when) => `${task}: paling lambat ${when}.`,
    overdue: (task, when) => `${task}: tenggat ${when} sudah terlewati.`,
    sendThanks: (company, deadline) =>
      `Kirim ucapan terima kasih atas wawancara kepada ${company} paling lambat ${deadline}.`,
    holdOverlap: (company, span, heldFor, held) =>
      `Wawancara dengan ${company} (${span}) jatuh pada waktu yang Anda usulkan kepada ${heldFor} (${held}); bentrokan ini belum pasti selama ${heldFor} belum menjawab.`,
    holdGap: (gap, needed, company, heldFor, held) =>
      `Jeda antara wawancara dengan ${company} dan waktu yang Anda usulkan kepada ${heldFor} (${held}) hanya ${gap} menit, padahal dibutuhkan jeda sekitar ${needed} menit. Hal ini belum pasti selama ${heldFor} belum menjawab.`,
  },
}
