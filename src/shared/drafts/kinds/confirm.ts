import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import {
  interviewWithReference,
  purposeSentence,
  scheduledOn,
  soon,
  spokenTitle,
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

/** A moved video interview may have a new link: the one from the invitation is not taken for granted. */
const linkMayChange = (f: Facts) => f.newTime && f.mode === 'video' && f.hasMeetingUrl

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
  // She is on the line: ask her directly. In writing, a link that may have changed joins the same request.
  const bring = linkMayChange(f)
    ? id
      ? spoken
        ? `Apakah tautan wawancaranya tetap sama? Apakah ada ${what}?`
        : `Apabila tautan wawancara${f.channel === 'email' ? '' : 'nya'} diperbarui atau ada ${what}, mohon informasikan kepada saya.`
      : spoken
        ? `Is the meeting link still the same? Is there anything I should ${what}?`
        : `If the meeting link has changed, please send me the new one${f.channel === 'email' ? '' : ','} and let me know if there is anything I should ${what}.`
    : id
      ? spoken
        ? `Apakah ada ${what}?`
        : `Mohon kiranya diinformasikan apabila ada ${what.replace(/^(dokumen|hal)/, '$1 lain')}.`
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
        ? linkMayChange(f)
          ? id
            ? 'Saya akan memastikan koneksi dan perangkat saya siap, lalu bergabung beberapa menit lebih awal.'
            : 'I will check my connection and equipment in advance and log in a few minutes early.'
          : id
            ? `${f.hasMeetingUrl ? 'Tautan wawancara sudah saya terima. Saya' : 'Saya'} akan bergabung beberapa menit lebih awal setelah memastikan koneksi dan perangkat saya siap.`
            : `${f.hasMeetingUrl ? 'I have the meeting link from your invitation and will' : 'I will'} join a few minutes early, with my connection and equipment checked.`
        : id
          ? 'Pada waktu tersebut saya akan berada di tempat yang tenang dan siap menerima telepon.'
          : 'At that time I will be somewhere quiet and ready to take your call.'
  const [missing, bring] = questions(f)
  // English joins the question and the CV offer in one sentence; Indonesian keeps them apart.
  const askAndCv = id
    ? `${bring} Saya juga dapat mengirimkan CV terbaru terlebih dahulu bila diperlukan.`
    : linkMayChange(f)
      ? `${bring} I would also be happy to send an updated CV beforehand.`
      : `${bring.replace(/\.$/, '')}; I would also be happy to send an updated CV beforehand.`
  // The number is under the signature: the line says how, not the number again.
  // Just after a move, another change is a further one.
  const reach = id
    ? `${f.newTime ? 'Jika ada perubahan lebih lanjut' : 'Apabila ada perubahan jadwal'}, ${f.you ?? 'tim'} dapat mengabari saya dengan membalas email ini atau melalui telepon.`
    : `If anything ${f.newTime ? 'else ' : ''}changes, please reply to this email${f.me.phone ? ' or call me on the number below' : ''}.`
  return [missing, ready, askAndCv, reach].filter(Boolean).join(' ')
}

/**
 * After the company agreed to a new time, the confirmation names it as the new time and thanks them for
 * moving it, not for the invitation.
 */
function indonesianTimes(f: Facts): { confirmOn: string; thanksFor: string } {
  if (!f.newTime) return { confirmOn: scheduledOn(f), thanksFor: 'Terima kasih atas undangannya.' }
  return {
    confirmOn: `sesuai dengan jadwal baru yang telah disepakati, yaitu ${f.on}`,
    // No slash in a chat: without a known title the sentence does without "Bapak/Ibu".
    thanksFor: f.you
      ? `Terima kasih atas kesediaan ${f.you} untuk menjadwalkan ulang wawancara ini.`
      : 'Terima kasih telah berkenan menjadwalkan ulang wawancara ini.',
  }
}

function indonesian(f: Facts): KindText {
  const { confirmOn, thanksFor } = indonesianTimes(f)
  const aim =
    // A voicemail keeps it short: the new time, said once.
    f.voicemail && f.newTime
      ? `mengonfirmasi jadwal wawancara yang baru, yaitu ${f.on}${how(f)}`
      : f.channel === 'email'
        ? `mengonfirmasi bahwa saya akan ${f.mode === 'onsite' ? 'hadir dalam' : 'mengikuti'} ${interviewWithReference(f)} ${confirmOn}${how(f)}`
        : `mengonfirmasi kehadiran saya dalam ${interviewWithReference(f)} ${confirmOn}${how(f)}`
  const bring = f.mode === 'onsite' ? 'dokumen yang perlu saya bawa' : 'hal yang perlu saya siapkan'
  return {
    subject: `${f.newTime ? 'Konfirmasi Jadwal Wawancara yang Baru' : 'Konfirmasi Kehadiran Wawancara'} – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(f, aim, ''),
    ask: f.channel === 'email' ? undefined : questions(f).filter(Boolean).join(' '),
    next: readiness(f),
    thanks:
      f.channel === 'phone'
        ? `${f.newTime ? 'Terima kasih sudah berkenan menjadwalkan ulang wawancaranya' : 'Terima kasih atas undangannya'}${spokenTitle(f)}. Sampai bertemu ${soon(f)}.`
        : `${thanksFor} Saya menantikan kesempatan ${f.mode === 'onsite' ? 'bertemu' : 'berbincang'} dengan ${f.you ? `${f.you} dan tim` : 'tim'}${f.channel === 'email' ? ' serta mengenal lebih jauh posisi ini' : ''}.`,
    // A new time's voicemail keeps to the time (with its hour) and the thanks: the call asks the rest.
    voicemail: {
      ask: f.newTime ? undefined : `Jika ada ${bring}, mohon kabari saya.`,
      extra: f.newTime ? 'Terima kasih sudah berkenan menjadwalkan ulang wawancaranya.' : undefined,
    },
  }
}

function english(f: Facts): KindText {
  // After the company agreed to a new time: the new time, and thanks for moving it.
  const at = f.newTime ? `at the new time we agreed, ${f.on}` : scheduledOn(f)
  const thanksFor = f.newTime
    ? 'Thank you for agreeing to reschedule the interview.'
    : 'Thank you for the invitation.'
  return {
    subject: `${f.newTime ? 'Confirmation of the New Interview Time' : 'Interview Confirmation'} – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      f.voicemail
        ? f.newTime
          ? `confirm the new interview time, ${f.on.replace(/^on /, '')}${how(f)}`
          : `confirm that I will attend ${whose(f.on)}${how(f)}`
        : f.mode === 'video'
          ? `confirm that I will join the video ${interviewWithReference(f)} ${at}`
          : `confirm that I will attend the ${interviewWithReference(f)} ${at}${how(f)}`,
    ),
    ask: f.channel === 'email' ? undefined : questions(f).filter(Boolean).join(' '),
    next: readiness(f),
    // A video or phone interview is not a meeting in person (review 6, S5).
    thanks:
      f.channel === 'email'
        ? `${thanksFor} I look forward to ${f.mode === 'onsite' ? 'meeting' : 'speaking with'} you and learning more about the role.`
        : f.channel === 'phone'
          ? `${thanksFor} I look forward to ${f.mode === 'onsite' ? 'seeing you' : 'speaking with you'} ${soon(f)}.`
          : `${thanksFor} I look forward to ${f.mode === 'onsite' ? 'meeting' : 'speaking with'} you.`,
    voicemail: {
      ask: f.newTime
        ? undefined
        : `Please let me know if I should ${f.mode === 'onsite' ? 'bring' : 'prepare'} anything.`,
      extra: f.newTime ? 'Thank you for agreeing to reschedule.' : undefined,
    },
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
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
