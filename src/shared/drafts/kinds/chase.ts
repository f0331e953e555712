import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  belowOrReply,
  interviewWithReference,
  introduction,
  offeredTimes,
  pleaseTell,
  purposeSentence,
  spokenTitle,
  subjectReference,
  yours,
} from './phrases'

// A short, friendly follow-up on a reschedule request that has had no answer: it repeats the times still
// on offer and leaves room for a time of theirs (seed 000: let the company pick).
function indonesian(f: Facts): KindText {
  const some = f.alternatives.length > 0
  /** The interview named by its day: "jadwal wawancara hari Senin", never "… pada Senin" (a move to Monday). */
  const interviewOnDay = `jadwal wawancara ${f.on.replace(/^pada /, 'hari ')}`
  return {
    subject: `Tindak Lanjut Permohonan Penjadwalan Ulang Wawancara – ${f.position}${subjectReference(f)}`,
    // The request named with when it went out (in a letter), the interview after it: nothing that reads as
    // if the interview had been sent (review 4, G9, G14). Said aloud, "menanyakan kelanjutan", never the
    // written "menindaklanjuti" (review 7, T4). "menjadwalkan ulang wawancara pada Senin" reads as a move to
    // Monday (review 12): the interview is named by its day ("jadwal wawancara hari Senin"), and the letter says
    // when it is "saat ini terjadwal", since "semula" reads as if it had already moved (reviews 24 and 25).
    purpose:
      f.channel === 'phone' && !f.voicemail
        ? // On the phone the call speaks for itself: no "menelepon untuk … untuk" (review 8, U2).
          `${introduction(f)} Saya ingin menanyakan kelanjutan permohonan saya untuk memindahkan ${interviewOnDay}.`
        : f.voicemail
          ? `Saya ingin menanyakan kelanjutan permohonan saya untuk memindahkan ${interviewOnDay}.`
          : f.channel === 'email'
            ? // The request's day and the interview's each in a sentence of its own: in one, the two weekdays and
              // the reference made it too long to read at once (reviews 5 and 13).
              `${purposeSentence(
                f,
                // "pesan saya", not "email saya": the request may have gone by chat (review 12); "tertanggal",
                // the letter idiom, as "pesan saya pada Senin" could read as a follow-up made on that Monday
                // (review 16). The day next to "pesan", so that "yang saya kirimkan" never follows "(undangan
                // nomor …)" (review 13).
                f.requestedOn
                  ? `menindaklanjuti pesan saya tertanggal ${f.requestedOn}, perihal permohonan penjadwalan ulang ${interviewWithReference(f)}`
                  : `menindaklanjuti permohonan saya sebelumnya untuk menjadwalkan ulang ${interviewWithReference(f)}`,
                'ingin',
              )} Wawancara tersebut saat ini terjadwal ${f.on}.`
            : // One "jadwal" in the phrase, not "penjadwalan ulang … yang semula dijadwalkan", and the interview
              // named by its day ("wawancara hari Senin"), never "memindahkan … pada Senin" (review 16).
              purposeSentence(
                f,
                `menindaklanjuti permohonan saya untuk memindahkan ${interviewOnDay}`,
                'ingin',
              ),
    // "tetap", not a second "masih" after the interview's day (review 25).
    reason: f.channel === 'email' ? 'Saya tetap sangat berminat pada posisi ini.' : undefined,
    ask:
      f.channel === 'phone'
        ? some
          ? `Saya masih dapat hadir ${f.spokenAlternatives}.`
          : undefined
        : some
          ? f.channel === 'email'
            ? 'Pilihan waktu yang saya usulkan sebelumnya masih berlaku:'
            : 'Saya masih dapat hadir pada waktu yang saya usulkan:'
          : undefined,
    list: f.channel === 'phone' || !some ? undefined : f.alternatives,
    next:
      f.channel === 'email'
        ? // Without a title, "Bapak/Ibu" stays where a pronoun is needed and the rest is written around it
          // (review 6, #86). No two sentences in a row open alike ("Saya …", "Apabila …", review 7, T3).
          `Saya memahami kesibukan ${f.to.titled ? f.you : 'Bapak/Ibu'} dan berharap jadwal pengganti sudah dapat ditetapkan sebelum tanggal wawancara semula. ${some ? `${pleaseTell(f, 'waktu mana yang paling sesuai')} Apabila ${offeredTimes(f.alternatives.length)} kurang sesuai, saya bersedia menyesuaikan dengan waktu lain yang ${f.to.titled ? `${f.you} tentukan` : 'ditentukan'}.` : `${pleaseTell(f, 'waktu yang sesuai')} Saya akan dengan senang hati menyesuaikan jadwal dan segera mengonfirmasi kehadiran saya melalui email. Kepastian jadwal tersebut akan sangat membantu saya dalam mempersiapkan diri.`} Bila lebih mudah dibicarakan melalui telepon, ${f.to.titled ? `${f.you} dapat menghubungi saya ${belowOrReply(f)}` : `saya dapat dihubungi ${f.me.phone ? 'di nomor di bawah ini' : 'melalui email ini'}`}.`
        : f.channel === 'phone'
          ? some
            ? `Kira-kira waktu mana yang paling sesuai${f.you ? ` untuk ${f.you}` : ''}?`
            : `Kapan waktu wawancara pengganti yang sesuai${f.you ? ` untuk ${f.you}` : ''}? Saya bersedia menyesuaikan.`
          : // A chat that only lists the times never asks which one (review 5, H6).
            `Mohon dikabari waktu yang ${some ? 'paling ' : ''}sesuai${spokenTitle(f)}. ${some ? 'Saya juga dapat menyesuaikan dengan waktu lain.' : 'Saya bersedia menyesuaikan.'}`,
    thanks: `Terima kasih atas ${yours(f, 'perhatian')}.${f.channel === 'email' ? ' Saya menantikan kabar selanjutnya.' : ''}`,
    voicemail: {
      ask: some ? 'Pilihan waktu yang saya usulkan sebelumnya masih berlaku.' : undefined,
    },
  }
}

/**
 * "set for Monday, …": "reschedule the interview on Monday" reads as a move to Monday, and "reschedule … the
 * interview originally scheduled for" says "schedule" twice (review 16).
 */
const setFor = (f: Facts) => `set for ${f.on.replace(/^on /, '')}`

function english(f: Facts): KindText {
  const some = f.alternatives.length > 0
  return {
    subject: `Following Up on My Reschedule Request – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      f.channel === 'email' && f.requestedOn
        ? // "my message of …, asking to …" (it may have gone by chat or phone): the request's day and the interview's day kept apart (review 7, T3).
          `follow up on my message of ${f.requestedOn}, asking to move my ${interviewWithReference(f)} ${setFor(f)}`
        : `follow up on my request to move the ${interviewWithReference(f)} ${setFor(f)}`,
    ),
    reason: f.channel === 'email' ? 'I remain very interested in the role.' : undefined,
    ask:
      f.channel === 'phone'
        ? some
          ? `I am still available ${f.spokenAlternatives}.`
          : undefined
        : some
          ? f.channel === 'email'
            ? 'The times I proposed earlier still stand:'
            : 'I am still available at these times:'
          : undefined,
    list: f.channel === 'phone' || !some ? undefined : f.alternatives,
    next:
      f.channel === 'email'
        ? `I appreciate that you must be busy, and I hope we can agree a new time before ${f.weekday}. ${some ? 'If none of these suits you, I am happy to work around your schedule, and I will confirm the details as soon as we have a date.' : 'Please let me know a time that suits you. I will arrange my schedule around it and confirm the details as soon as we have a date.'} If it is easier to settle this by phone, please call me ${belowOrReply(f)}.`
        : f.channel === 'phone'
          ? some
            ? 'Which would suit you best?'
            : 'What time would suit you for the new interview? I am happy to work around your schedule.'
          : some
            ? // The company's time, not one the candidate picks (review 16).
              'Could you let me know which suits you best? If none of these works, I am happy to fit in with your schedule.'
            : 'Could you let me know a time that suits you? I am happy to work around your schedule.',
    thanks: 'Thank you for your time.',
    voicemail: { ask: some ? 'The times I suggested still work for me.' : undefined },
  }
}

export const chase: KindRecord = {
  kind: 'chase',
  reasons: [],
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: () => true,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
