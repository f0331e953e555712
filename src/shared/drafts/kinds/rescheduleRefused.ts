import { reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  belowOrReply,
  interviewWithReference,
  introduction,
  onWhen,
  soon,
  spokenTitle,
  subjectReference,
  updatedCv,
  whose,
  yours,
} from './phrases'

/**
 * The reply to a refused reschedule (DOMAIN.md, Reschedule refused) states what happens on the day, so the
 * company knows whether to keep the slot. Without a reason the candidate rearranges their plans and attends
 * at the original time (an onsite interview first asks for video at the same hour, as it makes the day easier
 * to arrange: not to avoid coming in, which would read as low commitment, review 6, S7).
 * With a clash that stands, an onsite interview asks for video or phone at another hour that day (the same
 * hour is taken), else the candidate withdraws. After another offer or "not a fit" the reply is the
 * withdrawal itself: its subject says so and it asks for nothing.
 */
const hasReason = (f: Facts) => Boolean(f.reason)
/** After another offer, or when the role is not a fit, a video call changes nothing: the reply withdraws. */
const asksForVideo = (f: Facts) =>
  f.mode === 'onsite' && f.reason?.category !== 'other-offer' && f.reason?.category !== 'not-a-fit'
/** The message is the withdrawal: nothing is asked, nothing needs an answer. */
const withdrawing = (f: Facts) => hasReason(f) && !asksForVideo(f)
/** Attending at the original time, by the link already sent. */
const byLink = (f: Facts) => !hasReason(f) && f.mode === 'video' && f.hasMeetingUrl

/**
 * The subject says what the letter does (review 16): it withdraws, it asks for the interview by video (or,
 * second, by phone), or, for an interview already held by video or phone, it says the candidate will attend
 * at the original time. Never a bare "reply about the schedule", nor a fake "Re:".
 */
function subject(f: Facts): string {
  const does = withdrawing(f) ? 'withdraw' : asksForVideo(f) ? 'video' : 'attend'
  return `${SUBJECTS[does][f.language]} – ${f.position}${subjectReference(f)}`
}
const SUBJECTS = {
  withdraw: { id: 'Pengunduran Diri dari Proses Seleksi', en: 'Withdrawal of Application' },
  video: { id: 'Permohonan Wawancara melalui Panggilan Video', en: 'Request for a Video Interview' },
  attend: {
    id: 'Konfirmasi Kehadiran sesuai Jadwal Semula',
    en: 'Confirmation of Attendance at the Original Time',
  },
} as const

/** "Saya …" after the introduction, or alone in a voicemail (which introduces the caller itself). */
const after = (f: Facts, text: string) => `${introduction(f)} ${text}`.trim()

const lower = (text: string) => (/^I\b/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`)

/**
 * Why the candidate cannot simply come at the original time, as one sentence; when withdrawing, joined to
 * the withdrawal ("Sementara itu, saya telah menerima tawaran …, sehingga dengan berat hati …").
 */
function why(f: Facts): string | undefined {
  if (!f.reason) return undefined
  const id = f.language === 'id'
  const spoken = f.channel === 'phone'
  const base =
    f.reason.category === 'schedule-conflict'
      ? id
        ? 'Namun, jadwal lain saya pada jam itu tetap tidak dapat diubah'
        : spoken
          ? // Said aloud, shorter and in the first person (review 6, #123: the call sits at 90 words).
            'Unfortunately, I still cannot move my other commitment'
          : 'However, my other commitment at that time still cannot be moved'
      : f.reason.category === 'other-offer'
        ? `${id ? 'Sementara itu' : 'In the meantime'}, ${lower(reasonSentence(f.reason, f.language, spoken ? 'brief' : 'now')!.replace(/\.$/, ''))}`
        : reasonSentence(f.reason, f.language, spoken ? 'brief' : 'now')!.replace(/\.$/, '')
  if (!withdrawing(f)) return `${base}.`
  return id
    ? `${base}, sehingga dengan berat hati saya mengundurkan diri dari proses seleksi.`
    : `${base}, so I am withdrawing my application.`
}

function indonesian(f: Facts): KindText {
  const spoken = f.channel === 'phone'
  const video = hasReason(f)
    ? spoken
      ? 'Apakah wawancaranya bisa lewat video atau telepon di jam lain pada hari yang sama? Jika tidak memungkinkan, dengan berat hati saya akan mengundurkan diri.'
      : f.channel === 'email'
        ? `Apakah wawancara dapat dilakukan melalui panggilan video atau telepon pada jam lain di hari yang sama? Apabila dapat diatur, ${f.you ?? 'Bapak/Ibu'} dapat menghubungi saya ${belowOrReply(f)} untuk menentukan jamnya. Namun, jika hal itu tidak memungkinkan, dengan berat hati saya akan mengundurkan diri dari proses seleksi ini.`
        : // A chat stays within 600 characters, with a weekend's apology too.
          'Apakah wawancara dapat dilakukan lewat video atau telepon di jam lain pada hari yang sama? Jika tidak memungkinkan, dengan berat hati saya akan mengundurkan diri dari proses seleksi.'
    : spoken
      ? `Apakah wawancaranya bisa lewat video di jam yang sama${spokenTitle(f)}? Kalau bisa, itu akan sangat membantu saya. Jika tidak memungkinkan, saya akan hadir sesuai jadwal semula.`
      : `Apakah wawancara pada jam yang sama dapat dilakukan melalui panggilan video${f.channel === 'email' ? ', atau, bila lebih praktis, melalui telepon' : ''}? Hal itu akan sangat memudahkan saya mengatur waktu pada hari tersebut. Jika tidak memungkinkan, saya akan ${f.channel === 'email' ? 'menyesuaikan rencana saya agar dapat hadir' : 'hadir'} sesuai jadwal semula.`
  const ask = asksForVideo(f)
    ? video
    : withdrawing(f)
      ? undefined
      : byLink(f)
        ? `Saya akan mengatur ulang rencana saya dan mengikuti wawancara sesuai jadwal semula melalui tautan yang telah ${f.you ? `${f.you} ` : ''}kirimkan.${f.channel === 'email' ? ' Sebelum wawancara, saya akan mencoba tautan tersebut serta memastikan koneksi dan perangkat saya siap, lalu bergabung beberapa menit lebih awal.' : ''}`
        : 'Saya akan mengatur ulang rencana saya agar dapat hadir sesuai jadwal semula.'
  const team = f.you ? `${f.you} dan tim` : 'tim'
  // Said aloud, "Saya mengerti, Bu.": "Saya memahaminya." on its own sounds translated (review 16).
  const understood =
    f.channel === 'phone' ? `Saya mengerti${spokenTitle(f)}.` : 'Saya memahami keputusan tersebut.'
  const next = withdrawing(f)
    ? `Saya menghargai pengalaman mengikuti proses seleksi ini dan berharap tetap dapat menjalin komunikasi yang baik. Semoga ${team} segera menemukan kandidat yang tepat. ${updatedCv(f, 'lowongan di masa mendatang')}`
    : hasReason(f)
      ? undefined
      : `Saya tetap berminat pada posisi ${f.position} dan menantikan kesempatan berbincang dengan ${team}. ${
          byLink(f)
            ? 'Apabila ada dokumen atau hal lain yang perlu saya siapkan, mohon informasikan kepada saya.'
            : 'Apabila ada hal yang perlu saya siapkan untuk wawancara tersebut, mohon informasikan kepada saya.'
        }`
  return {
    subject: subject(f),
    // A voicemail asking about another hour names the day in its question, so that the position still fits
    // in 50 words (review 6, #80).
    purpose: f.voicemail
      ? hasReason(f) && asksForVideo(f)
        ? 'Terima kasih atas kabarnya.'
        : `Terima kasih atas kabar mengenai wawancara ${onWhen(f)}.`
      : after(
          f,
          `Terima kasih atas ${yours(f, 'informasi')} bahwa ${interviewWithReference(f)} ${onWhen(f)} tidak dapat dijadwalkan ulang. ${understood}`,
        ),
    // A voicemail asking about video says the clash inside its question.
    reason: f.voicemail && asksForVideo(f) ? undefined : why(f),
    ask,
    next: f.channel === 'email' ? next : undefined,
    thanks: withdrawing(f)
      ? `Terima kasih atas waktu dan kesempatan yang telah ${f.you ? `${f.you} berikan` : 'diberikan'}.`
      : hasReason(f) && f.channel === 'email'
        ? // One thank-you, joined to the hope of staying in touch (review 7, T1).
          `Apa pun keputusan ${f.you ?? 'Bapak/Ibu'}, terima kasih atas pertimbangan dan kesempatan yang telah ${f.you ?? 'Bapak/Ibu'} berikan. Saya berharap tetap dapat menjalin komunikasi yang baik dengan ${team}.`
        : asksForVideo(f)
          ? `Terima kasih atas ${yours(f, 'pertimbangan')}.`
          : f.channel === 'email'
            ? `Terima kasih atas ${yours(f, 'perhatian')}.`
            : // The purpose has thanked her already: the call and the chat end on the day itself (review 6).
              `Sampai bertemu dalam wawancara ${soon(f)}${spokenTitle(f)}.${f.channel === 'phone' ? ' Terima kasih.' : ''}`,
    voicemail: {
      ask: asksForVideo(f)
        ? hasReason(f)
          ? `${f.reason?.category === 'schedule-conflict' ? 'Karena jadwal saya bertabrakan, apakah' : 'Apakah'} wawancara ${onWhen(f)} bisa lewat video atau telepon di jam lain hari itu? Jika tidak memungkinkan, dengan berat hati saya akan mengundurkan diri.`
          : // One "if possible", not "Bila memungkinkan, apakah … dapat" (review 16).
            `Apakah wawancara pada jam yang sama bisa dilakukan lewat video${spokenTitle(f)}? Jika tidak, saya akan hadir sesuai jadwal semula.`
        : withdrawing(f)
          ? 'Terima kasih atas kesempatannya.'
          : byLink(f)
            ? `Saya akan mengikutinya sesuai jadwal semula melalui tautan yang telah ${f.you ? `${f.you} ` : ''}kirimkan.`
            : 'Saya akan hadir sesuai jadwal semula.',
    },
  }
}

function english(f: Facts): KindText {
  const spoken = f.channel === 'phone'
  const video = hasReason(f)
    ? `Would a video or phone interview at another time that day be possible?${f.channel === 'email' ? ` If so, please call me ${belowOrReply(f)} and we can settle the time. If that is not possible` : ' If not'}, I am afraid I will have to withdraw my application.`
    : spoken
      ? 'Would it be possible to do it by video at the same time? It would make the day much easier for me. If not, I will attend as planned.'
      : `Would it be possible to hold the interview by video${f.channel === 'email' ? ', or by phone,' : ''} at the same time? That would make the day much easier for me to arrange. If not, I will change my plans and attend at the original time.`
  const ask = asksForVideo(f)
    ? video
    : withdrawing(f)
      ? undefined
      : byLink(f)
        ? `I will rearrange my plans and join at the original time using the link you sent.${f.channel === 'email' ? ' I will test it beforehand, check my connection and equipment, and log in a few minutes early.' : ''}`
        : 'I will rearrange my plans and attend at the original time.'
  const next = withdrawing(f)
    ? `I have appreciated being part of the selection process, and I wish you and your team every success in finding the right person. I hope we can stay in touch. ${updatedCv(f, 'lowongan di masa mendatang')}`
    : hasReason(f)
      ? undefined
      : `I remain very interested in the ${f.position} role and look forward to speaking with you and your team. Please let me know if there is anything I should prepare for the interview.`
  return {
    subject: subject(f),
    purpose: f.voicemail
      ? `Thank you for the update on ${whose(onWhen(f))}.`
      : after(
          f,
          `Thank you for letting me know that the ${interviewWithReference(f)} ${onWhen(f)} cannot be rescheduled. I completely understand.`,
        ),
    reason: f.voicemail && asksForVideo(f) ? undefined : why(f),
    ask,
    next: f.channel === 'email' ? next : undefined,
    thanks: withdrawing(f)
      ? 'Thank you for your time and the opportunity.'
      : hasReason(f) && f.channel === 'email'
        ? // One thank-you, joined to the hope of staying in touch (review 7, T1).
          'Whatever you decide, thank you for considering my request and for the opportunity so far. I hope we can stay in touch.'
        : asksForVideo(f)
          ? 'Thank you for considering my request.'
          : byLink(f) && f.channel === 'email'
            ? 'Thank you for your time.'
            : 'Thank you again for your time.',
    voicemail: {
      ask: asksForVideo(f)
        ? hasReason(f)
          ? // Short enough to keep the position within 50 words (review 7, #123); the clash said as the reason.
            `${f.reason?.category === 'schedule-conflict' ? 'As I have another commitment, could' : 'Could'} we hold it by video or phone later that day? Otherwise, I will have to withdraw.`
          : 'Could we possibly hold it by video at the same time? If not, I will attend as planned.'
        : withdrawing(f)
          ? 'Thank you for the opportunity.'
          : byLink(f)
            ? 'I will join at the original time using the link you sent.'
            : 'I will attend as planned.',
    },
  }
}

export const rescheduleRefused: KindRecord = {
  kind: 'reschedule-refused',
  reasons: ['schedule-conflict', 'other-offer', 'not-a-fit', 'personal'],
  followUps: () => [],
  noticeMatters: false,
  // Only the question about video needs an answer.
  callbackNeeded: asksForVideo,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
