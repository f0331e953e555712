import { findPhoneNumbersInText } from 'libphonenumber-js'
import type { Found } from './details'
import { HONORIFIC, NAME, NOT_A_NAME, samePerson, splitHonorific } from './names'
import { lineOf } from './text'

const PHONE_LINE_NOT_CONTACT =
  /meeting id|id rapat|id konferensi|conference id|passcode|kata sandi|dial|one tap|tap mobile|nomor rapat|\+1 \d{3}/i
/** The candidate's own number, which they will be called on: "ke nomor 0857… sesuai yang tercantum di CV Anda". */
const CANDIDATES_NUMBER =
  /^[^.\n]{0,30}\b(?:CV Anda|CV kamu|your (?:CV|resume|application)|nomor Anda|terdaftar atas nama Anda)\b/i
const PHONE_PREFERRED =
  /\b(?:wa|whatsapp|hubungi|contact|telp|telepon|phone|call|hp|konfirmasi|narahubung|cp)\b/i
/** Whose a number is, written right after it: "0821… (Pak Joko, Kepala Workshop)", "0821… a.n. Joko". */
const OWNER = new RegExp(
  `^[ \\t]*(?:\\([ \\t]*(?:(?:a\\.n\\.?|atas nama)[ \\t]+)?${HONORIFIC}[ \\t]+(${NAME})|[-–,]?[ \\t]*(?:a\\.n\\.?|atas nama)[ \\t]+((?:${HONORIFIC}[ \\t]+)?${NAME}))`,
)

/**
 * The contact's phone: the number the candidate is told to use, else a mobile, else the first. A number
 * written as another named person's (a workshop head to call on arrival) is theirs, not the contact's.
 */
export function contactPhone(text: string, contactName?: string): Found | undefined {
  // A phone number is written as one: starting with +, 0 or "(0", not inside a link, an ID or a reference.
  const phones = findPhoneNumbersInText(text, 'ID').filter((found) => {
    const owner = OWNER.exec(text.slice(found.endsAt, found.endsAt + 80))
    const person = owner && splitHonorific(owner[1] ?? owner[2]!).name
    return (
      /^\(?(?:\+|0)/.test(text.slice(found.startsAt, found.endsAt)) &&
      !/[\w/=.-]$/.test(text.slice(Math.max(0, found.startsAt - 1), found.startsAt)) &&
      !/,,|#/.test(lineOf(text, found.startsAt)) &&
      !PHONE_LINE_NOT_CONTACT.test(lineOf(text, found.startsAt)) &&
      !CANDIDATES_NUMBER.test(text.slice(found.endsAt, found.endsAt + 60)) &&
      !(contactName && person && !NOT_A_NAME.test(person) && !samePerson(person, contactName)) &&
      found.number.isPossible()
    )
  })
  const phone =
    phones.find((found) => PHONE_PREFERRED.test(lineOf(text, found.startsAt))) ??
    phones.find((found) => found.number.number.startsWith('+628')) ??
    phones[0]
  return phone && { value: phone.number.number, source: lineOf(text, phone.startsAt) }
}
