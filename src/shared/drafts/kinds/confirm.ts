import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  interviewWithReference,
  purposeSentence,
  scheduledOn,
  soon,
  subjectReference,
  whose,
} from './phrases'

/**
 * Where or how the interview takes place, said once: the full address in an email, the building alone on
 * the phone or in a chat (never a street read aloud).
 */
function how(f: Facts): string {
  const id = f.language === 'id'
  if (f.mode === 'video') return id ? ' melalui panggilan video' : ' by video'
  if (f.mode === 'phone') return id ? ' melalui telepon' : ' by phone'
  const place = f.channel === 'email' ? f.location : f.building
  if (!place) return ''
  return id ? ` di ${place}` : ` at ${place}`
}

/** Ask only for what is still unknown, then what to bring or prepare (DOMAIN.md, Confirm). */
function questions(f: Facts): [missing: string, bring: string] {
  const id = f.language === 'id'
  const spoken = f.channel === 'phone'
  const missing =
    f.mode === 'onsite' && !f.location
      ? id
        ? 'Mohon informasikan alamat lengkap lokasi wawancara.'
        : 'Could you send me the full address of the venue?'
      : f.mode === 'video' && !f.hasMeetingUrl
        ? id
          ? 'Mohon kirimkan tautan wawancaranya.'
          : 'Could you send me the meeting link?'
        : ''
  const what =
    f.mode === 'onsite'
      ? id
        ? 'dokumen yang perlu saya bawa'
        : 'bring'
      : id
        ? 'hal yang perlu saya siapkan'
        : 'prepare'
  // She is on the line: ask her directly.
  const bring = id
    ? spoken
      ? `Apakah ada ${what}?`
      : `Mohon informasikan apabila ada ${what}.`
    : spoken
      ? `Is there anything I should ${what}?`
      : `Please let me know if there is anything I should ${what}.`
  return [missing, bring]
}

/**
 * In a letter, one paragraph (review 6, S5): how the candidate will be ready (fifteen minutes early at the
 * venue, the connection checked, reachable for the call), the question of what to bring or prepare, the
 * offer of an up-to-date CV, and how to reach them if anything changes. What is still unknown (the address,
 * the link) is asked first.
 */
function readiness(f: Facts): string | undefined {
  if (f.channel !== 'email') return undefined
  const id = f.language === 'id'
  const ready =
    f.mode === 'onsite'
      ? id
        ? 'Saya akan tiba di lokasi sekitar lima belas menit sebelum wawancara dimulai.'
        : 'I will arrive about fifteen minutes before the interview starts.'
      : f.mode === 'video'
        ? id
          ? `${f.hasMeetingUrl ? 'Tautan wawancara dari undangan sudah saya terima, dan saya' : 'Saya'} akan bergabung beberapa menit lebih awal setelah memastikan koneksi dan perangkat saya siap.`
          : `${f.hasMeetingUrl ? 'I have the meeting link from your invitation and will' : 'I will'} join a few minutes early, with my connection and equipment checked.`
        : id
          ? 'Pada waktu tersebut saya akan berada di tempat yang tenang dan siap menerima telepon.'
          : 'At that time I will be somewhere quiet and ready to take your call.'
  const [missing, bring] = questions(f)
  // English joins the question and the CV offer in one sentence; Indonesian keeps them apart.
  const askAndCv = id
    ? `${bring} Bila diperlukan, CV terbaru juga dapat saya kirimkan terlebih dahulu.`
    : `${bring.replace(/\.$/, '')}; I would also be happy to send an updated CV beforehand.`
  // The number is under the signature: the line says how, not the number again.
  const reach = id
    ? `Apabila ada perubahan jadwal, ${f.you ?? 'tim'} dapat mengabari saya dengan membalas email ini atau melalui telepon.`
    : `If anything changes, please reply to this email${f.me.phone ? ' or call me on the number below' : ''}.`
  return [missing, ready, askAndCv, reach].filter(Boolean).join(' ')
}

function indonesian(f: Facts): KindText {
  return {
    subject: `Konfirmasi Kehadiran Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      f.channel === 'email'
        ? `mengonfirmasi bahwa saya akan ${f.mode === 'onsite' ? 'hadir dalam' : 'mengikuti'} ${interviewWithReference(f)} ${scheduledOn(f)}${how(f)}`
        : `mengonfirmasi kehadiran saya dalam ${interviewWithReference(f)} ${scheduledOn(f)}${how(f)}`,
      '',
    ),
    ask: f.channel === 'email' ? undefined : questions(f).filter(Boolean).join(' '),
    next: readiness(f),
    thanks:
      f.channel === 'phone'
        ? `Terima kasih atas undangannya${f.you ? `, ${f.you === 'Bapak' ? 'Pak' : 'Bu'}` : ''}. Sampai bertemu ${soon(f)}.`
        : `Terima kasih atas undangannya. Saya menantikan kesempatan ${f.mode === 'onsite' ? 'bertemu' : 'berbincang'} dengan ${f.you ? `${f.you} dan tim` : 'tim'}${f.channel === 'email' ? ' serta mengenal lebih jauh posisi ini' : ''}.`,
    voicemail: { ask: 'Jika ada dokumen yang perlu saya bawa, mohon kabari saya.' },
  }
}

function english(f: Facts): KindText {
  return {
    subject: `Interview Confirmation – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      f.mode === 'video'
        ? `confirm that I will join the video ${interviewWithReference(f)} ${scheduledOn(f)}`
        : f.voicemail
          ? `confirm that I will attend ${whose(f.on)}${how(f)}`
          : `confirm that I will attend the ${interviewWithReference(f)} ${scheduledOn(f)}${how(f)}`,
    ),
    ask: f.channel === 'email' ? undefined : questions(f).filter(Boolean).join(' '),
    next: readiness(f),
    // A video or phone interview is not a meeting in person (review 6, S5).
    thanks:
      f.channel === 'email'
        ? `Thank you for the invitation. I look forward to ${f.mode === 'onsite' ? 'meeting' : 'speaking with'} you and learning more about the role.`
        : f.channel === 'phone'
          ? `Thank you for the invitation. I look forward to ${f.mode === 'onsite' ? 'seeing you' : 'speaking with you'} ${soon(f)}.`
          : `Thank you for the invitation. I look forward to ${f.mode === 'onsite' ? 'meeting' : 'speaking with'} you.`,
    voicemail: { ask: 'Please let me know if I should bring anything.' },
  }
}

export const confirm: KindRecord = {
  kind: 'confirm',
  reasons: [],
  statusAfter: 'confirmed',
  followUps: () => [],
  settles: (channel) => (channel === 'phone' ? [] : ['confirm-in-writing']),
  noticeMatters: false,
  callbackNeeded: () => false,
  fits: (interview, now) => interview.status === 'invited' && Date.parse(interview.startsAt) > now,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
