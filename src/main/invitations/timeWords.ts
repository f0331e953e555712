import { lineOf, lineUpTo } from './text'

/**
 * The words around a date in an invitation that tell what the date is: the interview's, a reply deadline, a
 * test before it, a time to arrive early, a forwarded email's header, a new slot in a notice that moves it,
 * and how long it lasts. `dates.ts` weighs the dates by them.
 */
/**
 * The words around a date that say it is not the interview: a reply deadline, an application, a letter date,
 * the deadline to complete a recorded (one-way) video interview.
 */
export const NOT_THE_INTERVIEW =
  /(?:paling lambat|selambat-lambatnya|batas(?: waktu)?|deadline|reply by|respond by|confirm by|please confirm (?:by|before)|konfirmasi(?:kan)? (?:kehadiran )?(?:sebelum|paling|maksimal)|sebelum tanggal|maksimal tanggal|melamar|lamaran (?:anda|kamu|saudara)|you applied|your application (?:on|dated|of)|applied on|dikirim|sent on|tanggal surat|diposting|posted on|last updated|terakhir diperbarui|diperbarui pada|jam (?:operasional|kerja|kantor)|office hours|business hours|opening hours|complete (?:it|this|the (?:interview|assessment|test|video)|your (?:digital |video |online )?(?:interview|assessment|test|video))(?: online)? (?:by|before)|selesaikan (?:tes|wawancara|video|asesmen|rekaman)[^.\n]{0,25}?\bsebelum)[^.\n]{0,40}$/i
/**
 * A forwarded or quoted email's header: "Date: Mon, Nov 30, 2026 at 4:12 PM" beside "From:", "To:" or
 * "Subject:". Its date is when that email was sent.
 */
const HEADER_DATE = /^[ \t>]*(?:Date|Sent|Dikirim|Terkirim|Tanggal|Waktu)[ \t]*:/i
const HEADER_FIELD = /^[ \t>]*(?:From|Dari|To|Kepada|Subject|Subjek|Perihal|Cc)[ \t]*:/i
/**
 * The line a reply puts above the message it quotes: "On Mon, 30 Nov 2026 at 16.05, Ayu <ayu@…> wrote:",
 * "Pada tanggal Sen, 30 Nov 2026 pukul 16.05, Ayu <ayu@…> menulis:". Its date is when that message was sent.
 */
export const QUOTE_ATTRIBUTION = /^[ \t>]*(?:On|Pada)\b.*\b(?:wrote|menulis)[ \t]*:[ \t]*$/i
export function inMailHeader(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1
  if (QUOTE_ATTRIBUTION.test(lineOf(text, at))) return true
  if (!HEADER_DATE.test(text.slice(start, at))) return false
  const previous = text.slice(text.lastIndexOf('\n', start - 2) + 1, start)
  const next = text.slice(text.indexOf('\n', at) + 1).split('\n', 1)[0] ?? ''
  return HEADER_FIELD.test(previous) || HEADER_FIELD.test(next)
}
/**
 * A time to arrive early, not the interview's: "hadir pukul 08.30 (30 menit sebelum wawancara)", "please join
 * at 9:50, ten minutes early". Arriving alone says nothing: "untuk hadir dalam wawancara pada Senin, 7 Desember
 * pukul 13.30" is how invitations give the interview's own time.
 */
export const ARRIVE = /(?:hadir|datang|tiba|arrive|be there|join|log ?in|masuk)[^.\n]{0,40}$/i
export const EARLY = /^[^.\n]{0,40}?(?:sebelum|lebih awal|lebih dulu|early|before|prior to)/i
/** A registration time, which comes before the interview: "registrasi ulang pukul 07.30". */
export const REGISTRATION = /(?:registrasi|registration|daftar ulang|check-in)[^.\n]{0,40}$/i
/** A test before the interview ("Psikotes Online", "tes tertulis", "online assessment"): its own date. */
export const TEST_STAGE =
  /psikotes|psikotest|psychotest|psychological test|tes (?:tertulis|online|kemampuan|potensi)|online test|written test|assessment|\bTPA\b/gi
export const INTERVIEW_WORD = /interview|wawancara/gi
/** A test held with the interview, not before it: "wawancara dan tes tertulis", "interview & psikotes". */
export const WITH_INTERVIEW = /(?:interview|wawancara)[ \t]*(?:dan|and|serta|&|\+)[ \t]*$/i
/** A line quoted from an earlier message of the thread ("> …", ">> …"). */
export const QUOTED = /^[ \t]*>/
export const lastIndex = (pattern: RegExp, text: string) => {
  let at = -1
  for (const match of text.matchAll(pattern)) at = match.index
  return at
}
/** After the time: its end and zone if the date's reading left them, then a separator and the step. */
const STAGE_AFTER =
  /^[ \t]*(?:[-–][ \t]*\d{1,2}[.:]\d{2})?[ \t]*(?:\(?[A-Z]{2,5}\)?)?[ \t]*[:：·|–—-][ \t]*(\S[^\n]{0,60})/
/** How many of a step's first words may name it: "Final interview (onsite)", not "… lanjut ke interview". */
const STEP_WORDS = 3
/**
 * Whether a schedule's line names the interview as its step after its time ("05/12/2026 13.00 - 14.00 WIB:
 * Interview User", "… · Final interview", "… | Wawancara HRD"), in the step's first words. Not when the line
 * names a step before its date ("Psikotes: … 08.00 WIB - interview menyusul"), which the words before decide.
 */
export function interviewStepAfter(text: string, start: number, end: number): boolean {
  const heading = lineUpTo(text, start)
  if (lastIndex(INTERVIEW_WORD, heading) >= 0 || lastIndex(TEST_STAGE, heading) >= 0) return false
  const newline = text.indexOf('\n', end)
  const step = STAGE_AFTER.exec(text.slice(end, newline === -1 ? undefined : newline))?.[1]
  return step !== undefined && lastIndex(INTERVIEW_WORD, step.split(/\s+/, STEP_WORDS).join(' ')) >= 0
}
export const INTERVIEW_LABEL =
  /(?:tanggal|hari|date|jadwal|waktu|time|when|pukul|jam|pada|on|interview|wawancara|dilaksanakan|diadakan|schedule|scheduled)[^.\n]{0,30}$/i
/** A move: "dipindahkan ke …", "menjadi …", "rescheduled to …": the new time is after these words. */
export const MOVED_TO =
  /(?:pindahkan ke|dipindah(?:kan)? ke|diundur (?:ke|menjadi)|dimajukan (?:ke|menjadi)|menjadi|diganti (?:ke|menjadi)|moved to|rescheduled to|changed to|new (?:date|time|schedule)[^.\n]{0,10})[^.\n]{0,30}$/i
/**
 * A stated length: "durasi 30 menit", "for 45 minutes", or a hyphenated one ("a 45-min chat", "30-minute
 * call"), which names the length of what follows and so needs no word before it.
 */
export const DURATION =
  /(?:(?:durasi|selama|duration|for|kurang lebih|sekitar|kira-kira|approximately|approx\.?|about|±|\(|\ba)\s*(\d{1,3})\s*|(?<![\w.:/-])(\d{1,3})-)(menit|minutes?|mins?|jam|hours?)\b(?!\s*(?:sebelum|before|early|lebih))/i
/** A length on a line of its own, labelled: "Duration: approximately 60 minutes", "Durasi: ± 45 menit". */
export const DURATION_LINE =
  /^[ \t]*(?:[-•*][ \t]*)?(?:durasi|duration|lama(?: wawancara| interview)?)[ \t]*[:：][ \t]*(?:kurang lebih|sekitar|kira-kira|approximately|approx\.?|about|±|up to)?[ \t]*(\d{1,3})[ \t]*(menit|minutes?|mins?|jam|hours?)\b/im
/**
 * A heading for the new slot in a notice that first names the old one: "Jadwal pengganti:" or "… dibatalkan
 * dan diganti menjadi:" above the labelled lines, "Jadwal baru: Selasa, …" in prose, "Berikut jadwal
 * barunya:", "New date: …".
 */
export const NEW_SLOT =
  /\b(?:diganti|diubah|dipindah(?:kan)?|diundur|dimajukan|berubah) menjadi[^\S\n]*:|\b(?:jadwal|waktu|tanggal)(?: (?:wawancara|interview))?(?: yang)? (?:baru|terbaru|pengganti)(?:nya)?\b[^.\n:]{0,25}(?::|\b(?:adalah|yaitu|menjadi|sebagai berikut)\b)|\b(?:new|revised|updated) (?:date|time|schedule|slot)\b[^.\n:]{0,25}(?::|\b(?:is|will be)\b)/i
/**
 * The words before a date (or an hour) that make it when a reply is asked by: "paling lambat", "Konfirmasi
 * kehadiran kami tunggu s.d.", "RSVP closes at", "RSVP cut-off:".
 */
export const REPLY_BY_LEAD =
  /(?:paling lambat|selambat-lambatnya|maksimal|batas(?: waktu)?(?: konfirmasi| balasan)?|deadline|no later than|sebelum tanggal|\brsvp\b[^.\n]{0,20}?\b(?:closes?|cut-?off)\b|\b(?:konfirmasi|balas|kabari|reply|respond|confirm|rsvp|let us know)\b[^.\n]{0,60}\b(?:sebelum|by|before|s\.d\.|sampai|hingga))[^.\n]{0,20}$/i
/** The line is about answering the invitation, not about a document to send or a test to finish. */
export const ABOUT_REPLY = /konfirmasi|balas|kabari|respon|reply|respond|confirm|rsvp|let us know/i

/**
 * Words that offer the candidate a choice of times: "Silakan pilih salah satu jadwal berikut", "bisa pilih …
 * atau …", "please choose one of the following slots".
 */
export const CHOICE_LEAD =
  /\b(?:(?:silakan|silahkan|bisa|boleh|dapat|mohon)\s+(?:memilih|pilih)\b|pilih(?:lah)?\s+salah\s+satu|pilihan\s+(?:jadwal|waktu|slot)|(?:please\s+)?(?:choose|select|pick)\s+(?:one|a\s+(?:slot|time)|from|between|the\s+(?:slot|time)\s+that)|which\s+of\s+the\s+following|(?:available|following)\s+(?:time\s+)?slots)\b/i
/** How far after those words the times offered are looked for. */
export const CHOICES_WITHIN = 600

/**
 * A time's label, as a pattern's source: "Waktu", "Jam", "Time", "Waktu Wawancara". Read with the zone or
 * offset written in its brackets ("Waktu (WITA):", "Time (GMT+8):").
 */
export const TIME_LABEL = '(?:waktu|jam|pukul|time|timing)(?:[ \\t]+(?:wawancara|interview))?'

/**
 * Words saying the candidate's hour is still to come: "Jam wawancara menyusul", "jam interview akan
 * diinformasikan", "Jam pastinya masih menunggu konfirmasi", "The exact time of your slot will be confirmed",
 * "Jam interview diinfokan setelah …", "nanti aku kabarin", "Time: TBC"; or that it depends on a turn:
 * "bergiliran", "nomor urut", "gelombang", "slot is assigned individually", "given their individual slot".
 * Not "datang tepat waktu" (be on time), nor a room to be announced.
 */
const HOUR_TO_FOLLOW = new RegExp(
  [
    String.raw`(?<!tepat )\b(?:jam|waktu|pukul)\b[^.\n\d]{0,50}?(?:menyusul|menunggu konfirmasi|\bdi(?:info|kabar|kirim|konfirmasi|sampaikan|umumkan)|\b(?:akan|nanti)\b[^.\n]{0,25}?(?:kirim|kabar|info|konfirmasi|sampaikan|umumkan))`,
    String.raw`\b(?:exact |specific |precise )?time\b(?: of your (?:slot|interview))?[^.\n\d]{0,60}?\b(?:to follow|once|will be (?:confirmed|sent|shared|communicated|advised)|to be (?:confirmed|announced|advised))`,
    String.raw`\b(?:time|jam|waktu|pukul)[ \t]*[:：][ \t]*(?:TB[CA]|menyusul)\b`,
    String.raw`\b(?:bergiliran|giliran|nomor urut|gelombang|in turns|queue number)\b`,
    String.raw`\b(?:slots?|turns?)\b[^.\n]{0,30}\b(?:assigned|allocated|handed out|given out)\b`,
    String.raw`\b(?:given|assigned|allocated|pick)\b[^.\n]{0,30}\bslots?\b`,
  ].join('|'),
  'i',
)

/** The text says the interview's hour is still to come: no hour from elsewhere in it is taken for the day's. */
export const hourToFollow = (text: string) => HOUR_TO_FOLLOW.test(text)
