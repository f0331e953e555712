import { noticeApology, reasonSentence, STILL_INTERESTED } from '../reasons'
import type { Facts } from '../facts'
import { cancelByVideo, videoInstead, voicemailTellsProblem } from './cancelVideo'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  belowOrReply,
  confirmByEmail,
  earlyOnPurpose,
  ifWilling,
  interviewWithReference,
  purposeSentence,
  scheduledOn,
  subjectReference,
  yours,
} from './phrases'

/** After another offer or "not a fit", offering a new time would contradict the message (DOMAIN.md, Cancel). */
const offersNewTime = (f: Facts) => !f.reason || STILL_INTERESTED.includes(f.reason.category)

/**
 * The letter's last lines of the open door: why it comes early (time to re-plan, not "give the slot to
 * someone else" while asking for another chance) and the phone for agreeing a new time.
 */
function closingLines(f: Facts): string {
  const id = f.language === 'id'
  const still = offersNewTime(f)
  const contact = still
    ? id
      ? `Bila lebih mudah, ${f.you ?? 'tim'} dapat menghubungi saya ${belowOrReply(f)} untuk membicarakan waktu pengganti.`
      : `If it is easier to agree a new time by phone, please call me ${belowOrReply(f)}.`
    : id
      ? `Bila ada yang perlu dibicarakan, saya dapat dihubungi ${belowOrReply(f)}.`
      : `If you need to reach me, I am available ${belowOrReply(f)}.`
  return [earlyOnPurpose(f, still ? 're-plan' : 'free-slot'), contact].filter(Boolean).join(' ')
}

function indonesian(f: Facts): KindText {
  if (videoInstead(f)) return cancelByVideo(f)
  const spoken = f.channel === 'phone'
  // The company sets the schedule: the candidate offers to come at another time, not to reschedule it.
  const door = offersNewTime(f)
    ? spoken
      ? 'Bila masih memungkinkan, saya berharap dapat mengikuti wawancara di waktu lain.'
      : `Saya masih berminat pada posisi ini dan berharap masih dapat mengikuti wawancara pada waktu lain. ${ifWilling(f)}, saya dapat mengusulkan beberapa pilihan waktu pengganti${f.channel === 'email' ? ' atau menyesuaikan diri dengan jadwal yang tersedia' : ''}.`
    : `Semoga saya tetap dapat menjalin hubungan baik dengan ${f.company} untuk kesempatan di masa mendatang.`
  return {
    subject: `Pembatalan Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `membatalkan ${interviewWithReference(f)} ${scheduledOn(f)}`),
    reason: reasonSentence(f.reason, 'id', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'id', f.channel !== 'email'),
    next: spoken
      ? `${door} ${confirmByEmail(f)}`
      : f.channel === 'email'
        ? `${door} ${closingLines(f)}`
        : door,
    thanks:
      f.channel === 'email'
        ? `Saya menghargai kesempatan untuk mengikuti proses seleksi di ${f.company}. Terima kasih atas ${yours(f, 'waktu dan pengertian')}.`
        : `Terima kasih atas ${yours(f, 'waktu dan pengertian')}.`,
    voicemail: { extra: confirmByEmail(f) },
  }
}

function english(f: Facts): KindText {
  if (videoInstead(f)) return cancelByVideo(f)
  const spoken = f.channel === 'phone'
  const door = offersNewTime(f)
    ? spoken
      ? 'If possible, I would still like to interview at another time.'
      : `I remain interested in the position and would welcome the chance to interview at another time. I would be happy to suggest some alternative dates${f.channel === 'email' ? ', or to make myself available at a time that suits you' : ''}.`
    : `I hope to stay in touch about future opportunities at ${f.company}.`
  return {
    subject: `Cancellation of Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `cancel my ${interviewWithReference(f)} ${scheduledOn(f)}`),
    reason: reasonSentence(f.reason, 'en', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'en', f.channel !== 'email'),
    next: spoken
      ? `${door} ${confirmByEmail(f)}`
      : f.channel === 'email'
        ? `${door} ${closingLines(f)}`
        : door,
    thanks:
      f.channel === 'email'
        ? `I appreciate the chance to take part in the selection process at ${f.company}. Thank you for your time and understanding.`
        : 'Thank you for your time and understanding.',
    voicemail: { extra: confirmByEmail(f) },
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
  noticeMatters: true,
  // A written confirmation follows: the voicemail leaves the number without asking to be called back,
  // unless it asks to hold the interview by video instead (that needs an answer).
  callbackNeeded: videoInstead,
  voicemailDetail: voicemailTellsProblem,
  fits: (interview, now) => interview.status === 'confirmed' && Date.parse(interview.startsAt) > now,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
