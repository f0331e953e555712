import { reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import { interviewWithReference, purposeSentence, scheduledOn, subjectReference, yours } from './phrases'

// A missed interview is over: everything is in the past tense (DOMAIN.md, Apology).
function indonesian(f: Facts): KindText {
  // "panggilan wawancara" alone reads as "the interview invitation": the call is named as a phone call.
  const missed =
    f.mode === 'phone'
      ? `tidak dapat menerima panggilan telepon ${f.you ? `${f.you} ` : ''}untuk ${interviewWithReference(f)} ${scheduledOn(f)}`
      : `tidak dapat hadir dalam ${interviewWithReference(f)} ${scheduledOn(f)}`
  return {
    subject: `Permohonan Maaf atas Ketidakhadiran dalam Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `memohon maaf karena saya ${missed}`),
    reason: reasonSentence(f.reason, 'id', 'past'),
    apology: `Saya menyadari bahwa hal ini telah menyita ${yours(f, 'waktu')} dan tim.`,
    next:
      f.channel === 'phone'
        ? `Jika masih memungkinkan, saya mohon diberi kesempatan wawancara di lain waktu. Saya akan memahami apa pun keputusan ${f.you ?? 'yang diambil'}.`
        : `${f.you ? `Apabila ${f.you} masih berkenan` : 'Apabila masih berkenan'}, saya akan sangat berterima kasih jika diberi kesempatan wawancara pada waktu lain. Namun, saya memahami sepenuhnya jika hal itu tidak memungkinkan.`,
    thanks: `Terima kasih atas ${yours(f, 'pengertian')}.`,
    voicemail: 'Saya berharap masih dapat diberi kesempatan wawancara pada waktu lain.',
  }
}

function english(f: Facts): KindText {
  const missed =
    f.mode === 'phone'
      ? `missing your call for the ${interviewWithReference(f)} ${scheduledOn(f)}`
      : `missing the ${interviewWithReference(f)} ${scheduledOn(f)}`
  return {
    subject: `Apology for Missing the Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `apologise for ${missed}`),
    reason: reasonSentence(f.reason, 'en', 'past'),
    apology:
      f.channel === 'phone'
        ? 'I know you had set aside time for me, and I regret it.'
        : 'I realise you and your team had set aside time for me, and I sincerely regret it.',
    next:
      f.channel === 'phone'
        ? 'If possible, I would be grateful for another chance. I will understand whatever you decide.'
        : 'If it is still possible, I would be grateful for the chance to be interviewed at another time; I would fully understand if it is not.',
    thanks: 'Thank you for your understanding.',
    voicemail: 'I hope I may still have the chance to be interviewed.',
  }
}

export const apology: KindRecord = {
  kind: 'apology',
  reasons: ['illness', 'family-emergency', 'schedule-conflict', 'unforeseen', 'personal'],
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: true,
  needsHeld: 'started',
  fits: (interview, now) =>
    interview.status === 'no-show' ||
    ((interview.status === 'invited' || interview.status === 'confirmed') &&
      Date.parse(interview.startsAt) <= now),
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
