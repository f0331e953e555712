import { noticeApology, reasonSentence } from '../reasons'
import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  closingAside,
  confirmInWriting,
  earlyOnPurpose,
  interviewWithReference,
  introduction,
  onWhen,
  purposeSentence,
  spokenTitle,
  subjectReference,
  whose,
} from './phrases'

/** What the written confirmation after a call confirms. */
// "pengunduran diri" alone first reads as resigning from a job (review 27): the decision just told.
const CONFIRMED = { id: 'keputusan ini', en: 'my decision' }

/** Only a reply close to the date needs to apologise for its timing. */
const lateReply = (f: Facts) => f.notice === 'short' || f.notice === 'late'

/**
 * The reason and the decision. Another offer or a role that does not fit is why the candidate withdraws, and
 * a letter says so in one sentence ("… sehingga, dengan berat hati, saya memutuskan …", review 13); any other reason is told,
 * then the withdrawal is a decision of its own: one clash alone would not explain leaving the process
 * (review 10).
 */
function withdrawal(f: Facts): (string | undefined)[] {
  const email = f.channel === 'email'
  const reason = reasonSentence(f.reason, 'id', email ? 'now' : 'brief')
  const decision = email
    ? 'saya memutuskan untuk mengundurkan diri dari proses seleksi ini.'
    : 'saya memutuskan mundur dari proses seleksi ini.'
  const cause = f.reason && ['other-offer', 'not-a-fit'].includes(f.reason.category)
  if (email && cause && reason && reasonSentence(f.reason, 'id', 'now', false) === reason)
    return [`${reason.slice(0, -1)} sehingga, dengan berat hati, ${decision}`]
  return [reason, `Dengan berat hati, ${decision}`]
}

function indonesian(f: Facts): KindText {
  const notFit = f.reason?.category === 'not-a-fit'
  const spoken = f.channel === 'phone'
  // "Saya berharap", so that the email's one "Semoga" is the wish for the selection (review 7, T2); "lowongan",
  // since the thanks that follows speaks of the "kesempatan" given (review 9). A WhatsApp message, kept short,
  // leaves out the company (its first line names it) and "di masa mendatang" ("bila ada" says as much).
  const email = f.channel === 'email'
  // "Di kemudian hari" opens the hope it qualifies, not between "berharap" and "dapat" (review 13); the next
  // sentence opens "Apabila", so this one has no "apabila" of its own (review 20).
  const door = email
    ? `Di kemudian hari, saya berharap dapat dipertimbangkan${notFit ? '' : ' kembali'} untuk ${notFit ? 'posisi lain yang lebih sesuai' : 'lowongan lain'} di ${f.company}.`
    : `Saya berharap dapat dipertimbangkan ${notFit ? 'untuk posisi lain yang lebih sesuai' : 'kembali bila ada lowongan lain'}.`
  return {
    // DOMAIN.md: a reply to the invitation; "Pengunduran Diri" reads as an employee resigning (review 20).
    subject: `Tanggapan atas Undangan Wawancara – ${f.position}${subjectReference(f)}`,
    // Clear and final from the first sentence: "tidak dapat memenuhi", never the hesitant "belum dapat".
    purpose: f.voicemail
      ? `Saya tidak dapat memenuhi undangan wawancara ${onWhen(f)} dan mengundurkan diri dari proses seleksi.`
      : purposeSentence(
          f,
          `menyampaikan bahwa saya tidak dapat memenuhi undangan wawancara${f.reference && f.channel === 'email' ? ` nomor ${f.reference}` : ''} ${onWhen(f)}`,
        ),
    reason: f.voicemail
      ? reasonSentence(f.reason, 'id', 'brief')
      : [
          ...withdrawal(f),
          // Why it comes now belongs with the withdrawal, not between two hopes for the future (review 5).
          earlyOnPurpose(f),
        ]
          .filter(Boolean)
          .join(' '),
    apology: lateReply(f) ? noticeApology(f.notice, 'id', f.channel !== 'email') : undefined,
    // The door stays open in the candidate's own words, not "semoga lain waktu kita dapat bekerja sama", which
    // an HR reader finds too familiar from an applicant who is withdrawing (review 9).
    // On the phone too, the hope is for later ("di kemudian hari … bila ada"): "dipertimbangkan untuk lowongan
    // lain" alone sounds like asking for another opening now, just after accepting an offer (review 16). A role
    // that is not a fit keeps the short "posisi lain": the longer wish would take the call past 90 words.
    next: spoken
      ? `${notFit ? 'Saya berharap dapat dipertimbangkan untuk posisi lain.' : 'Semoga di kemudian hari saya dapat dipertimbangkan kembali bila ada lowongan lain.'} ${confirmInWriting(f, CONFIRMED)}`
      : f.channel === 'email'
        ? `Saya menghargai waktu yang telah ${f.you} luangkan untuk meninjau lamaran saya. ${door} Apabila ${f.you ?? 'tim'} berkenan menyimpan data saya, dengan senang hati saya akan mengirimkan CV terbaru.`
        : door,
    thanks: spoken
      ? `Terima kasih banyak atas kesempatannya${spokenTitle(f)}.`
      : f.channel === 'email'
        ? `Terima kasih atas undangan dan kesempatan yang telah ${f.you} berikan. Semoga proses seleksi untuk posisi ini berjalan lancar.`
        : `Terima kasih atas undangan dan kesempatan yang telah ${f.you ? `${f.you} berikan` : 'diberikan'}.`,
    // No written confirmation here (review 27 asked for one): within 50 words it would cost the repeated
    // number, which a voicemail needs more.
    voicemail: {
      ask: `Terima kasih atas kesempatannya${spokenTitle(f)}.`,
    },
  }
}

function english(f: Facts): KindText {
  const notFit = f.reason?.category === 'not-a-fit'
  const spoken = f.channel === 'phone'
  // A WhatsApp message has named the company in its first line.
  const them = f.channel === 'email' ? `at ${f.company}` : 'with your company'
  const door = notFit
    ? `I would welcome being considered for other roles ${them} that are closer to my career goals`
    : `I would welcome being considered for future openings ${them}`
  return {
    // A reply to the invitation, as the Indonesian letter's (DOMAIN.md).
    subject: `Response to Interview Invitation – ${f.position}${subjectReference(f)}`,
    purpose: f.voicemail
      ? `I am calling to say I cannot attend ${whose(onWhen(f))} and am withdrawing my application.`
      : spoken
        ? // Said aloud, in short sentences: the interview, then the decision (review 16), not one written
          // "to decline … and to withdraw" that runs together after "at 10 a.m.". "cannot attend", as the
          // voicemail and the Indonesian say, keeps the call within 90 words.
          `${introduction(f)} I am calling about the interview ${onWhen(f)}. I am afraid I cannot attend, and I would like to withdraw my application.`
        : purposeSentence(
            f,
            `decline your invitation to the ${interviewWithReference(f)} ${closingAside(onWhen(f))} and to withdraw my application`,
          ),
    reason: [reasonSentence(f.reason, 'en', spoken ? 'brief' : 'now'), earlyOnPurpose(f)]
      .filter(Boolean)
      .join(' '),
    apology: lateReply(f) ? noticeApology(f.notice, 'en', f.channel !== 'email') : undefined,
    // Not "I hope our paths cross again", which reads as casual on a call to HR (review 9).
    next: spoken
      ? `I would be glad to be considered for ${notFit ? 'other roles' : 'future openings with you'}. ${confirmInWriting(f, CONFIRMED)}`
      : f.channel === 'email'
        ? `I appreciate the time you spent reviewing my application. ${door}, and I would be happy to send an updated CV for your files.`
        : `${door}.`,
    thanks:
      f.channel === 'email'
        ? 'Thank you for the invitation and the opportunity. I wish you every success in finding the right person for the role.'
        : 'Thank you for the invitation and the opportunity.',
    voicemail: { ask: 'Thank you for the opportunity.' },
  }
}

export const decline: KindRecord = {
  kind: 'decline',
  reasons: ['schedule-conflict', 'other-offer', 'not-a-fit', 'personal'],
  statusAfter: 'declined',
  followUps: () => [],
  // Declining in writing answers the invitation: a reminder to reply to it is done.
  settles: (channel) => (channel === 'phone' ? [] : ['confirm-in-writing']),
  noticeMatters: true,
  callbackNeeded: () => false,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
