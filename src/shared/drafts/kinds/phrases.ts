import type { Facts } from '../facts'

/**
 * "pengertian Ibu" — or, where no title is known and a slash cannot be said or chatted, "pengertiannya".
 * Indonesian only; English sentences say "your".
 */
export const yours = (f: Facts, noun: string): string => (f.you ? `${noun} ${f.you}` : `${noun}nya`)

/** "Mohon kiranya Ibu dapat menginformasikan …"; with no title to address, the passive "dapat diinformasikan". */
export const pleaseTell = (f: Facts, what: string): string =>
  f.to.titled
    ? `Mohon kiranya ${f.you} dapat menginformasikan ${what}.`
    : `Mohon kiranya dapat diinformasikan ${what}.`

/** ", Pak" / ", Bu" closing a sentence said or chatted to the contact; nothing when no title is known. */
export const spokenTitle = (f: Facts): string => (f.you ? `, ${f.you === 'Bapak' ? 'Pak' : 'Bu'}` : '')

/** "Apabila Ibu berkenan" / "Apabila berkenan". */
export const ifWilling = (f: Facts): string => (f.you ? `Apabila ${f.you} berkenan` : 'Apabila berkenan')

/**
 * The courtesy Indonesian calls to HR open with, after the name (and its English counterpart). A call that
 * apologises asks for the time instead: "Mohon maaf mengganggu" right before "memohon maaf" spends the
 * apology before it is made (review 19, M2); and a call that only thanks has nothing to be sorry for
 * (review 21).
 */
export const courtesy = (f: Facts): string => {
  if (f.language === 'en') return 'Is now a good time to talk?'
  return f.kind === 'apology' || f.kind === 'thanks'
    ? `Boleh saya minta ${yours(f, 'waktu')} sebentar?`
    : `Mohon maaf mengganggu ${yours(f, 'waktu')} sebentar.`
}

/** Who is calling or writing, for which position (and, on the phone, the courtesy that follows). */
export function introduction(f: Facts): string {
  const { name } = f.me
  // A voicemail introduces the caller in its own words, without the courtesy (no one is interrupted).
  if (f.voicemail) return ''
  if (f.language === 'id') {
    if (f.channel === 'email') return `Saya ${name}, kandidat untuk posisi ${f.position}.`
    if (f.channel === 'whatsapp') return `Saya ${name}, kandidat posisi ${f.position} di ${f.company}.`
    return `Saya ${name}, kandidat posisi ${f.position}. ${courtesy(f)}`
  }
  // "My name is …, and I am …" reads as British English; "I am Andi, a candidate…" echoes "Saya Andi" (S9).
  if (f.channel === 'email') return `My name is ${name}, and I am a candidate for the ${f.position} position.`
  if (f.channel === 'whatsapp')
    return `This is ${name}, a candidate for the ${f.position} position at ${f.company}.`
  return `This is ${name}, a candidate for the ${f.position} position. ${courtesy(f)}`
}

/**
 * The purpose (DOMAIN.md, Purpose first): who is writing, for which position, then what the message is
 * for — shaped for the channel. `aim` is a verb phrase: "membatalkan wawancara pada …" / "cancel my …".
 */
export function purposeSentence(
  f: Facts,
  aim: string,
  lead: 'bermaksud' | 'ingin' | '' = 'bermaksud',
): string {
  if (f.voicemail) return f.language === 'id' ? `Saya menelepon untuk ${aim}.` : `I am calling to ${aim}.`
  if (f.language === 'id') {
    // "bermaksud" for a change (cancel, reschedule); a confirmation simply confirms, a follow-up "ingin".
    const saya = lead ? `saya ${lead}` : 'saya'
    if (f.channel === 'email') return `${introduction(f)} Melalui email ini, ${saya} ${aim}.`
    // A chat never says the letter's "Dengan ini saya …": a confirmation is "Saya ingin …" (review 7, #12).
    if (f.channel === 'whatsapp') return `${introduction(f)} Saya ${lead || 'ingin'} ${aim}.`
    return `${introduction(f)} Saya menelepon untuk ${aim}.`
  }
  return `${introduction(f)} ${f.channel === 'phone' ? 'I am calling' : 'I am writing'} to ${aim}.`
}

/**
 * "wawancara (undangan nomor HR/118)": the reference once in an email body (DOMAIN.md), set apart in brackets
 * as the English does, not "wawancara dengan nomor undangan …" (review 13); a chat stays short and a call
 * never reads codes aloud.
 */
export function interviewWithReference(f: Facts): string {
  const written = f.reference && f.channel === 'email'
  if (f.language === 'id') return written ? `wawancara (undangan nomor ${f.reference})` : 'wawancara'
  return written ? `interview (reference ${f.reference})` : 'interview'
}

/** The times offered, taken together: "Apabila ketiga waktu tersebut kurang sesuai" (review 13). */
export function offeredTimes(count: number): string {
  return OFFERED[count] ?? 'semua waktu tersebut'
}
const OFFERED: Record<number, string> = {
  1: 'waktu tersebut',
  2: 'kedua waktu tersebut',
  3: 'ketiga waktu tersebut',
}

/** The subject's reference suffix: " (Ref. HR/118)". */
export const subjectReference = (f: Facts): string => (f.reference ? ` (Ref. ${f.reference})` : '')

/** "pada Senin, 7 Desember 2026 pukul 10.00 WIB" / "on Monday, …" / "hari ini pukul sepuluh pagi". */
export const onWhen = (f: Facts): string => f.on

/** "yang dijadwalkan pada …" in a letter; spoken or chatted, simply "pada …". */
export const scheduledOn = (f: Facts): string =>
  f.channel === 'email' && f.language === 'id' ? `yang dijadwalkan ${onWhen(f)}` : onWhen(f)

/** "hari Senin" / "besok" / "on Monday"; a day further off is "nanti" / "then". */
export const soon = (f: Facts): string => {
  const day = f.voicemailOn[1]
  if (!/pukul|\d/.test(day)) return day
  return f.language === 'id' ? 'nanti' : 'then'
}

/** What a written confirmation confirms, named so that it cannot be read as confirming the sentence before it. */
export interface Confirmed {
  id: string
  en: string
}

/**
 * After a call, the written confirmation the app sets as a task (DOMAIN.md, Cancel). A call that waits for the
 * office follows the message the script says to send first, which the message itself says this call will
 * follow: it points back to it rather than promising one (review 20, as the reschedule call does since
 * review 9). A voicemail says it in fewer words, so that an Indonesian one has room for it too (review 23).
 * It goes by email, or by WhatsApp to a contact who has only a number: a call never promises an email to
 * someone without an address. A promise names what it confirms (`about`): after "another time" or "future
 * openings", a bare "confirm" reads as confirming those; one already sent is named without an "about this"
 * that could point at the sentence before (review 26).
 */
export function confirmInWriting(f: Facts, about?: Confirmed): string {
  const byEmail = f.writeBy === 'email'
  const sent = !f.officeOpen
  if (f.language === 'id') {
    const message = byEmail ? 'email' : 'pesan WhatsApp'
    if (sent)
      return `Saya juga sudah mengirimkan ${message}${f.you && !f.voicemail ? ` kepada ${f.you}` : ''}.`
    if (!about)
      return f.voicemail
        ? `Saya akan mengonfirmasi melalui ${medium(f)}.`
        : `Konfirmasi tertulis akan saya kirimkan melalui ${medium(f)}.`
    return f.voicemail
      ? `${about.id.charAt(0).toUpperCase()}${about.id.slice(1)} juga akan saya konfirmasi melalui ${medium(f)}.`
      : `Konfirmasi ${about.id} akan saya kirimkan melalui ${medium(f)}.`
  }
  const message = byEmail ? 'an email' : 'a WhatsApp message'
  if (sent && f.voicemail) return `I have also ${byEmail ? 'emailed you' : 'sent you a WhatsApp message'}.`
  if (sent) return `I have also sent you ${message}.`
  if (f.voicemail) return `I will confirm by ${medium(f)}.`
  const short = byEmail ? 'email' : 'WhatsApp message'
  return about
    ? `I will also confirm ${about.en} in a short ${short}.`
    : `I will also send you a short ${short} to confirm.`
}

/** "email" / "WhatsApp": how the written word after a call reaches this contact. */
export const medium = (f: Facts): string => (f.writeBy === 'email' ? 'email' : 'WhatsApp')

/**
 * How to reach the candidate, said once in an email (DOMAIN.md: include your contact details); a letter
 * that must be answered quickly names the phone number in the text, not only under the signature.
 */
/** `when` leads the sentence ("Apabila ada perubahan jadwal"); an empty one starts with "Saya" / "I". */
export function reachMe(f: Facts, when?: string): string {
  const phone = f.me.phone
  if (f.language === 'id') {
    const lead = when ?? 'Apabila ada hal yang perlu dikonfirmasi'
    const rest = `dapat dihubungi melalui email ini${phone ? ` atau di nomor ${phone}` : ''}.`
    return lead ? `${lead}, saya ${rest}` : `Saya ${rest}`
  }
  const lead = when ?? 'If anything needs confirming'
  const rest = `can be reached by replying to this email${phone ? ` or on ${phone}` : ''}.`
  return lead ? `${lead}, I ${rest}` : `I ${rest}`
}

/**
 * At ample notice, why a decline or withdrawal comes now (DOMAIN.md: give notice as early as possible): the
 * slot can still go to someone else. A cancellation that still asks for another chance says it with its
 * apology instead; a late message apologises.
 */
export function earlyOnPurpose(f: Facts): string | undefined {
  if (f.channel !== 'email' || f.notice !== 'ample') return undefined
  return f.language === 'id'
    ? // Not "Saya menyampaikan …" after "saya bermaksud menyampaikan bahwa …" (review 14); a slot is "dialihkan
      // kepada" someone, not "digunakan untuk" them (review 15).
      'Kabar ini saya sampaikan sedini mungkin agar waktu wawancara tersebut dapat dialihkan kepada kandidat lain.'
    : 'I wanted to let you know as early as possible, so that the slot can still go to another candidate.'
}

/**
 * The closing offer of an updated CV (a decline or a withdrawal, DOMAIN.md: optionally offer an updated CV).
 */
export const updatedCv = (
  f: Facts,
  what: 'lowongan lain di kemudian hari' | 'lowongan di masa mendatang',
): string =>
  f.language === 'id'
    ? `Apabila ${f.you ?? 'tim'} ingin menyimpan data saya untuk ${what}, saya dengan senang hati akan mengirimkan CV terbaru.`
    : 'If you would like to keep my details on file for future roles, I would be glad to send an updated CV.'

/** "… di nomor di bawah ini" only when a number is printed below; otherwise "dengan membalas email ini". */
export const belowOrReply = (f: Facts): string =>
  f.language === 'id'
    ? f.me.phone
      ? 'di nomor di bawah ini'
      : 'dengan membalas email ini'
    : f.me.phone
      ? 'on the number below'
      : 'by replying to this email'

/**
 * An email sent at short or late notice says a call will follow (DOMAIN.md: phone first, then in writing),
 * without claiming a call that may not have happened.
 */
export function callToo(f: Facts): string | undefined {
  if (f.channel !== 'email' || (f.notice !== 'short' && f.notice !== 'late')) return undefined
  if (f.language === 'id')
    return f.officeOpen
      ? 'Saya juga akan segera menyampaikan hal ini melalui telepon.'
      : `Saya juga akan menyampaikan hal ini melalui telepon ${f.opensOn ? `${f.opensOn}, ` : ''}begitu jam kantor dimulai.`
  if (f.officeOpen) return 'I will also call you shortly.'
  return f.opensOn
    ? `I will also call you ${f.opensOn.endsWith('morning') ? `first thing ${f.opensOn}` : f.opensOn}.`
    : 'I will also call you as soon as your office opens.'
}

/**
 * Spoken English, said the short way: "on Monday" → "Monday's interview", "today at 10 a.m." → "today's
 * 10 a.m. interview"; a dated day keeps "the interview on …".
 */
export function whose(on: string): string {
  const day = on.replace(/^on /, '')
  const timed = /^(\w+) at (.+)$/.exec(day)
  if (timed) return `${timed[1]}'s ${timed[2]} interview`
  return /^(?:\w+|this \w+)$/.test(day) ? `${day}'s interview` : `the interview ${on}`
}

/**
 * "hari ini, Senin, 7 Desember 2026 pukul 10.00 WIB" / "today, Monday, …" opens an aside, which a comma
 * closes before the verb (review 10); a plain date ("pada Senin, …", "hari Senin pukul sepuluh pagi") takes
 * no comma between the interview and its verb (review 11).
 */
export const closingAside = (day: string) =>
  /^(?:hari ini|besok|today|tomorrow), /.test(day) ? `${day},` : day
