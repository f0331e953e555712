import { noticeApology, reasonSentence, STILL_INTERESTED } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  confirmByEmail,
  ifWilling,
  interviewWithReference,
  purposeSentence,
  scheduledOn,
  subjectReference,
  yours,
} from './phrases'

/** After another offer or "not a fit", offering a new time would contradict the message (DOMAIN.md, Cancel). */
const offersNewTime = (f: Facts) => !f.reason || STILL_INTERESTED.includes(f.reason.category)

function indonesian(f: Facts): KindText {
  const spoken = f.channel === 'phone'
  // The company sets the schedule: the candidate offers to come at another time, not to reschedule it.
  const door = offersNewTime(f)
    ? spoken
      ? 'Bila memungkinkan, saya bersedia diwawancarai pada waktu lain.'
      : `Saya masih berminat pada posisi ini dan bersedia mengikuti wawancara pada waktu lain. ${ifWilling(f)}, saya dapat mengusulkan beberapa pilihan waktu pengganti.`
    : `Semoga saya tetap dapat menjalin hubungan baik dengan ${f.company} untuk kesempatan di masa mendatang.`
  return {
    subject: `Pembatalan Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `membatalkan ${interviewWithReference(f)} ${scheduledOn(f)}`),
    reason: reasonSentence(f.reason, 'id', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'id', f.channel !== 'email'),
    next: spoken ? `${door} ${confirmByEmail(f)}` : door,
    thanks: `Terima kasih atas ${yours(f, 'waktu dan pengertian')}.`,
    voicemail: confirmByEmail(f),
  }
}

function english(f: Facts): KindText {
  const spoken = f.channel === 'phone'
  const door = offersNewTime(f)
    ? spoken
      ? 'If possible, I would be glad to be interviewed at another time.'
      : 'I remain interested in the position and would be glad to be interviewed at another time; if it suits you, I can suggest a few alternatives.'
    : `I hope to stay in touch about future opportunities at ${f.company}.`
  return {
    subject: `Cancellation of Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `cancel my ${interviewWithReference(f)} ${scheduledOn(f)}`),
    reason: reasonSentence(f.reason, 'en', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'en', f.channel !== 'email'),
    next: spoken ? `${door} ${confirmByEmail(f)}` : door,
    thanks: 'Thank you for your time and understanding.',
    voicemail: confirmByEmail(f),
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
  callbackNeeded: true,
  fits: (interview, now) => interview.status === 'confirmed' && Date.parse(interview.startsAt) > now,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
