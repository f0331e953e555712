import { noticeApology, reasonSentence } from '../reasons'
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

function indonesian(f: Facts): KindText {
  const some = f.alternatives.length > 0
  const written: Pick<KindText, 'ask' | 'list' | 'next'> =
    f.channel === 'phone'
      ? {
          ask: some ? `Saya bisa hadir ${f.spokenAlternatives}.` : undefined,
          next: `Waktu mana yang paling sesuai${f.you ? ` untuk ${f.you}` : ''}? Detailnya akan saya konfirmasi melalui email.`,
        }
      : f.channel === 'whatsapp'
        ? {
            ask: some ? 'Saya dapat hadir pada:' : undefined,
            list: some ? f.alternatives : undefined,
            next: `Mohon dikabari waktu yang sesuai${f.you ? `, ${f.you === 'Bapak' ? 'Pak' : 'Bu'}` : ''}. Detailnya akan saya konfirmasi kemudian.`,
          }
        : {
            ask: some ? 'Sebagai alternatif, saya dapat hadir pada:' : undefined,
            list: some ? f.alternatives : undefined,
            next: `${some ? `Mohon informasikan waktu yang paling sesuai bagi ${f.you}. Apabila tidak ada yang cocok dengan jadwal ${f.you}, saya bersedia menyesuaikan dengan waktu lain yang ${f.you} tentukan.` : `Saya akan menyesuaikan diri dengan jadwal yang ${f.you} tawarkan.`} Setelah waktunya disepakati, saya akan mengonfirmasi kembali detail wawancara. ${reachMe(f)}`,
          }
  return {
    subject: `Permohonan Penjadwalan Ulang Wawancara – ${f.position}${subjectReference(f)}`,
    purpose:
      f.channel === 'phone' && !f.voicemail
        ? purposeSentence(f, `menanyakan apakah wawancara ${scheduledOn(f)} dapat dijadwalkan ulang`)
        : purposeSentence(
            f,
            `memohon agar ${interviewWithReference(f)} ${f.on} dapat dijadwalkan ulang`,
            f.channel === 'whatsapp' ? 'ingin' : 'bermaksud',
          ),
    reason: reasonSentence(f.reason, 'id', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'id', f.channel !== 'email'),
    ...written,
    thanks: `Terima kasih atas ${yours(f, f.channel === 'email' ? 'pengertian dan bantuan' : 'pengertian')}.`,
    voicemail: { ask: some ? 'Usulan waktunya akan saya kirimkan melalui email.' : undefined },
  }
}

function english(f: Facts): KindText {
  const some = f.alternatives.length > 0
  const written: Pick<KindText, 'ask' | 'list' | 'next'> =
    f.channel === 'phone'
      ? {
          ask: some ? `I could do ${f.spokenAlternatives}.` : undefined,
          next: 'Which suits you best? I will confirm by email.',
        }
      : f.channel === 'whatsapp'
        ? {
            ask: some ? 'I could attend on:' : undefined,
            list: some ? f.alternatives : undefined,
            next: 'Please let me know which suits you, and I will confirm the details.',
          }
        : {
            ask: some ? 'I could attend at any of these times:' : undefined,
            list: some ? f.alternatives : undefined,
            next: `${some ? 'Please let me know which suits you best, or suggest another time if none does.' : 'I will gladly fit in with a time that suits you.'} Once we agree on a time, I will confirm the details. ${reachMe(f)}`,
          }
  return {
    subject: `Request to Reschedule Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      f.channel === 'phone'
        ? `ask to reschedule my interview ${scheduledOn(f)}`
        : `ask whether my ${interviewWithReference(f)} ${scheduledOn(f)} could be rescheduled`,
    ),
    reason: reasonSentence(f.reason, 'en', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'en', f.channel !== 'email'),
    ...written,
    thanks:
      f.channel === 'email'
        ? 'Thank you for your understanding and flexibility.'
        : 'Thank you for your understanding.',
    voicemail: { ask: some ? 'I will email you some alternative times.' : undefined },
  }
}

export const reschedule: KindRecord = {
  kind: 'reschedule',
  reasons: ['illness', 'family-emergency', 'schedule-conflict', 'unforeseen', 'personal', 'preparation'],
  followUps: (channel) => (channel === 'phone' ? ['chase-reply', 'confirm-in-writing'] : ['chase-reply']),
  noticeMatters: true,
  callbackNeeded: true,
  // While a request waits for its answer, asking about it (chase) replaces asking again.
  fits: (interview, now) =>
    interview.reschedule === undefined &&
    (interview.status === 'invited' || interview.status === 'confirmed') &&
    Date.parse(interview.startsAt) > now,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
