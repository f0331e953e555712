import { noticeApology, reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  closingAside,
  interviewWithReference,
  medium,
  offeredTimes,
  pleaseTell,
  purposeSentence,
  reachMe,
  scheduledOn,
  spokenTitle,
  subjectReference,
  whose,
  yours,
} from './phrases'

const COUNT: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five' }

/**
 * The letter's last line: for an onsite interview, the offer to take it by video at one of the proposed
 * times (the contact details are under the signature); otherwise how to reach the candidate.
 */
/** The confirmation closes the paragraph; a video offer goes before it, a contact line after (review 8, U5). */
function closing(f: Facts, confirm: string): string {
  const offer = byVideoToo(f)
  return f.mode === 'onsite' && f.alternatives.length > 0 ? `${offer} ${confirm}` : `${confirm} ${offer}`
}

function byVideoToo(f: Facts): string {
  if (f.mode !== 'onsite' || f.alternatives.length === 0)
    return reachMe(f, f.language === 'id' ? 'Apabila ada pertanyaan' : 'If you have any questions')
  return f.language === 'id'
    ? // Not a second "Apabila … bersedia" after the one before it (review 14); the offer names the proposed
      // times, so that it cannot be read as Monday's slot by video, the refused reschedule's offer (review 16).
      `Bila lebih memudahkan, wawancara pada ${f.alternatives.length === 1 ? 'waktu tersebut' : 'salah satu waktu tersebut'} juga dapat saya ikuti melalui panggilan video.`
    : 'If it is more convenient, I could also do the interview by video at any of these times.'
}

/** "my Monday 10 a.m. interview" for a weekday said alone (a voicemail); else "my interview on Monday, 7 …". */
function myInterview(on: string): string {
  const brief = /^on (\w+)(?: at (.+))?$/.exec(on)
  return brief ? `my ${brief[1]}${brief[2] ? ` ${brief[2]}` : ''} interview` : `my interview ${on}`
}

function indonesian(f: Facts): KindText {
  const some = f.alternatives.length > 0
  const written: Pick<KindText, 'ask' | 'list' | 'next'> =
    f.channel === 'phone'
      ? {
          ask: some ? `Saya bisa hadir ${f.spokenAlternatives}.${alsoSent(f)}` : undefined,
          // The question asked in full, as in the chase call: a bare "Mana …?" lands abruptly (review 7, T8).
          // It ends the step, so the caller waits for the answer; the promise to confirm comes after (review 26).
          next: `Kira-kira waktu mana yang paling sesuai${f.you ? ` untuk ${f.you}` : ''}?`,
        }
      : f.channel === 'whatsapp'
        ? {
            ask: some ? 'Saya dapat hadir pada:' : undefined,
            list: some ? f.alternatives : undefined,
            // What is confirmed: the attendance, not the vague "Detailnya akan saya konfirmasi kemudian" (review 13).
            // "nanti saya konfirmasi" is chat between friends (reviews 23 and 24).
            next: `Mohon dikabari waktu yang sesuai${spokenTitle(f)}. Saya akan segera mengonfirmasinya.`,
          }
        : {
            ask: some ? 'Sebagai alternatif, saya dapat hadir pada:' : undefined,
            list: some ? f.alternatives : undefined,
            next: `${some ? `${pleaseTell(f, 'waktu yang paling sesuai')} Apabila ${offeredTimes(f.alternatives.length)} kurang sesuai, saya bersedia menyesuaikan dengan waktu lain yang ${f.you} tentukan.` : `${pleaseTell(f, 'jadwal pengganti yang tersedia')} Saya bersedia menyesuaikan dengan jadwal tersebut.`} ${closing(f, 'Setelah waktunya disepakati, saya akan segera mengonfirmasi kehadiran saya.')}`,
          }
  return {
    subject: `Permohonan Penjadwalan Ulang Wawancara – ${f.position}${subjectReference(f)}`,
    // Said aloud, a question, not the letter's "memohon agar … dijadwalkan ulang" (review 16).
    purpose:
      f.channel === 'phone'
        ? f.voicemail
          ? purposeSentence(f, `menanyakan apakah wawancara ${closingAside(f.on)} bisa dijadwalkan ulang`)
          : purposeSentence(
              f,
              `menanyakan apakah wawancara saya ${scheduledOn(f)} bisa dijadwalkan ulang${spokenTitle(f)}`,
            )
        : purposeSentence(
            f,
            // After "(undangan nomor …)" the day is tied to a verb, not left hanging on "pada" (review 13).
            `memohon agar ${interviewWithReference(f)}${f.reference && f.channel === 'email' ? ' yang akan berlangsung' : ''} ${closingAside(f.on)} dapat dijadwalkan ulang`,
            f.channel === 'whatsapp' ? 'ingin' : 'bermaksud',
          ),
    reason: reasonSentence(f.reason, 'id', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'id', f.channel !== 'email'),
    ...written,
    // A call keeps under ~90 words (review 5, H8): its thanks is the short one.
    thanks:
      f.channel === 'phone'
        ? f.officeOpen
          ? `Baik, akan saya konfirmasi melalui ${medium(f)}. Terima kasih${spokenTitle(f)}.`
          : `Terima kasih${spokenTitle(f)}.`
        : `Terima kasih atas ${yours(f, f.channel === 'email' ? 'pengertian dan bantuan' : 'pengertian')}.`,
    // As in English: a call that waits for the office follows an email already sent (review 9, V1); one
    // placed at once says the email is still to come, and when (review 16).
    voicemail: {
      ask: some
        ? f.officeOpen
          ? `Usulan waktu penggantinya akan saya kirimkan melalui ${medium(f)} hari ini.`
          : `Usulan waktu pengganti sudah saya kirimkan melalui ${medium(f)}.`
        : undefined,
    },
  }
}

function english(f: Facts): KindText {
  const some = f.alternatives.length > 0
  const written: Pick<KindText, 'ask' | 'list' | 'next'> =
    f.channel === 'phone'
      ? {
          ask: some ? `I could do ${f.spokenAlternatives}.${alsoSent(f)}` : undefined,
          next: 'Which suits you best?',
        }
      : f.channel === 'whatsapp'
        ? {
            ask: some ? 'I could attend on:' : undefined,
            list: some ? f.alternatives : undefined,
            next: 'Please let me know which suits you, and I will confirm the details.',
          }
        : {
            // Not "at any of these times": the video offer below says that (review 18).
            ask: some ? 'I am available at the following times:' : undefined,
            list: some ? f.alternatives : undefined,
            next: `${some ? 'Please let me know which suits you best, or suggest another time if none does.' : 'I will make myself available at a time that suits you.'} ${closing(f, 'Once we agree on a time, I will confirm the details.')}`,
          }
  return {
    subject: `Request to Reschedule Interview – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      f.channel === 'phone'
        ? // "reschedule my interview today" could be heard as "move it to today" (review 4, G11).
          /^(?:today|this|tomorrow)/.test(f.on)
          ? `ask whether we could move ${whose(f.on)}`
          : // Said aloud, "move my interview on Monday" sounds like moving it to Monday (review 10), and "move
            // it from Monday" hangs without a "to" (review 16): the interview is named first, then moved.
            `ask whether ${myInterview(f.on)} could be moved`
        : `ask whether my ${interviewWithReference(f)} ${closingAside(scheduledOn(f))} could be rescheduled`,
    ),
    reason: reasonSentence(f.reason, 'en', f.channel === 'email' ? 'now' : 'brief'),
    apology: noticeApology(f.notice, 'en', f.channel !== 'email'),
    ...written,
    // Not "and flexibility": the company decides (review 24).
    thanks:
      f.channel === 'phone'
        ? `Thank you.${f.officeOpen ? ` I will confirm the new time by ${medium(f)}.` : ''}`
        : 'Thank you for your understanding.',
    voicemail: {
      ask: some
        ? // A call placed at once goes with the email; a call that waits for the office follows an email
          // already sent (review 8, U3). An email does not "give" (review 7, T5).
          `${sending(f)} ${f.alternatives.length === 1 ? 'an alternative time' : `${COUNT[f.alternatives.length] ?? 'some'} alternative times`}${f.writeBy === 'email' ? '' : f.officeOpen ? ' by WhatsApp today' : ' by WhatsApp'}.`
        : undefined,
    },
  }
}

/** "I am emailing you" / "I will send you" (by WhatsApp today, said after the times). */
function sending(f: Facts): string {
  if (f.writeBy === 'email') return f.officeOpen ? 'I am emailing you' : 'I have emailed you'
  return f.officeOpen ? 'I will send you' : 'I have sent you'
}

/**
 * A call that waits for the office follows the message that proposed the times in writing: it says so after
 * saying them, and promises nothing more (review 26). A call placed at once says, once they have answered,
 * that the details follow in writing.
 */
function alsoSent(f: Facts): string {
  if (f.officeOpen) return ''
  return f.language === 'id'
    ? ` Pilihan waktu ini juga sudah saya kirimkan melalui ${medium(f)}.`
    : ` I have also sent these times by ${medium(f)}.`
}

export const reschedule: KindRecord = {
  kind: 'reschedule',
  reasons: ['illness', 'family-emergency', 'schedule-conflict', 'unforeseen', 'personal', 'preparation'],
  followUps: (channel) => (channel === 'phone' ? ['chase-reply', 'confirm-in-writing'] : ['chase-reply']),
  settles: (channel) => (channel === 'phone' ? [] : ['confirm-in-writing']),
  noticeMatters: true,
  callbackNeeded: () => true,
  // While a request waits for its answer, asking about it (chase) replaces asking again.
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
