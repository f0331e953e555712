import type { Facts } from '../facts'
import { courtesy } from './phrases'
import { everyChannel, type KindRecord, type KindText } from './record'

/** "hari ini" / "kemarin" / "pada Senin, 7 Desember 2026": when the conversation took place. */
function heldWhen(f: Facts): string {
  if (f.language === 'id')
    return f.heldOn === 'today' ? 'hari ini' : f.heldOn === 'yesterday' ? 'kemarin' : `pada ${f.date}`
  return f.heldOn === 'today' ? 'today' : f.heldOn === 'yesterday' ? 'yesterday' : `on ${f.date}`
}

// A thank-you does not introduce the candidate again, quote a reference or apologise (DOMAIN.md, Thanks);
// the interviewer may not have been the contact, so the team is thanked too.
function indonesian(f: Facts): KindText {
  const team = f.you ? `${f.you} dan tim` : 'tim'
  const thanksFor =
    f.channel === 'phone'
      ? `Saya ${f.me.name}. ${courtesy(f)} Saya menelepon untuk berterima kasih atas wawancara posisi ${f.position} ${heldWhen(f)}.`
      : `Terima kasih atas waktu yang ${team} luangkan untuk wawancara posisi ${f.position} ${heldWhen(f)}.`
  return {
    subject: `Terima Kasih atas Wawancara – ${f.position}`,
    purpose: thanksFor,
    next:
      f.channel === 'phone'
        ? `Setelah mendengar penjelasan tadi, saya semakin tertarik untuk bergabung. Jika ada dokumen yang masih diperlukan, silakan kabari saya${f.you ? `, ${f.you === 'Bapak' ? 'Pak' : 'Bu'}` : ''}.`
        : `Penjelasan mengenai posisi ini dan ${f.you ? `tim ${f.you}` : 'timnya'} membuat saya semakin tertarik untuk bergabung dengan ${f.company}. Apabila diperlukan informasi atau dokumen tambahan, saya dengan senang hati akan melengkapinya.`,
    thanks: 'Saya menantikan kabar mengenai tahap selanjutnya.',
  }
}

function english(f: Facts): KindText {
  const thanksFor =
    f.channel === 'phone'
      ? `This is ${f.me.name}. ${courtesy(f)} I am calling to thank you for the ${f.position} interview ${heldWhen(f)}.`
      : `Thank you for taking the time to speak with me ${heldWhen(f)} about the ${f.position} position.`
  return {
    subject: `Thank You – ${f.position} Interview`,
    purpose: thanksFor,
    next: `Learning more about the role and your team made me even keener to join ${f.company}. If you need any further information from me, I would be happy to provide it.`,
    thanks: 'I look forward to hearing about the next steps.',
  }
}

export const thanks: KindRecord = {
  kind: 'thanks',
  reasons: [],
  followUps: () => [],
  noticeMatters: false,
  callbackNeeded: false,
  needsHeld: 'ended',
  fits: (interview, now) =>
    interview.status === 'completed' ||
    (interview.status === 'confirmed' && Date.parse(interview.startsAt) <= now),
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
