import { reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  ifWilling,
  interviewWithReference,
  introduction,
  purposeSentence,
  belowOrReply,
  scheduledOn,
  subjectReference,
  yours,
} from './phrases'

// A missed interview is over: everything is in the past tense (DOMAIN.md, Apology).
function indonesian(f: Facts): KindText {
  // "panggilan wawancara" alone reads as "the interview invitation": the call is named as a phone call, and
  // not as hers ("panggilan telepon Ibu"): a user or the hiring manager may have placed it (review 7, #90).
  const missed =
    f.mode === 'phone'
      ? `tidak dapat menerima panggilan telepon untuk ${interviewWithReference(f)} ${scheduledOn(f)}`
      : `tidak hadir dalam ${interviewWithReference(f)} ${scheduledOn(f)}`
  return {
    subject: `Permohonan Maaf atas Ketidakhadiran dalam Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: f.voicemail
      ? `Saya menelepon untuk memohon maaf karena ${missed}.`
      : f.channel === 'phone'
        ? purposeSentence(f, `memohon maaf karena saya ${missed} tanpa memberi kabar sebelumnya`)
        : f.channel === 'email'
          ? // What a recruiter notices first after a no-show: no word came before it (review 24), owned
            // plainly, not as no time to give it ("tidak sempat" shifted the blame, review 26).
            `${introduction(f)} Melalui email ini, saya mohon maaf yang sebesar-besarnya karena ${missed}, dan juga tidak memberi kabar${f.to.titled ? ` kepada ${f.you}` : ''} sebelumnya.`
          : // Every channel owns that no word came before, not only the letter (review 28).
            `${introduction(f)} Saya mohon maaf karena ${missed} tanpa memberi kabar sebelumnya.`,
    reason: reasonSentence(f.reason, 'id', 'past'),
    // Said aloud, not read out from the letter (review 20).
    apology:
      f.channel === 'phone'
        ? `Saya tahu ${f.to.titled ? `${f.you} dan tim` : 'tim rekrutmen'} sudah menyediakan waktu untuk saya, dan saya sungguh menyesal.`
        : `Saya menyadari ${f.to.titled ? `${f.you} dan tim` : 'tim rekrutmen'} telah meluangkan waktu untuk wawancara tersebut, dan saya sungguh menyesal.`,
    next:
      f.channel === 'phone'
        ? `Jika masih memungkinkan, saya mohon diberi kesempatan wawancara di lain waktu. Saya akan memahami apa pun keputusan ${f.you ?? 'yang diambil'}.`
        : f.channel === 'email'
          ? // Sentences, not clauses joined by ";" (review 6, S4): Indonesian letters rarely use it. "Namun, saya
            // memahami …" answers the request, so it comes before the way to reach (review 19, M1).
            `Saya tetap sangat berminat pada posisi ${f.position}. ${ifWilling(f).replace('berkenan', 'masih berkenan')} memberi saya kesempatan wawancara pada waktu lain, saya akan sangat berterima kasih dan siap menyesuaikan dengan jadwal yang tersedia. Namun, saya memahami sepenuhnya jika wawancara susulan tidak memungkinkan. ${f.to.titled ? `${f.you} dapat menghubungi saya` : 'Saya dapat dihubungi'} kapan saja ${belowOrReply(f)}.`
          : `${ifWilling(f).replace('berkenan', 'masih berkenan')}, saya akan sangat berterima kasih jika diberi kesempatan wawancara pada waktu lain. Namun, saya memahami sepenuhnya jika hal itu tidak memungkinkan.`,
    thanks: `Terima kasih atas ${yours(f, f.channel === 'email' ? 'perhatian dan pengertian' : 'pengertian')}.`,
    // After a no-show, "Mohon hubungi saya kembali" sounds like a demand: the number is offered (review 28).
    voicemail: {
      ask: 'Bila masih memungkinkan, saya berharap dapat diberi kesempatan wawancara di lain waktu.',
      reach: `Bila ${f.to.titled ? `${f.you} ` : ''}berkenan, saya dapat dihubungi di`,
    },
  }
}

function english(f: Facts): KindText {
  const missed =
    f.mode === 'phone'
      ? // Whoever placed the call: "the call for my interview", not "your call" (review 7, #133).
        `missing the call for my ${interviewWithReference(f)} ${scheduledOn(f)}`
      : `missing the ${interviewWithReference(f)} ${scheduledOn(f)}`
  return {
    subject: `Apology for Missing the Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      `apologise for ${missed}${f.channel !== 'phone' ? ', and for not letting you know beforehand' : f.voicemail ? '' : ' without letting you know'}`,
    ),
    reason: reasonSentence(f.reason, 'en', 'past'),
    apology:
      f.channel === 'phone'
        ? 'I know you had set aside time for me, and I am truly sorry.'
        : 'I realise you and your team had set aside time for me, and I am truly sorry to have let you down.',
    next:
      f.channel === 'phone'
        ? 'If possible, I would be grateful for another chance. I will understand whatever you decide.'
        : f.channel === 'email'
          ? `I remain very interested in the ${f.position} position. If it is still possible, I would be grateful for the chance to be interviewed at another time. I will make myself available whenever suits you, and you can reach me at any time ${belowOrReply(f)}. I would fully understand if another interview cannot be arranged.`
          : 'If it is still possible, I would be grateful for the chance to be interviewed at another time. I would fully understand if it is not.',
    thanks: 'Thank you for your understanding.',
    voicemail: {
      ask: 'If possible, I would be grateful for another chance.',
      reach: 'If it is convenient, you can reach me on',
    },
  }
}

export const apology: KindRecord = {
  kind: 'apology',
  reasons: ['illness', 'family-emergency', 'schedule-conflict', 'unforeseen', 'personal'],
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: () => false,
  needsHeld: 'started',
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
