import type { Facts } from '../facts'
import { courtesy, spokenTitle } from './phrases'
import { everyChannel, type KindRecord, type KindText } from './record'

/** "hari ini" / "kemarin" / "pada Senin, 7 Desember 2026": when the conversation took place. */
function heldWhen(f: Facts): string {
  if (f.language === 'id')
    return f.heldOn === 'today' ? 'hari ini' : f.heldOn === 'yesterday' ? 'kemarin' : `pada ${f.date}`
  return f.heldOn === 'today' ? 'today' : f.heldOn === 'yesterday' ? 'yesterday' : `on ${f.date}`
}

// A thank-you does not introduce the candidate again, quote a reference or apologise (DOMAIN.md, Thanks);
// the interviewer may not have been the contact, so the team is thanked too. The letter offers something
// real (references, samples of work) rather than a contact line that repeats the signature (review 6, S6),
// without assuming a former employer: many users apply for their first job (review 22).
function indonesian(f: Facts): KindText {
  // To an untitled contact, met at the interview, no "Bapak/Ibu": the sentences are written around it (review 13).
  const titled = f.to.titled ? f.you : undefined
  const team = titled ? `${titled} dan tim` : 'tim'
  const thanksFor = f.voicemail
    ? `Saya menelepon untuk mengucapkan terima kasih atas wawancara posisi ${f.position} ${heldWhen(f)}.`
    : f.channel === 'phone'
      ? `Saya ${f.me.name}. ${courtesy(f)} Saya menelepon untuk mengucapkan terima kasih atas wawancara posisi ${f.position} ${heldWhen(f)}.`
      : `Terima kasih atas waktu yang ${titled ? `${team} luangkan` : 'telah diluangkan'} untuk wawancara posisi ${f.position} ${heldWhen(f)}.${f.channel === 'email' ? ` Saya senang dapat memahami lebih jauh tanggung jawab posisi ini dan cara kerja tim di ${f.company}.` : ''}`
  return {
    subject: `Terima Kasih atas Wawancara – ${f.position}`,
    purpose: thanksFor,
    next:
      f.channel === 'phone'
        ? `Setelah wawancara itu, saya semakin tertarik untuk bergabung. Jika ada dokumen yang masih diperlukan, mohon kabari saya${spokenTitle(f)}.`
        : f.channel === 'email'
          ? `Percakapan tersebut membuat saya semakin tertarik untuk bergabung, dan saya yakin pengalaman serta keterampilan saya dapat memberikan kontribusi nyata bagi perusahaan. ${titled ? `Apabila ${titled} memerlukan` : 'Apabila diperlukan'} dokumen tambahan, misalnya kontak referensi, sertifikat, atau contoh hasil kerja saya yang tidak bersifat rahasia, dengan senang hati akan saya kirimkan.`
          : // The contact is often in HR: the team is the role's, not theirs (review 24).
            `Penjelasan mengenai posisi ini dan cara kerja timnya membuat saya semakin tertarik untuk bergabung dengan ${f.company}. ${f.you ? `Apabila ${f.you} memerlukan` : 'Apabila diperlukan'} dokumen tambahan, dengan senang hati akan saya kirimkan.`,
    thanks:
      f.channel === 'email'
        ? `Saya menantikan kabar mengenai tahap selanjutnya. Apa pun hasilnya, saya berharap tetap dapat menjalin hubungan baik dengan ${titled ? team : `tim ${f.company}`}. Sekali lagi, terima kasih atas kesempatan ini.`
        : f.channel === 'phone'
          ? `Saya menantikan kabar mengenai tahap selanjutnya. Sekali lagi terima kasih${spokenTitle(f)}. ${f.greeting}.`
          : 'Saya menantikan kabar mengenai tahap selanjutnya.',
  }
}

function english(f: Facts): KindText {
  const thanksFor = f.voicemail
    ? `I am calling to thank you for the ${f.position} interview ${heldWhen(f)}.`
    : f.channel === 'phone'
      ? `This is ${f.me.name}. ${courtesy(f)} I am calling to thank you for the ${f.position} interview ${heldWhen(f)}.`
      : `Thank you for taking the time to speak with me ${heldWhen(f)} about the ${f.position} position.${f.channel === 'email' ? ` I enjoyed learning more about the responsibilities of the role and about how the team at ${f.company} works.` : ''}`
  return {
    subject: `Thank You – ${f.position} Interview`,
    purpose: thanksFor,
    next:
      f.channel === 'email'
        ? // "the team" once, and "join" said with what it joins to (review 7, #37).
          `Our conversation has made me even keener to join, and I am confident that my experience and skills would allow me to contribute from the start. If you need anything further, such as references, certificates or examples of my work (with any confidential data removed), I would be happy to send them.`
        : f.channel === 'phone'
          ? 'After our conversation, I am even more interested in joining your team. If you need anything else from me, please just let me know.'
          : `Learning more about the role and your team made me even keener to join ${f.company}. If you need any further information from me, I would be happy to provide it.`,
    thanks:
      f.channel === 'email'
        ? 'I look forward to hearing about the next steps, and whatever the outcome, I hope we can stay in touch. Thank you again for the opportunity.'
        : f.channel === 'phone'
          ? `I look forward to hearing about the next steps. Thank you again, and have a ${f.greeting.replace(/^Good /, 'good ')}.`
          : 'I look forward to hearing about the next steps.',
    // Straight after a thank-you, a bare "You can reach me on" sounds like a request to call back, when there
    // is nothing to discuss; the Indonesian "Bila diperlukan" says why the number is left (review 16).
    voicemail: { reach: 'If you need anything from me, you can reach me on' },
  }
}

export const thanks: KindRecord = {
  kind: 'thanks',
  reasons: [],
  followUps: () => [],
  settles: () => ['send-thanks'],
  noticeMatters: false,
  callbackNeeded: () => false,
  needsHeld: 'ended',
  templates: { id: everyChannel(indonesian), en: everyChannel(english) },
}
