import { reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import { interviewWithReference, introduction, onWhen, subjectReference, yours } from './phrases'

/**
 * The reply to a refused reschedule (DOMAIN.md, Reschedule refused) states what happens on the day, so the
 * company knows whether to keep the slot: without a reason the candidate attends at the original time; with
 * one (the conflict stands) they withdraw. An onsite interview first asks for a video call at the same time.
 */
const withdraws = (f: Facts) => Boolean(f.reason)

function indonesian(f: Facts): KindText {
  const fallback = withdraws(f)
    ? 'dengan berat hati saya mengundurkan diri dari proses seleksi ini'
    : 'saya akan hadir sesuai jadwal semula'
  const ask =
    f.mode === 'onsite'
      ? `Apakah wawancara pada waktu yang sama dapat dilakukan melalui panggilan video? Jika tidak memungkinkan, ${fallback}.`
      : `${fallback.charAt(0).toUpperCase()}${fallback.slice(1)}.`
  const attendsAnyway = !withdraws(f) && f.mode !== 'onsite'
  return {
    subject: `Jadwal Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: `${introduction(f)} Terima kasih atas ${yours(f, 'informasi')} bahwa ${interviewWithReference(f)} ${onWhen(f)} tidak dapat dijadwalkan ulang. ${f.channel === 'email' ? 'Saya memahami keputusan tersebut.' : 'Saya memahaminya.'}`,
    reason: withdraws(f) ? reasonSentence(f.reason, 'id') : undefined,
    ask,
    next: attendsAnyway
      ? f.mode === 'video' && f.hasMeetingUrl
        ? `Saya akan bergabung melalui tautan yang telah ${f.you ? `${f.you} ` : ''}kirimkan.`
        : undefined
      : withdraws(f) && f.channel === 'email'
        ? `Semoga saya tetap dapat menjalin komunikasi yang baik dengan ${f.you} dan tim.`
        : undefined,
    thanks: `Terima kasih atas ${yours(f, 'pertimbangan')}.`,
    voicemail:
      f.mode === 'onsite'
        ? `Apakah wawancara pada jam yang sama dapat dilakukan melalui panggilan video? Jika tidak, ${fallback}.`
        : undefined,
  }
}

function english(f: Facts): KindText {
  const fallback = withdraws(f)
    ? 'I will regretfully withdraw from the process'
    : 'I will attend at the original time'
  const ask =
    f.mode === 'onsite'
      ? `Would it be possible to hold the interview by video at the same time instead? If not, ${fallback}.`
      : `${fallback.charAt(0).toUpperCase()}${fallback.slice(1)}.`
  const attendsAnyway = !withdraws(f) && f.mode !== 'onsite'
  return {
    subject: `Interview Schedule – ${f.position}${subjectReference(f)}`,
    purpose: `${introduction(f)} Thank you for letting me know that the ${interviewWithReference(f)} ${onWhen(f)} cannot be rescheduled. I completely understand.`,
    reason: withdraws(f) ? reasonSentence(f.reason, 'en') : undefined,
    ask,
    next: attendsAnyway
      ? f.mode === 'video' && f.hasMeetingUrl
        ? 'I will join through the link you sent.'
        : undefined
      : withdraws(f) && f.channel === 'email'
        ? 'I hope we can stay in touch.'
        : undefined,
    thanks: 'Thank you for considering my request.',
    voicemail:
      f.mode === 'onsite' ? `Could we hold it by video at the same time? If not, ${fallback}.` : undefined,
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
