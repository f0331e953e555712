import { cleanDetail, noticeApology, reasonSentence } from '../reasons'
import type { Mode } from '../../model/interview'
import type { NoticeLevel } from '../../schedule/notice'
import type { Facts } from '../facts'
import type { ReasonCategory } from '../types'
import type { KindText } from './record'
import {
  confirmInWriting,
  interviewWithReference,
  introduction,
  scheduledOn,
  subjectReference,
  whose,
  yours,
} from './phrases'

/**
 * An unforeseen problem on the day of an onsite interview (a flooded road, a breakdown) usually stops the
 * journey, not the talk (review 4, G12). The message does not cancel and then offer video in one breath
 * (review 5, H1): it says the candidate cannot come to the office, asks for video at the same hour, and
 * cancels only if that is not possible.
 */
export const videoInstead = (f: Facts): boolean => asksVideoFirst(f.mode, f.reason?.category, f.notice)

/**
 * The same rule on an interview's mode, the reason chosen and the notice left: such a message does not
 * cancel the interview when it is sent; the company's answer does (`drafts/markSent`).
 */
export const asksVideoFirst = (
  mode: Mode,
  reason: ReasonCategory | undefined,
  notice: NoticeLevel,
): boolean => mode === 'onsite' && reason === 'unforeseen' && notice === 'late'

/** A typed detail short enough for a voicemail to tell the problem itself (not "an unforeseen problem"). */
const VOICEMAIL_DETAIL_WORDS = 10

/** The problem as the user typed it, as a sentence start ("Jalan menuju kantor Ibu tertutup banjir"). */
function told(f: Facts): string | undefined {
  const detail = cleanDetail(f.reason?.detail)
  if (!detail) return undefined
  if (f.voicemail && detail.split(/\s+/).length > VOICEMAIL_DETAIL_WORDS) return undefined
  return `${detail.charAt(0).toUpperCase()}${detail.slice(1)}`
}

/** Whether the voicemail keeps the typed detail (the flood, said as such). */
export const voicemailTellsProblem = (f: Facts): boolean => videoInstead(f)

function indonesian(f: Facts): KindText {
  const problem = told(f)
  const cannot = `tidak dapat hadir di kantor untuk ${interviewWithReference(f)} ${scheduledOn(f)}`
  const generic = reasonSentence(
    f.reason && { category: f.reason.category },
    'id',
    f.channel === 'email' ? 'now' : 'brief',
  )
  let purpose: string
  let reason: string | undefined
  if (f.channel === 'email') {
    // An announcement: the apology that follows says "mohon maaf" once (review 7, #71).
    purpose = `${introduction(f)} Melalui email ini, saya ingin memberitahukan bahwa saya ${cannot}.`
    reason = problem ? `${problem}, sehingga saya tidak dapat tiba tepat waktu.` : generic
  } else if (problem) {
    // The problem names the office already: "tidak dapat hadir untuk wawancara …", not "di kantor" twice.
    const attend = `tidak dapat hadir untuk ${interviewWithReference(f)} ${scheduledOn(f)}`
    purpose = [introduction(f), `${problem}, sehingga saya ${attend}.`].filter(Boolean).join(' ')
  } else {
    const lead = f.channel === 'phone' ? 'Saya menelepon karena' : 'Saya'
    purpose = [introduction(f), `${lead} ${cannot}.`].filter(Boolean).join(' ')
    reason = generic
  }
  const ask = {
    email: 'Apakah wawancara dapat dilakukan melalui panggilan video pada jam yang sama?',
    whatsapp: 'Apakah wawancara dapat dilakukan melalui video pada jam yang sama?',
    phone: 'Apakah wawancaranya bisa lewat video di jam yang sama?',
  }[f.channel]
  const fallback = {
    email:
      'Jika tidak memungkinkan, dengan menyesal saya harus membatalkan wawancara ini. Saya masih berminat pada posisi ini dan bersedia mengikuti wawancara pada waktu lain yang sesuai.',
    whatsapp:
      'Jika tidak, dengan menyesal saya harus membatalkannya, dan saya berharap masih dapat diwawancarai di lain waktu.',
    phone: `Kalau tidak, dengan menyesal saya harus membatalkannya. ${confirmInWriting(f)}`,
  }[f.channel]
  return {
    subject: `Tidak Dapat Hadir di Kantor – Wawancara ${f.position}${subjectReference(f)}`,
    purpose,
    reason,
    apology: noticeApology(f.notice, 'id', f.channel !== 'email'),
    next: `${ask} ${fallback}`,
    thanks: `Terima kasih atas ${yours(f, 'waktu dan pengertian')}.`,
    voicemail: {
      ask: 'Bisakah wawancaranya lewat video di jam yang sama?',
      extra: confirmInWriting(f),
    },
  }
}

function english(f: Facts): KindText {
  const problem = told(f)
  const interview = `my ${interviewWithReference(f)} ${scheduledOn(f)}`
  const generic = reasonSentence(
    f.reason && { category: f.reason.category },
    'en',
    f.channel === 'email' ? 'now' : 'brief',
  )
  let purpose: string
  let reason: string | undefined
  if (f.channel === 'email') {
    purpose = `${introduction(f)} I am writing to let you know that I cannot come to your office for ${interview}.`
    // "will not be able to", not a second "cannot" after "I cannot come" (review 7, #114).
    reason = problem ? `${problem}, so I will not be able to get there in time.` : generic
  } else if (problem) {
    // A voicemail says "so I cannot get there" and names the interview in its question, so the position
    // still fits in 50 words.
    const to = f.voicemail ? 'there' : `to ${interview}`
    purpose = [introduction(f), `${problem}, so I cannot get ${to}.`].filter(Boolean).join(' ')
  } else {
    const lead = f.channel === 'phone' ? 'I am calling because I' : 'I'
    purpose = [introduction(f), `${lead} cannot come to your office for ${interview}.`]
      .filter(Boolean)
      .join(' ')
    reason = generic
  }
  const ask = {
    email: 'Would it be possible to hold the interview by video at the same time?',
    whatsapp: 'Could we do the interview by video at the same time?',
    phone: 'Could we do it by video at the same time?',
  }[f.channel]
  const fallback = {
    email:
      'If not, I am afraid I will have to cancel it. I remain interested in the position and would be grateful for the chance to interview at another time that suits you.',
    whatsapp:
      'If not, I am afraid I will have to cancel, and I would be grateful for the chance to interview another day.',
    phone: `If not, I will have to cancel. ${confirmInWriting(f)}`,
  }[f.channel]
  return {
    subject: `Unable to Attend in Person – ${f.position} Interview${subjectReference(f)}`,
    purpose,
    reason,
    apology: noticeApology(f.notice, 'en', f.channel !== 'email'),
    next: `${ask} ${fallback}`,
    thanks:
      f.channel === 'phone'
        ? 'Thank you for your understanding.'
        : 'Thank you for your time and understanding.',
    voicemail: {
      ask: problem ? `Could we do ${whose(f.on)} by video?` : 'Could we do it by video?',
      extra: confirmInWriting(f),
    },
  }
}

/** The flood variant's sentences (see `videoInstead`). */
export const cancelByVideo = (f: Facts): KindText => (f.language === 'id' ? indonesian(f) : english(f))
