import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  interviewWithReference,
  purposeSentence,
  reachMe,
  scheduledOn,
  subjectReference,
  yours,
} from './phrases'

// A short, friendly follow-up on a reschedule request that has had no answer: it repeats the times still
// on offer and leaves room for a time of theirs (seed 000: let the company pick).
function indonesian(f: Facts): KindText {
  const some = f.alternatives.length > 0
  return {
    subject: `Tindak Lanjut Permohonan Penjadwalan Ulang – ${f.position}${subjectReference(f)}`,
    // One "yang" at most: the reference and the date, then "which I sent earlier" (review 3, S12).
    purpose:
      f.channel === 'phone' && !f.voicemail
        ? purposeSentence(
            f,
            `menanyakan tindak lanjut permohonan saya untuk menjadwalkan ulang wawancara ${f.on}`,
          )
        : purposeSentence(
            f,
            `menindaklanjuti permohonan penjadwalan ulang ${interviewWithReference(f)} ${f.on}, yang telah saya kirimkan sebelumnya`,
            f.voicemail ? 'bermaksud' : 'ingin',
          ),
    ask:
      f.channel === 'phone'
        ? some
          ? `Saya masih dapat hadir ${f.spokenAlternatives}.`
          : undefined
        : some
          ? 'Saya masih dapat hadir pada waktu yang saya usulkan:'
          : undefined,
    list: f.channel === 'phone' || !some ? undefined : f.alternatives,
    next:
      f.channel === 'email'
        ? `Saya memahami ${f.you ? `${f.you} dan tim` : 'tim'} tentu sedang sibuk. Saya menanyakan hal ini agar jadwal pengganti dapat disepakati sebelum waktu wawancara semula. ${some ? 'Apabila waktu lain lebih sesuai, saya bersedia menyesuaikan.' : `Mohon informasikan waktu yang sesuai bagi ${f.you ?? 'tim'}, dan saya akan mengatur jadwal saya menyesuaikan waktu tersebut.`} Setelah waktunya disepakati, saya akan mengonfirmasi kembali detail wawancara. Saya masih sangat berminat pada posisi ${f.position}. ${reachMe(f, 'Apabila lebih mudah dibicarakan melalui telepon')}`
        : f.channel === 'phone'
          ? `Kira-kira waktu mana yang paling sesuai${f.you ? ` untuk ${f.you}` : ''}?${some ? '' : ' Bila ada waktu lain yang lebih cocok, saya bersedia menyesuaikan.'}`
          : 'Apabila waktu lain lebih sesuai, saya bersedia menyesuaikan.',
    thanks: `Terima kasih atas ${yours(f, 'perhatian')}.`,
    voicemail: { ask: some ? 'Waktu yang saya usulkan masih dapat saya hadiri.' : undefined },
  }
}

function english(f: Facts): KindText {
  const some = f.alternatives.length > 0
  return {
    subject: `Following Up on My Reschedule Request – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      `follow up on my request to reschedule the ${interviewWithReference(f)} ${scheduledOn(f)}`,
    ),
    ask:
      f.channel === 'phone'
        ? some
          ? `I am still available ${f.spokenAlternatives}.`
          : undefined
        : some
          ? 'I am still available at these times:'
          : undefined,
    list: f.channel === 'phone' || !some ? undefined : f.alternatives,
    next:
      f.channel === 'email'
        ? `I appreciate that you must be busy. I am following up so that a new time can be agreed before the original slot. ${some ? 'If another time would suit you better, I am happy to work around your schedule' : 'Please let me know a time that suits you, and I will arrange my schedule around it'}, and I will confirm the details once we agree. I remain very interested in the ${f.position} position. ${reachMe(f, 'If it is easier to settle by phone')}`
        : f.channel === 'phone'
          ? some
            ? 'Which would suit you best?'
            : 'Which time would suit you? I am happy to work around your schedule.'
          : 'If another time would suit you better, I am happy to work around your schedule.',
    thanks: 'Thank you for your time.',
    voicemail: { ask: some ? 'The times I suggested still work for me.' : undefined },
  }
}

export const chase: KindRecord = {
  kind: 'chase',
  reasons: [],
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: true,
  fits: (interview, now) =>
    interview.reschedule !== undefined &&
    (interview.status === 'invited' || interview.status === 'confirmed') &&
    Date.parse(interview.startsAt) > now,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
