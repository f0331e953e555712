import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js'
import type { Found } from './details'
import { HONORIFIC, NAME, NOT_A_NAME, samePerson, splitHonorific } from './names'
import { lineOf } from './text'

const PHONE_LINE_NOT_CONTACT =
  /meeting id|id rapat|id konferensi|conference id|passcode|kata sandi|dial|one tap|tap mobile|nomor rapat|\+1 \d{3}/i
/**
 * A meeting service's list of numbers to dial in from, under its heading and up to the next blank line:
 * "Dial by your location" / "• +62 21 3952 1588 Indonesia", "Nomor dial-in", "Join by phone".
 */
export const DIAL_IN_LIST =
  /^[ \t]*(?:dial by your location|dial-in numbers?|join by phone|nomor dial-in|telepon berdasarkan lokasi|hubungi berdasarkan lokasi)\b[^\n]*(?:\n[ \t]*\S[^\n]*)*/gim
/** The candidate's own number, which they will be called on: "ke nomor 0857… sesuai yang tercantum di CV Anda". */
const CANDIDATES_NUMBER =
  /^[^.\n]{0,30}\b(?:CV Anda|CV kamu|your (?:CV|resume|application)|nomor Anda|terdaftar atas nama Anda|(?:tercantum|tertera|tertulis|terdaftar) (?:di|pada|dalam) (?:CV|resume|lamaran|formulir))\b/i
/**
 * The same, said before the number: who will be called is the candidate ("Tim kami akan menghubungi Saudara
 * di nomor 0812…", "Kami akan menelepon Anda di …", "We will call you on …"). A name after the pronoun
 * ("hubungi Bapak Heru di 0812…") makes the number that person's.
 */
const CALLS_THE_CANDIDATE =
  /\b(?:menghubungi|hubungi|menelepon|menelpon|telepon|telpon|call|ring|reach|contact|phone)[ \t]+(?:anda|kamu|saudara|saudari|sdr\.?|sdri\.?|bapak|ibu|kakak|kak|you)[ \t]+(?:(?:melalui|via|lewat)[ \t]+(?:telepon|telpon|whatsapp|wa|phone)[ \t]+)?(?:di|ke|pada|on|at|via|melalui|lewat)[ \t]+(?:(?:nomor|no\.?|number)[ \t]*(?:(?:hp|telepon|telp\.?|wa|whatsapp|ponsel|handphone|mobile|phone)[ \t]*)?)?[:：]?[ \t]*\(?$/i
/**
 * Or the candidate's, named first: "the number in your CV, +62 813…", "the number you provided in your
 * application (+62 …)", "nomor HP Anda yang tercantum di CV, yaitu 0813…", "di nomor sesuai CV (0813…)".
 */
const FROM_THE_CANDIDATES_CV =
  /\b(?:number|nomor)\b[^.\n]{0,50}?\b(?:CV|resume|application|profile|lamaran|formulir|profil)\b(?:[ \t]+(?:anda|kamu|saudara|saudari))?[ \t]*[,:：]?[ \t]*(?:(?:yaitu|yakni|which is|namely)[ \t]*)?\(?$/i
const PHONE_PREFERRED =
  /\b(?:wa|whatsapp|hubungi|contact|telp|telepon|phone|call|hp|konfirmasi|narahubung|cp)\b/i
/** Whose a number is, written right after it: "0821… (Pak Joko, Kepala Workshop)", "0821… a.n. Joko". */
const OWNER = new RegExp(
  `^[ \\t]*(?:\\([ \\t]*(?:(?:a\\.n\\.?|atas nama)[ \\t]+)?(${HONORIFIC}[ \\t]+${NAME})|[-–,]?[ \\t]*(?:a\\.n\\.?|atas nama)[ \\t]+((?:${HONORIFIC}[ \\t]+)?${NAME}))`,
)
/**
 * Or right before it, the number in brackets ("Ust. Fauzan (0853…)", "CP: Mba Rina (0813…)"), or the name's
 * role in brackets between ("Info: Bu Ratna (HRD) 0812…").
 */
const OWNER_BEFORE = new RegExp(
  `(?:^|[^\\w.])(${HONORIFIC}[ \\t]+${NAME})[ \\t]*(?:\\($|\\([^()\\n\\d]{1,30}\\)[ \\t]*[:：]?[ \\t]*$)`,
)

/**
 * The sentence a number stands in, up to its end: a one-line SMS gives the meeting's passcode and then the
 * number to confirm to ("… Zoom ID 812 3344 5566 PASSCODE 7788. Konfirmasi ke 0812…"), and only the words
 * of the number's own sentence tell what it is.
 */
function clauseOf(text: string, found: { startsAt: number; endsAt: number }): string {
  const line = text.lastIndexOf('\n', found.startsAt - 1) + 1
  const before = text.slice(line, found.startsAt)
  const stop = Math.max(...[...before.matchAll(/[.!?;](?=\s)/g)].map((match) => match.index + 1), 0)
  return text.slice(line + stop, found.endsAt)
}

/** The person whose number it is, as written beside it (honorific and name), if the text says. */
function ownerOf(text: string, found: { startsAt: number; endsAt: number }): string | undefined {
  const after = OWNER.exec(text.slice(found.endsAt, found.endsAt + 80))
  if (after) return after[1] ?? after[2]
  // The number's own opening bracket ("(0853…") is where the name before it ends.
  const bracket = text[found.startsAt] === '(' ? 1 : 0
  const before = OWNER_BEFORE.exec(text.slice(Math.max(0, found.startsAt - 60), found.startsAt + bracket))
  return before?.[1]
}

/**
 * The numbers written in a text: Indonesian unless they say otherwise, and, where the interview is in another
 * country (`region`), a national number that is no Indonesian one but is that country's ("012-345 6789" in
 * Kuala Lumpur). An Indonesian mobile (08…) stays Indonesian wherever the interview is.
 */
function numbersIn(text: string, region: CountryCode): ReturnType<typeof findPhoneNumbersInText> {
  const found = findPhoneNumbersInText(text, 'ID')
  if (region === 'ID') return found
  const local = findPhoneNumbersInText(text, region)
  return found.map((number) => {
    if (number.number.isValid() && MOBILE.test(number.number.number)) return number
    const there = local.find((other) => other.startsAt === number.startsAt && other.number.isValid())
    return there ?? number
  })
}

/** Words right before a number that say it is one to call: "call me at 9123 4567", "Enquiries: 6555 1234". */
const CALL_WORDS =
  /(?:\b(?:call|phone|tel|telp|telepon|mobile|hp|whatsapp|wa|enquiries|inquiries|contact|hubungi)\b|\b(?:m|t|mob|did|direct)[ \t]*[:.])[^\d\n]{0,40}$/i
/** A reference written between those words and the number: "For enquiries, quote ref 6123 4567". */
const REFERENCE_BEFORE =
  /\b(?:ref(?:erence)?|quote|case|booking|order|ticket|no|number|nomor|id)\b[^\d\n]{0,12}$|#[ \t]*$/i

/**
 * A phone number is written as one: starting with +, 0 or "(0"; or, where the interview is in a country that
 * writes its numbers with no trunk prefix (Singapore's eight digits), as that country's number right after
 * words that say to call it.
 */
function writtenAsPhone(
  text: string,
  found: ReturnType<typeof findPhoneNumbersInText>[number],
  region: CountryCode,
): boolean {
  if (/^\(?(?:\+|0)/.test(text.slice(found.startsAt, found.endsAt))) return true
  const before = text.slice(Math.max(0, found.startsAt - 60), found.startsAt)
  return (
    region !== 'ID' &&
    found.number.country === region &&
    CALL_WORDS.test(before) &&
    !REFERENCE_BEFORE.test(before)
  )
}

/**
 * A line that dials a meeting (",,123456#", "…#"): its numbers are not a person's. A unit in an address
 * ("#05-02", "#B1-05", "#12-01A") is not such a line.
 */
const DIAL_STRING = /,,|#(?![A-Z]?\d{1,3}-\d{1,5}[A-Z]?\b)/

/** A mobile number (one that also takes WhatsApp): Indonesia's 08…, Singapore's 8… and 9…, Malaysia's 01…. */
const MOBILE = /^\+(?:628\d{7,11}|65[89]\d{7}|601\d{8,9})$/
/** A toll-free or call-centre line (0800, 1500 …, 1800 …): a company's hotline, not the signer's own number. */
const TOLL_FREE = /^\+(?:62(?:800|1500)|65(?:800|1800)|60(?:800|1800))/

/**
 * The contact's phone: the number the candidate is told to use, else a mobile, else the first. A number
 * written as another named person's (a workshop head to call on arrival) is theirs, not the contact's; the
 * owner written beside the chosen number comes back with it.
 */
export function contactPhone(
  text: string,
  contactName?: string,
  signature = -1,
  region: CountryCode = 'ID',
): (Found & { owner?: string }) | undefined {
  // A phone number is written as one (`writtenAsPhone`), not inside a link, an ID or a reference.
  const dialIn = [...text.matchAll(DIAL_IN_LIST)].map((list) => [list.index, list.index + list[0].length])
  const inDialInList = (at: number) => dialIn.some(([from, to]) => at >= from! && at < to!)
  const phones = numbersIn(text, region).filter((found) => {
    const owner = ownerOf(text, found)
    const person = owner && splitHonorific(owner).name
    return (
      writtenAsPhone(text, found, region) &&
      !/[\w/=.-]$/.test(text.slice(Math.max(0, found.startsAt - 1), found.startsAt)) &&
      !DIAL_STRING.test(lineOf(text, found.startsAt)) &&
      !PHONE_LINE_NOT_CONTACT.test(clauseOf(text, found)) &&
      !inDialInList(found.startsAt) &&
      !CANDIDATES_NUMBER.test(text.slice(found.endsAt, found.endsAt + 60)) &&
      !CALLS_THE_CANDIDATE.test(text.slice(Math.max(0, found.startsAt - 80), found.startsAt)) &&
      !FROM_THE_CANDIDATES_CV.test(text.slice(Math.max(0, found.startsAt - 60), found.startsAt)) &&
      !(contactName && person && !NOT_A_NAME.test(person) && !samePerson(person, contactName)) &&
      found.number.isPossible()
    )
  })
  const mobile = (found: (typeof phones)[number]) => MOBILE.test(found.number.number)
  const signed = phones.filter((found) => signature >= 0 && found.startsAt >= signature)
  // A signature lists its numbers side by side ("Telp. (021) … ext. 308 | HP 0811-…"): it tells the
  // candidate to use none of them, so a mobile comes before the office line there. The signer's numbers come
  // before one the message names in passing ("Interviewer: Kenneth Goh, +65 9123 4567").
  const phone =
    phones.find(
      (found) =>
        (signature < 0 || found.startsAt < signature) && PHONE_PREFERRED.test(lineOf(text, found.startsAt)),
    ) ??
    signed.find(mobile) ??
    signed.find((found) => !TOLL_FREE.test(found.number.number)) ??
    signed[0] ??
    phones.find(mobile) ??
    phones.find((found) => PHONE_PREFERRED.test(lineOf(text, found.startsAt))) ??
    phones[0]
  if (!phone) return undefined
  const owner = ownerOf(text, phone)
  return { value: phone.number.number, source: lineOf(text, phone.startsAt), ...(owner ? { owner } : {}) }
}
