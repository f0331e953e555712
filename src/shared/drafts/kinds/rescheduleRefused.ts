import { reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import { interviewWithReference, introduction, onWhen, reachMe, subjectReference, yours } from './phrases'

/**
 * The reply to a refused reschedule (DOMAIN.md, Reschedule refused) states what happens on the day, so the
 * company knows whether to keep the slot: without a reason the candidate rearranges their plans and attends
 * at the original time; with one (the conflict stands) they withdraw. An onsite interview first asks for a
 * video call at the same time.
 */
const withdraws = (f: Facts) => Boolean(f.reason)
/** After another offer, or when the role is not a fit, a video call changes nothing: the reply withdraws. */
const asksForVideo = (f: Facts) =>
  f.mode === 'onsite' && f.reason?.category !== 'other-offer' && f.reason?.category !== 'not-a-fit'

/** "Saya …" after the introduction, or alone in a voicemail (which introduces the caller itself). */
const after = (f: Facts, text: string) => `${introduction(f)} ${text}`.trim()

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

function indonesian(f: Facts): KindText {
  const fallback = withdraws(f)
    ? 'dengan berat hati saya mengundurkan diri dari proses seleksi ini'
    : 'saya akan mengatur ulang rencana saya agar dapat hadir sesuai jadwal semula'
  const spokenFallback = withdraws(f)
    ? 'dengan berat hati saya mengundurkan diri'
    : 'saya akan hadir sesuai jadwal semula'
  const byLink = !withdraws(f) && f.mode === 'video' && f.hasMeetingUrl
  const ask = asksForVideo(f)
    ? `Apakah wawancara pada waktu yang sama dapat dilakukan melalui panggilan video? Jika tidak memungkinkan, ${fallback}.`
    : byLink
      ? `Saya akan mengatur ulang rencana saya dan mengikuti wawancara sesuai jadwal semula melalui tautan yang telah ${f.you ? `${f.you} ` : ''}kirimkan.`
      : `${capital(fallback)}.`
  const staying = withdraws(f)
    ? `Saya menghargai kesempatan yang telah diberikan selama proses seleksi ini, dan semoga tim segera menemukan kandidat yang tepat. Semoga saya tetap dapat menjalin komunikasi yang baik dengan ${f.you} dan tim.`
    : `Saya tetap berminat pada posisi ${f.position} dan menantikan kesempatan berbincang dengan ${f.you} dan tim. Apabila ada hal yang perlu saya siapkan untuk wawancara tersebut, mohon informasikan kepada saya.`
  return {
    subject: `Tanggapan atas Jadwal Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: f.voicemail
      ? `Terima kasih atas kabar mengenai wawancara ${onWhen(f)}.`
      : after(
          f,
          `Terima kasih atas ${yours(f, 'informasi')} bahwa ${interviewWithReference(f)} ${onWhen(f)} tidak dapat dijadwalkan ulang. ${f.channel === 'email' ? 'Saya memahami keputusan tersebut.' : 'Saya memahaminya.'}`,
        ),
    reason: withdraws(f)
      ? reasonSentence(f.reason, 'id', f.channel === 'email' ? 'now' : 'brief')
      : undefined,
    ask,
    next: f.channel === 'email' ? `${staying} ${reachMe(f)}` : undefined,
    thanks: `Terima kasih atas ${yours(f, 'pertimbangan')}.`,
    voicemail: {
      ask: asksForVideo(f)
        ? `Apakah wawancara pada jam yang sama dapat dilakukan melalui panggilan video? Jika tidak, ${spokenFallback}.`
        : `${capital(spokenFallback)}.`,
    },
  }
}

function english(f: Facts): KindText {
  const fallback = withdraws(f)
    ? 'I will regretfully withdraw from the process'
    : 'I will rearrange my plans and attend at the original time'
  const spokenFallback = withdraws(f) ? 'I will withdraw' : 'I will attend as planned'
  const byLink = !withdraws(f) && f.mode === 'video' && f.hasMeetingUrl
  const ask = asksForVideo(f)
    ? `Would it be possible to hold the interview by video at the same time instead? If not, ${fallback}.`
    : byLink
      ? 'I will rearrange my plans and join at the original time using the link you sent.'
      : `${capital(fallback)}.`
  const staying = withdraws(f)
    ? 'I appreciate the opportunity I was given during the selection process, and I wish the team every success in finding the right person. I hope we can stay in touch.'
    : `I remain very interested in the ${f.position} role and look forward to speaking with you and your team. Please let me know if there is anything I should prepare for the interview.`
  return {
    subject: `Response on the Interview Schedule – ${f.position}${subjectReference(f)}`,
    purpose: f.voicemail
      ? `Thank you for letting me know about the interview ${onWhen(f)}.`
      : after(
          f,
          `Thank you for letting me know that the ${interviewWithReference(f)} ${onWhen(f)} cannot be rescheduled. I completely understand.`,
        ),
    reason: withdraws(f)
      ? reasonSentence(f.reason, 'en', f.channel === 'email' ? 'now' : 'brief')
      : undefined,
    ask,
    next: f.channel === 'email' ? `${staying} ${reachMe(f)}` : undefined,
    thanks:
      f.channel === 'email' && withdraws(f)
        ? 'Thank you for considering my request, and for your time throughout the process.'
        : 'Thank you for considering my request.',
    voicemail: {
      ask: asksForVideo(f)
        ? `Could we hold it by video at the same time? If not, ${spokenFallback}.`
        : `${capital(spokenFallback)}.`,
    },
  }
}

export const rescheduleRefused: KindRecord = {
  kind: 'reschedule-refused',
  reasons: ['schedule-conflict', 'other-offer', 'not-a-fit', 'personal'],
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: true,
  fits: () => false,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
