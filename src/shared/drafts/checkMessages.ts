import type { Language } from '../model/settings'
import type { SlotProblem } from '../schedule/proposeTimes'
import type { CheckCode, CheckParams } from './types'
import { zoneAbbreviation } from '../time'
import { writtenWhen } from './when'

type Writer = (params: CheckParams, language: Language) => string

const PROBLEMS: Record<Language, Record<SlotProblem, string>> = {
  en: {
    past: 'already past',
    'too-soon': 'less than 24 hours away',
    weekend: 'not a working day',
    holiday: 'a public holiday',
    'outside-office-hours': 'outside office hours',
    'outside-waking-hours': 'outside 07:00–22:00 where you are',
    clash: 'clashes with another interview',
  },
  id: {
    past: 'sudah lewat',
    'too-soon': 'kurang dari 24 jam lagi',
    weekend: 'bukan hari kerja',
    holiday: 'hari libur nasional',
    'outside-office-hours': 'di luar jam kantor',
    'outside-waking-hours': 'di luar pukul 07.00–22.00 waktu Anda',
    clash: 'bentrok dengan wawancara lain',
  },
}

const when = (params: CheckParams, language: Language) =>
  writtenWhen(String(params.at), String(params.zone), language)
/** The zone's abbreviation at the moment named ("WIB"), for a clock time said beside it. */
const abbreviationOf = (params: CheckParams) =>
  zoneAbbreviation(String(params.zone), new Date(String(params.at)))

/**
 * What each check says, in both languages. Kept beside the checks (not in the UI bundles) so the main
 * process can write `message` and the UI can write the same finding in its own language from code + params.
 */
const MESSAGES: Record<Language, Record<CheckCode, Writer>> = {
  en: {
    empty: () => 'The message is empty.',
    'no-subject': () =>
      'The email has no subject. Add one that states its purpose and the position you’re applying for.',
    placeholder: (p) => `“${p.found}” looks like a placeholder; fill it in before sending.`,
    'no-contact-name': () =>
      'No contact name is recorded, so the message greets the hiring team. Add the name if you know it.',
    'no-contact-title': () =>
      'The contact’s title is not recorded, so the message uses the name alone. Add Mr or Ms to the contact if you know it.',
    'reference-missing': (p) => `The invitation’s reference number (${p.reference}) is not in the message.`,
    'no-alternatives': () => 'A reschedule request should propose a few concrete new times.',
    'proposed-time': (p, l) =>
      `Proposed time ${when(p, l)}: ${String(p.problems)
        .split(',')
        .map((problem) => PROBLEMS.en[problem as SlotProblem])
        .join(', ')}.`,
    blame: (p) => `“${p.found}” may sound like blame; keep the tone neutral and polite.`,
    'reason-too-long': (p) => `The reason takes ${p.words} words; one or two short sentences are enough.`,
    'no-thanks': () => 'The message does not thank them; add a word of thanks.',
    'call-first': () =>
      'The interview is close: call them first (within office hours), then send this in writing as confirmation.',
    'outside-office-hours': (p, l) => `Their office is closed now; call from ${when(p, l)}.`,
    'too-long': (p) =>
      p.unit === 'chars'
        ? `At ${p.count} characters this is long for its channel (about ${p.limit} at most); shorten it.`
        : `At ${p.count} words this is long for its channel (about ${p.limit} at most); shorten it.`,
    'wrong-weekday': (p) => `“${p.found}”: the weekday does not match the date.`,
    'date-mismatch': (p) => `“${p.found}” is not the interview’s date or time, nor a proposed one.`,
    'zone-mismatch': (p) => `“${p.found}” is written in another time zone than the interview’s.`,
    past: () => 'The interview has already started or passed: send an apology instead.',
    'not-yet-held': () => 'The interview has not taken place yet.',
    'offer-reschedule': () =>
      'Still interested? If you already know when you could attend, ask to reschedule instead of cancelling, so you can propose those times now.',
    'no-address': (p) =>
      p.channel === 'email'
        ? 'This contact has no email address yet. Add it to the interview, or use WhatsApp or a phone call instead.'
        : 'This contact has no phone or WhatsApp number yet. Add it to the interview, or write by email instead.',
    'apology-reason': () =>
      'Give a short, honest reason, and send this apology as soon as you can, preferably the same day.',
    'promises-email': () =>
      'The script says you will confirm by email, but the contact has no email address. Add it to the interview, or say you will confirm by WhatsApp.',
    'chat-hours': (p, l) =>
      `It is ${p.time} ${abbreviationOf(p)} where they are. To avoid disturbing them, wait until ${when(p, l)} to send the WhatsApp message.`,
    'greeting-time': (p) =>
      `“${p.found}” doesn't suit the time where they are now; use “${p.expected}” instead.`,
    'thanks-in-writing': () =>
      'A thank-you is usually sent in writing; a written message is easier on the recipient than a call.',
    'detail-left-out': (p) =>
      `Your note on the reason (“${p.detail}”) is not in the message: health, family and personal matters stay private, and a short reason is enough. Add it yourself if you want them to know.`,
    'detail-language': (p) =>
      p.written === 'id'
        ? `The reason you added (“${p.detail}”) seems to be in Indonesian, but the message is in English. Rewrite it in English, or switch the message to Indonesian.`
        : `The reason you added (“${p.detail}”) seems to be in English, but the message is in Indonesian. Rewrite it in Indonesian, or switch the message to English.`,
  },
  id: {
    empty: () => 'Pesannya masih kosong.',
    'no-subject': () =>
      'Email ini belum memiliki subjek. Tambahkan subjek yang menyebutkan maksud email dan posisi yang dilamar.',
    placeholder: (p) => `“${p.found}” tampaknya masih isian kosong; lengkapi sebelum dikirim.`,
    'no-contact-name': () =>
      'Nama kontak belum dicatat, sehingga pesan ditujukan kepada tim rekrutmen. Tambahkan namanya bila Anda tahu.',
    'no-contact-title': () =>
      'Sapaan kontak (Bapak/Ibu) belum dicatat, sehingga pesan hanya memakai namanya. Lengkapi bila Anda tahu.',
    'reference-missing': (p) => `Nomor referensi undangan (${p.reference}) belum tercantum dalam pesan.`,
    'no-alternatives': () =>
      'Permohonan jadwal ulang sebaiknya menawarkan beberapa pilihan waktu yang jelas.',
    'proposed-time': (p, l) =>
      `Usulan waktu ${when(p, l)}: ${String(p.problems)
        .split(',')
        .map((problem) => PROBLEMS.id[problem as SlotProblem])
        .join(', ')}.`,
    blame: (p) => `“${p.found}” dapat terdengar menyalahkan; jaga nada tetap netral dan sopan.`,
    'reason-too-long': (p) => `Alasannya memakan ${p.words} kata; satu atau dua kalimat singkat sudah cukup.`,
    'no-thanks': () => 'Pesan belum berisi ucapan terima kasih; tambahkan.',
    'call-first': () =>
      'Wawancaranya sudah dekat: telepon lebih dulu (pada jam kantor), lalu kirim pesan ini sebagai konfirmasi tertulis.',
    'outside-office-hours': (p, l) => `Kantor perusahaan sedang tutup; telepon mulai ${when(p, l)}.`,
    'too-long': (p) =>
      p.unit === 'chars'
        ? `Pesan ini berisi ${p.count} karakter, terlalu panjang untuk saluran ini (idealnya tidak lebih dari ${p.limit} karakter). Sebaiknya dipersingkat.`
        : `Pesan ini berisi ${p.count} kata, terlalu panjang untuk saluran ini (idealnya tidak lebih dari ${p.limit} kata). Sebaiknya dipersingkat.`,
    'wrong-weekday': (p) => `“${p.found}”: nama hari tidak sesuai dengan tanggalnya.`,
    'date-mismatch': (p) => `“${p.found}” bukan tanggal atau jam wawancara, dan bukan usulan waktu.`,
    'zone-mismatch': (p) => `“${p.found}” ditulis dalam zona waktu yang berbeda dari zona wawancara.`,
    past: () => 'Wawancara sudah dimulai atau lewat: kirim permohonan maaf saja.',
    'not-yet-held': () => 'Wawancara ini belum berlangsung.',
    'offer-reschedule': () =>
      'Masih berminat? Jika Anda sudah tahu kapan bisa hadir, ajukan jadwal ulang saja daripada membatalkan, agar Anda bisa langsung mengusulkan waktu pengganti.',
    'no-address': (p) =>
      p.channel === 'email'
        ? 'Kontak ini belum memiliki alamat email. Tambahkan alamatnya di data wawancara, atau hubungi melalui WhatsApp atau telepon.'
        : 'Kontak ini belum memiliki nomor telepon/WhatsApp. Tambahkan nomornya di data wawancara, atau kirim pesan melalui email.',
    'apology-reason': () =>
      'Sebutkan alasan singkat dan jujur, lalu kirim permohonan maaf ini secepatnya, sebaiknya pada hari yang sama.',
    'promises-email': () =>
      'Naskah ini menyebutkan bahwa Anda akan mengonfirmasi lewat email, padahal kontak belum memiliki alamat email. Tambahkan alamatnya di data wawancara, atau sampaikan bahwa Anda akan mengonfirmasi lewat WhatsApp.',
    'chat-hours': (p, l) =>
      `Saat ini pukul ${String(p.time).replace(':', '.')} ${abbreviationOf(p)} waktu setempat penerima. Sebaiknya kirim pesan WhatsApp mulai ${when(p, l)} agar tidak mengganggu.`,
    'greeting-time': (p) =>
      `Salam “${p.found}” kurang tepat untuk waktu penerima saat ini. Gunakan “${p.expected}”.`,
    'thanks-in-writing': () =>
      'Ucapan terima kasih lazimnya disampaikan secara tertulis; pesan tertulis biasanya lebih nyaman bagi penerima daripada telepon.',
    'detail-left-out': (p) =>
      `Keterangan alasan Anda (“${p.detail}”) tidak dicantumkan dalam pesan: urusan kesehatan, keluarga, dan pribadi cukup disampaikan singkat tanpa rincian. Tambahkan sendiri bila Anda ingin mereka mengetahuinya.`,
    'detail-language': (p) =>
      p.written === 'id'
        ? `Keterangan alasan (“${p.detail}”) tampaknya ditulis dalam bahasa Indonesia, padahal pesannya berbahasa Inggris. Tulis ulang keterangan itu dalam bahasa Inggris atau ubah bahasa pesan ke bahasa Indonesia.`
        : `Keterangan alasan (“${p.detail}”) tampaknya ditulis dalam bahasa Inggris, padahal pesannya berbahasa Indonesia. Tulis ulang keterangan itu dalam bahasa Indonesia atau ubah bahasa pesan ke bahasa Inggris.`,
  },
}

/** A check's message in a language, from its code and params. */
export function checkMessage(code: CheckCode, params: CheckParams | undefined, language: Language): string {
  return MESSAGES[language][code](params ?? {}, language)
}
