import type { CountryCode } from 'libphonenumber-js'
import type { ContactTitle } from '../../shared/model/invitation'
import type { ContactRole } from '../../shared/model/interview'
import type { Found } from './details'
import { HONORIFIC, NAME, NOT_A_NAME, splitHonorific } from './names'
import { contactPhone } from './phones'
import { asWritten, isShouted, lineOf, literal, mixedCase } from './text'
import { QUOTE_ATTRIBUTION } from './timeWords'

/** Letters in either case, as sign-offs are typed: "Best Regards", "Hormat Kami", "Terima Kasih". */
const anyCase = (words: string) => words.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`)
const CLOSING_WORDS = `(?:${anyCase(
  'salam(?: hangat| sukses)?|hormat (?:kami|saya)|(?:best |kind |warm )?regards|best(?: wishes)?|' +
    '(?:yours )?sincerely(?: yours)?|yours (?:faithfully|truly)|cheers|terima kasih|thank you|(?:many )?thanks',
)})`
const CLOSING = new RegExp(
  `^[ \\t]*${CLOSING_WORDS}[,.!]*[ \\t]*(?:\\p{Extended_Pictographic}[ \\t]*)*$`,
  'gmu',
)
/**
 * Leads that name someone only when an honorific follows: Javanese "Kulo Bu Endang", Sundanese "abdi Kang
 * Dede" (I am …), and an SMS's "HUB IBU SARI" (hubungi). Without one, "abdi" is a plain word ("Abdi
 * Negara") and "Hub" a place ("Hub PT Mandiri Logistik Express Cakung").
 */
const TITLED_LEAD = `(?:\\b[Kk]ulo|\\b[Kk]ula|\\b[Aa]bdi|\\b[Kk]uring|\\b[Hh]ub\\b\\.?)(?=[ \\t]*${HONORIFIC}[ \\t])`
const CONTACT_LEAD = new RegExp(
  `(?:[Cc]ontact [Pp]erson|[Nn]arahubung|\\bCP\\b|[Kk]ontak|[Hh]ubungi|[Mm]enghubungi|[Cc]ontact|[Tt]anyakan kepada|[Kk]onfirmasi(?:kan)? (?:kepada|ke)|[Tt]his is|[Mm]y name is|[Ss]aya|\\b[Ss]y|[Aa]ku|[Oo]rgani[sz]er|[Pp]enyelenggara|[Ss]ent by|[Dd]ikirim oleh|${TITLED_LEAD})[ \\t]*[:：]?[ \\t]*(?:(${HONORIFIC})[ \\t]+)?(${NAME})`,
)
/** A sign-off ending the text, the name on its line: "Thanks, Pak Agus", "Terima kasih, Mbak Dewi - HR Sinar Abadi". */
const INLINE_SIGN_OFF = new RegExp(
  `${CLOSING_WORDS}[,.]?[ \\t]+((?:${HONORIFIC}[ \\t]+)?${NAME})[ \\t]*(?:[-–|(,][^\\n]*)?$`,
)
/** A chat's self-introduction, the name first: "Kevin here from the eng team at Kopikode". */
const HERE_FROM = new RegExp(`\\b(${NAME})[ \\t]+here[ \\t]+(?:from|at|with)\\b`)
/** A note signed with a dash after its last sentence, as a portal quotes a recruiter's: "… WA 0878…. – Sekar". */
const DASH_SIGN_OFF = new RegExp(
  `[.!?🙏][ \\t]+[–—-][ \\t]*((?:${HONORIFIC}[ \\t]+)?${NAME})["”]?[ \\t]*$`,
  'mu',
)
/** A calendar's guest list: "Aditya Nugroho - organizer". */
const ORGANIZER_LINE = new RegExp(
  `^[ \\t]*(${NAME})[ \\t]+[-–][ \\t]+(?:organi[sz]er|penyelenggara)[ \\t]*$`,
  'm',
)
/** Zoom's "Nadia Rahma is inviting you to a scheduled Zoom meeting." */
const ZOOM_HOST = new RegExp(`^[ \\t]*(${NAME}) is inviting you to a scheduled Zoom meeting`, 'm')
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/g
/** Addresses no recruiter answers from: no-reply senders, and a portal's or company's help desk. */
const NO_REPLY =
  /^(?:no-?reply|do-?not-?reply|noreply|notifications?|calendar-notification|mailer-daemon|support|help|helpdesk|bantuan|cs|customer-?(?:service|care))@|@(?:[\w-]+\.)*(?:webex\.com|plcm\.vc|zoomcrc\.com|bjn\.vc|lifesize\.com)$/i
/** A calendar invitation's guest list ("Guests" / "Tamu" and a line each): the people invited, not a contact. */
const GUEST_LIST = /^[ \t]*(?:Guests|Tamu|Attendees|Peserta)[ \t]*\n(?:[ \t]*\S.*\n?)+/gm

/**
 * A profession or degree before a signer's name, in small letters or as a mail client capitalised it: "apt."
 * (pharmacist), "dr." / "Dr.", "drg.", "Ns.".
 */
const PROFESSION = '(?:[Aa]pt|[Dd]rg?|[Nn]s)\\.[ \\t]+'
const LEADING_PROFESSION = new RegExp(`^${PROFESSION}`)
/** Capitalised words that follow a name without being a surname: "Andreas From HR", "Rina Dari PT …". */
const NOT_SURNAME = '(?:From|Dari|Di|At|Via|Ke|To|And|Dan|Sent|Here|Speaking|Menulis|Wrote)\\b'
/** "ttd" (signed), where a letter's signature stands: "ttd", "(ttd)", "TTD & cap". */
const SIGNED = /^[([]?ttd\.?(?:[ \t]*(?:&|dan|and)[ \t]*(?:cap|stempel))?[)\]]?$/i
/** An academic degree written after a name: "S.Psi.", "S.H., M.M.", "MBA". */
const DEGREE = '(?:(?:[A-Z][a-zA-Z]{0,3}\\.){1,3}|MBA|MSc|PhD|Psikolog)'
const SELF_ROLE =
  /\b(?:I'm|I am|saya(?: adalah)?)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?([^.,\n]{1,30}?)[ \t]+(?:at|di|dari|from|with)\b/i
/** What a signature says the person does, most specific first ("HR Recruitment" is a recruiter). */
const ROLE_WORDS: [RegExp, ContactRole][] = [
  [/\bhiring manager\b/i, 'hiring-manager'],
  [/\binterviewer\b|\bpewawancara\b/i, 'interviewer'],
  [
    /\brecruit(?:er|ment|ing)\b|\brekrutmen\b|\btalent (?:acquisition|partner|lead)\b|\bexecutive search\b|\bperekrut\b/i,
    'recruiter',
  ],
  [
    /\bHRD?\b|\bHRBP\b|\bhuman (?:resources?|capital)\b|\bSDM\b|\bpersonalia\b|\bpeople (?:team|ops|operations)\b/i,
    'hr',
  ],
]

/**
 * A consultant of a recruitment agency is a recruiter: the signature's company line names an agency (its words,
 * or a known name), or it carries an employment agency licence. Not a bank's "Associate Director", an IT
 * firm's "Principal Consultant" or a disclaimer's "recruitment scams".
 */
const CONSULTANT = /\b(?:consultant|konsultan)\b/i
const AGENCY_LINE =
  /^(?!.*\b(?:scams?|penipuan|beware|waspada)\b).*\b(?:talent (?:partners?|solutions?|search)|executive search|search (?:partners?|firm|&|and)|staffing|recruitment|rekrutmen|headhunt(?:ers?|ing)|robert walters|michael page|page personnel|hays|adecco|randstad|persolkelly|kelly services|manpowergroup|jac recruitment)\b|\bEA Licen[cs]e\b/i
const agencySignature = (lines: string[]) =>
  lines.some((line) => line.split(/\s+/).length <= 10 && AGENCY_LINE.test(line))

/** The contact's role from the words beside their name ("(HR Recruitment)", "| Talent Acquisition Lead"). */
export function roleOf(words: string): ContactRole | undefined {
  return ROLE_WORDS.find(([pattern]) => pattern.test(words))?.[1]
}

/** The role's words as written beside the name, without the separators or a phone number after them. */
const roleWords = (words: string) => words.replace(/[\s()+\d-]{8,}$/, '').replace(/^[\s|,(–-]+|[\s)]+$/g, '')

/** The signature: the lines after the last closing ("Salam,", "Regards,"). */
export function signatureStart(text: string): number {
  let at = -1
  for (const match of text.matchAll(CLOSING)) at = match.index
  return at
}

export interface Contact {
  name?: Found & { title?: ContactTitle }
  /** Read from the words beside the name (the rest of its line, or the signature's next line). */
  role?: Found & { value: ContactRole }
  email?: Found
  phone?: Found
}

/** Where a formal letter with no closing above its signature is signed: the last "ttd" line, else -1. */
function signedAt(text: string): number {
  let at = -1
  for (const line of text.matchAll(/^.*$/gm)) if (SIGNED.test(line[0].trim())) at = line.index
  return at
}

/** Where a forwarded or quoted email begins: "---------- Forwarded message ---------", "-----Original Message-----". */
const FORWARDED =
  /^[ \t>]*(?:-{3,}[ \t]*(?:Forwarded message|Pesan terusan|Original Message|Pesan Asli)[ \t]*-{3,}|Begin forwarded message:)/im

/** Who sent the message (its From header), when known. */
type Sender = { name?: string; address?: string } | undefined

/**
 * The person to reply to: who signs (or the named contact person), with their email and phone. A recruiter
 * who forwards the company's email signs above it, and is the one the candidate answers: their own part is
 * read first, and their address taken from the forwarded headers ("To: Vania Kusuma <vania@…>") if need be.
 */
export function contactOf(text: string, from?: Sender, region: CountryCode = 'ID'): Contact {
  const forwarded = FORWARDED.exec(text)
  if (forwarded) {
    const own = contactOfPart(text.slice(0, forwarded.index), from, region)
    if (own.name) {
      const named = new RegExp(`${literal(own.name.value)}[ \\t]*<([^<>\\s]+@[^<>\\s]+)>`).exec(text)
      if (!own.email && named) own.email = { value: named[1]!, source: lineOf(text, named.index) }
      return own
    }
  }
  return contactOfPart(text, from, region)
}

function contactOfPart(text: string, from: Sender, region: CountryCode): Contact {
  if (isShouted(text)) {
    // Names are told apart by their capitals: read them from the mixed-case copy, shown as the text has them.
    const mixed = mixedCase(text)
    const contact = contactIn(mixed, from, region)
    for (const found of Object.values(contact) as Found[]) found.source = asWritten(text, mixed, found.source)
    return contact
  }
  return contactIn(text, from, region)
}

function contactIn(text: string, from: Sender, region: CountryCode): Contact {
  const contact: Contact = {}
  const signature = signatureStart(text)
  const signed = signature >= 0 ? signature : signedAt(text)
  if (signed >= 0) {
    const lines = text
      .slice(signed)
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
    // A formal letter is signed below the company (and "a.n. Direksi"): the signer is the line after "ttd".
    const [line, next] = lines.slice(lines.findIndex((candidate) => SIGNED.test(candidate)) + 1)
    const named =
      line &&
      new RegExp(`^(?:${PROFESSION})?(?:${HONORIFIC}\\s+)?${NAME}$`).exec(
        line.replace(/[ \t]+[-–][ \t].*$|[|,(].*$/, '').trim(),
      )
    if (named && !NOT_A_NAME.test(named[0])) {
      const { name, title } = splitHonorific(named[0].replace(LEADING_PROFESSION, ''))
      contact.name = { value: name, source: line!, ...(title ? { title } : {}) }
      // The rest of the name's line, else the signature's next line.
      for (const words of [line!.slice(named[0].length), next ?? '']) {
        const role = roleOf(words) ?? (CONSULTANT.test(words) && agencySignature(lines) && 'recruiter')
        if (!role) continue
        contact.role = { value: role, source: roleWords(words) }
        break
      }
    }
  }
  for (const pattern of [INLINE_SIGN_OFF, ZOOM_HOST, ORGANIZER_LINE, HERE_FROM, DASH_SIGN_OFF]) {
    const found = contact.name ? undefined : pattern.exec(text)
    if (found && !NOT_A_NAME.test(found[1]!)) {
      const { name, title } = splitHonorific(found[1]!)
      contact.name = { value: name, source: lineOf(text, found.index), ...(title ? { title } : {}) }
      const rest = found[0].slice(found[0].indexOf(found[1]!) + found[1]!.length)
      const role = roleOf(rest)
      if (role) contact.role = { value: role, source: roleWords(rest) }
    }
  }
  if (!contact.name) {
    const lead = CONTACT_LEAD.exec(text)
    if (lead && !NOT_A_NAME.test(lead[2]!)) {
      const { name, title } = splitHonorific(lead[1] ? `${lead[1]} ${lead[2]}` : lead[2]!)
      contact.name = { value: name, source: lineOf(text, lead.index), ...(title ? { title } : {}) }
    }
  }
  if (!contact.name && from?.name && !NOT_A_NAME.test(from.name)) {
    const { name, title } = splitHonorific(from.name.replace(/^"|"$/g, ''))
    contact.name = { value: name, source: `From: ${from.name}`, ...(title ? { title } : {}) }
  }
  if (contact.name && !contact.role) {
    const role = roleBeside(text, contact.name.value)
    if (role) contact.role = role
  }
  if (contact.name && !contact.name.title) {
    // Titled elsewhere in the text: "Contact Person: Ibu Dewi Anggraini", "(Sdri. Putri)", signed "Putri Rahayu".
    const first = literal(contact.name.value.split(/\s+/)[0]!)
    const titled = new RegExp(`\\b(${HONORIFIC})[ \\t]+${first}\\b`).exec(text)
    const title = titled && splitHonorific(`${titled[1]} ${first}`).title
    if (title) contact.name = { ...contact.name, title }
  }
  if (contact.name && !/\s/.test(contact.name.value)) {
    // Signed with a first name only ("Best, Andreas") by one named in full elsewhere on a line ("Andreas
    // Wijaya sent you a new message", "saya Rina Kartika dari HRD"): the full name.
    const full = new RegExp(
      `\\b${literal(contact.name.value)}((?:[ \\t]+(?!${NOT_SURNAME})[A-Z][a-z'-]+){1,2})\\b`,
    ).exec(text)
    if (full && !NOT_A_NAME.test(full[1]!))
      contact.name = { ...contact.name, value: `${contact.name.value}${full[1]!.replace(/\s+/g, ' ')}` }
  }
  // Google Calendar's "Reply for nadia@…" names the candidate, who is the one invited, wherever else it shows.
  const all = [...text.matchAll(EMAIL)]
  const candidates = new Set(
    all.filter((match) => /\b(?:reply for|balas untuk)\b/i.test(lineOf(text, match.index))).map((m) => m[0]),
  )
  const guests = [...text.matchAll(GUEST_LIST)].map((list) => [list.index, list.index + list[0].length])
  const guest = (match: RegExpMatchArray) =>
    guests.some(([from, to]) => match.index! >= from! && match.index! < to!) &&
    !/organi[sz]er|penyelenggara/i.test(lineOf(text, match.index!))
  // A quoted message's first line ("… Ayu <ayu@…> menulis:") gives the address of whoever wrote it: the
  // contact's only when the contact did, never the candidate's own.
  const contactFirst = contact.name?.value.split(/\s+/)[0]
  const quoteWriter = (match: RegExpMatchArray) => {
    const line = lineOf(text, match.index!)
    return QUOTE_ATTRIBUTION.test(line) && !(contactFirst && line.includes(contactFirst))
  }
  const emails = all.filter(
    (match) => !NO_REPLY.test(match[0]) && !candidates.has(match[0]) && !guest(match) && !quoteWriter(match),
  )
  const replyTo = emails.find((match) => /reply|balas|kirim|send|email/i.test(lineOf(text, match.index)))
  const email = replyTo ?? emails.find((match) => match.index >= signature && signature >= 0) ?? emails[0]
  if (email) contact.email = { value: email[0].replace(/\.$/, ''), source: lineOf(text, email.index) }
  else if (from?.address && !NO_REPLY.test(from.address))
    contact.email = { value: from.address, source: `From: ${from.address}` }
  const phone = contactPhone(text, contact.name?.value, signature, region)
  if (phone) contact.phone = { value: phone.value, source: phone.source }
  if (!contact.name && phone?.owner && !NOT_A_NAME.test(phone.owner)) {
    // Named only beside the number to confirm to: "Konfirmasi ke 0812… (Bpk. Heru)", "panitia: Ust. Fauzan (0853…)".
    const { name, title } = splitHonorific(phone.owner)
    contact.name = { value: name, source: phone.source, ...(title ? { title } : {}) }
    const role = roleBeside(text, name)
    if (role) contact.role = role
  }
  return contact
}

/** The contact's role as the message says it of them: beside their name, or in their own words. */
function roleBeside(text: string, contactName: string): Contact['role'] {
  // Said of themselves in the message: "saya Maya dari tim rekrutmen PT …", "I'm a recruiter at …".
  const name = literal(contactName)
  // Wherever the name stands with a role beside it, past any degree: "Bayu Saputra, S.Psi., Recruitment
  // Officer", or in brackets: "Bpk. Hendra Wijaya (HRD) 0813…"; a first mention with only a number after it
  // ("Bayu Saputra, 0812…") says nothing. Javanese "saking" and Sundanese "ti" are "from": "Bu Endang
  // saking HRD …".
  const beside = new RegExp(
    `\\b${name}(?:(?:[ \\t]+(?:dari|dr\\.?|from|saking|ti)[ \\t]+|,[ \\t]*(?:${DEGREE},[ \\t]*)*)([^.,\\n]{1,40})|[ \\t]*\\(([^()\\n]{1,40})\\))`,
    'g',
  )
  const words = (match: RegExpExecArray | RegExpMatchArray) => match[1] ?? match[2] ?? ''
  const said = [...text.matchAll(beside)].find((match) => roleOf(words(match))) ?? SELF_ROLE.exec(text)
  const role = said && roleOf(words(said))
  return role ? { value: role, source: said[0].trim() } : undefined
}
