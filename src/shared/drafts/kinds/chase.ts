import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import { purposeSentence, reachMe, scheduledOn, subjectReference, yours } from './phrases'

// A short, friendly follow-up on a reschedule request that has had no answer: it repeats the times still
// on offer and leaves room for a time of theirs (seed 000: let the company pick).
function indonesian(f: Facts): KindText {
  const some = f.alternatives.length > 0
  return {
    subject: `Tindak Lanjut Permohonan Penjadwalan Ulang – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      `menanyakan kabar permohonan penjadwalan ulang wawancara ${scheduledOn(f)} yang saya sampaikan sebelumnya`,
    ),
    ask:
      f.channel === 'phone'
        ? some
          ? `Saya masih dapat hadir ${f.spokenAlternatives}.`
          : undefined
        : some
          ? 'Waktu yang saya usulkan masih dapat saya hadiri:'
          : undefined,
    list: f.channel === 'phone' || !some ? undefined : f.alternatives,
    next:
      f.channel === 'email'
        ? `Apabila waktu lain lebih sesuai bagi ${f.you}, saya akan menyesuaikan diri. Setelah waktunya disepakati, saya akan mengonfirmasi kembali detail wawancara. Saya masih sangat berminat pada posisi ${f.position}. ${reachMe(f, 'Apabila lebih mudah dibicarakan melalui telepon')}`
        : `Apabila waktu lain lebih sesuai bagi ${f.you ?? 'Bapak/Ibu'}, saya akan menyesuaikan diri.`,
    thanks: `Terima kasih atas ${yours(f, 'perhatian')}.`,
    voicemail: { ask: some ? 'Waktu yang saya usulkan masih dapat saya hadiri.' : undefined },
  }
}

function english(f: Facts): KindText {
  const some = f.alternatives.length > 0
  return {
    subject: `Following Up on My Reschedule Request – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, `follow up on my request to reschedule the interview ${scheduledOn(f)}`),
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
        ? `If another time would suit you better, I will gladly fit in, and I will confirm the details once we agree. I remain very interested in the ${f.position} position. ${reachMe(f, 'If it is easier to settle by phone')}`
        : 'If another time would suit you better, I will gladly fit in.',
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
