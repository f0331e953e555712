import { noticeApology, reasonSentence, STILL_INTERESTED } from '../reasons'
import type { Facts } from '../facts'
import { cancelByVideo, videoInstead, voicemailTellsProblem } from './cancelVideo'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  belowOrReply,
  confirmInWriting,
  earlyOnPurpose,
  ifWilling,
  interviewWithReference,
  purposeSentence,
  scheduledOn,
  subjectReference,
  yours,
} from './phrases'

/** What the written confirmation after a call confirms. */
const CONFIRMED = { id: 'pembatalan ini', en: 'the cancellation' }

/** After another offer or "not a fit", offering a new time would contradict the message (DOMAIN.md, Cancel). */
const offersNewTime = (f: Facts) => !f.reason || STILL_INTERESTED.includes(f.reason.category)

/**
 * A named contact without a known title is "Bapak/Ibu" only where a pronoun cannot be avoided: five times
 * in one letter to a named person reads mechanical (review 6, #49). The letter writes around it and keeps it
 * in the thanks.
 */
const sparing = (f: Facts) => f.language === 'id' && f.to.named && !f.to.titled

/**
 * The letter's last lines of the open door: the phone for agreeing a new time, or, when no new time is
 * offered, why it comes early (the slot can go to someone else) and how to reach the candidate.
 */
function closingLines(f: Facts): string {
  const id = f.language === 'id'
  const still = offersNewTime(f)
  const contact = still
    ? id
      ? f.me.phone
        ? `Bila lebih mudah dibicarakan melalui telepon, ${sparing(f) ? 'saya dapat dihubungi' : `${f.you ?? 'tim'} dapat menghubungi saya`} di nomor di bawah ini.`
        : `Bila lebih mudah, ${sparing(f) ? 'cukup balas' : `${f.you ?? 'tim'} dapat membalas`} email ini untuk menentukan waktunya.`
      : `If it is easier to agree a new time by phone, please call me ${belowOrReply(f)}.`
    : id
      ? `Bila ada yang perlu dibicarakan, saya dapat dihubungi ${belowOrReply(f)}.`
      : `If you need to reach me, I am available ${belowOrReply(f)}.`
  return [still ? undefined : earlyOnPurpose(f), contact].filter(Boolean).join(' ')
}

/**
 * The apology; a letter sent early that still hopes for another time says with it why it comes now (time
 * to make other arrangements), not as a claim of its own between two offers (review 5, H5).
 */
function apology(f: Facts): string {
  if (f.channel === 'email' && f.notice === 'ample' && offersNewTime(f))
    return f.language === 'id'
      ? `Saya mohon maaf atas ketidaknyamanan ini. Kabar ini saya sampaikan sedini mungkin agar ${sparing(f) ? 'masih ada' : `${f.you ?? 'tim'} masih memiliki`} cukup waktu untuk mengatur ulang jadwal.`
      : 'I apologise for any inconvenience, and I wanted to let you know as early as possible so that you have time to make other arrangements.'
  return noticeApology(f.notice, f.language, f.channel !== 'email')
}

function indonesian(f: Facts): KindText {
  if (videoInstead(f)) return cancelByVideo(f)
  const spoken = f.channel === 'phone'
  // The company sets the schedule: the candidate offers to come at another time, not to reschedule it.
  const door = offersNewTime(f)
    ? spoken
      ? 'Bila masih memungkinkan, saya berharap dapat mengikuti wawancara di waktu lain.'
      : `Saya tetap berminat pada posisi ini dan berharap masih dapat mengikuti wawancara pada waktu lain. ${sparing(f) ? 'Apabila berkenan' : ifWilling(f)}, saya dapat mengusulkan beberapa pilihan waktu pengganti${f.channel === 'email' ? ' atau menyesuaikan dengan jadwal yang tersedia' : ''}.`
    : `Semoga saya tetap dapat menjalin hubungan baik dengan ${f.company} untuk kesempatan di masa mendatang.`
  return {
    subject: `Pembatalan Kehadiran Wawancara – ${f.position}${subjectReference(f)}`,
    // The candidate cancels their attendance, not the company's interview (review 13).
    purpose: purposeSentence(
      f,
      `membatalkan kehadiran saya dalam ${interviewWithReference(f)} ${scheduledOn(f)}`,
    ),
    reason: reasonSentence(f.reason, 'id', f.channel === 'email' ? 'now' : 'brief'),
    apology: apology(f),
    next: spoken
      ? `${door} ${confirmInWriting(f, CONFIRMED)}`
      : f.channel === 'email'
        ? `${door} ${closingLines(f)}`
        : door,
    thanks:
      f.channel === 'email'
        ? `Saya menghargai kesempatan untuk mengikuti proses seleksi di ${f.company}. Terima kasih atas ${yours(f, 'waktu dan pengertian')}.`
        : `Terima kasih atas ${yours(f, 'waktu dan pengertian')}.`,
    voicemail: { extra: confirmInWriting(f, CONFIRMED) },
  }
}

function english(f: Facts): KindText {
  if (videoInstead(f)) return cancelByVideo(f)
  const spoken = f.channel === 'phone'
  const door = offersNewTime(f)
    ? spoken
      ? 'If possible, I would still like to interview at another time.'
      : `I remain interested in the position and would welcome the chance to interview at another time. I would be happy to suggest some alternative dates${f.channel === 'email' ? ', or to work around your schedule' : ''}.`
    : `I hope to stay in touch about future opportunities at ${f.company}.`
  return {
    subject: `Cancellation of Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `cancel my ${interviewWithReference(f)} ${scheduledOn(f)}`),
    reason: reasonSentence(f.reason, 'en', f.channel === 'email' ? 'now' : 'brief'),
    apology: apology(f),
    next: spoken
      ? `${door} ${confirmInWriting(f, CONFIRMED)}`
      : f.channel === 'email'
        ? `${door} ${closingLines(f)}`
        : door,
    thanks:
      f.channel === 'email'
        ? `I appreciate the opportunity to take part in the selection process at ${f.company}. Thank you for your time and understanding.`
        : 'Thank you for your time and understanding.',
    voicemail: { extra: confirmInWriting(f, CONFIRMED) },
  }
}

export const cancel: KindRecord = {
  kind: 'cancel',
  reasons: [
    'illness',
    'family-emergency',
    'schedule-conflict',
    'other-offer',
    'unforeseen',
    'personal',
    'not-a-fit',
  ],
  statusAfter: 'cancelled',
  followUps: (channel) => (channel === 'phone' ? ['confirm-in-writing'] : []),
  settles: (channel) => (channel === 'phone' ? [] : ['confirm-in-writing']),
  noticeMatters: true,
  // A written confirmation follows: the voicemail leaves the number without asking to be called back,
  // unless it asks to hold the interview by video instead (that needs an answer).
  callbackNeeded: videoInstead,
  voicemailDetail: voicemailTellsProblem,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
