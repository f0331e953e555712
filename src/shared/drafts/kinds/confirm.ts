import type { Facts } from '../facts'
import { everyChannel, type KindRecord, type KindText } from './record'
import { interviewWithReference, purposeSentence, scheduledOn, subjectReference } from './phrases'

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
function questions(f: Facts): string {
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
  return missing ? `${missing} ${bring}` : bring
}

function indonesian(f: Facts): KindText {
  return {
    subject: `Konfirmasi Kehadiran Wawancara – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      `mengonfirmasi kehadiran saya dalam ${interviewWithReference(f)} ${scheduledOn(f)}${how(f)}`,
    ),
    ask: questions(f),
    thanks: `Terima kasih atas undangannya. Saya menantikan kesempatan bertemu dengan ${f.you ? `${f.you} dan tim` : 'tim'}.`,
  }
}

function english(f: Facts): KindText {
  return {
    subject: `Interview Confirmation – ${f.position}${subjectReference(f)}`,
    purpose: purposeSentence(
      f,
      `confirm that I will attend the ${interviewWithReference(f)} ${scheduledOn(f)}${how(f)}`,
    ),
    ask: questions(f),
    thanks: 'Thank you for the invitation; I look forward to meeting you.',
  }
}

export const confirm: KindRecord = {
  kind: 'confirm',
  reasons: [],
  statusAfter: 'confirmed',
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: false,
  fits: (interview, now) => interview.status === 'invited' && Date.parse(interview.startsAt) > now,
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
