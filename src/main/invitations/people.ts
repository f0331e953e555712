import { findPhoneNumbersInText } from 'libphonenumber-js'
import type { ContactTitle } from '../../shared/model/invitation'
import type { ContactRole } from '../../shared/model/interview'
import type { Found } from './details'
import { COMPANY_FORM, splitSummary } from './summary'

const NAME = "[A-Z][a-zA-Z'.-]+(?:[ \\t]+[A-Z][a-zA-Z'.-]+){0,3}"
const HONORIFIC =
  '(?:Bapak|Bpk\\.?|Pak|Ibu|Bu|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Sdri\\.?|Sdr\\.?|Saudari|Saudara|Kak|Mas|Mbak)'
const TITLE_OF: Record<string, ContactTitle | undefined> = {
  bapak: 'mr',
  bpk: 'mr',
  pak: 'mr',
  mr: 'mr',
  sdr: 'mr',
  saudara: 'mr',
  mas: 'mr',
  ibu: 'ms',
  bu: 'ms',
  mrs: 'ms',
  ms: 'ms',
  miss: 'ms',
  sdri: 'ms',
  saudari: 'ms',
  mbak: 'ms',
}
const CLOSING_WORDS =
  '(?:[Ss]alam(?: hangat)?|[Hh]ormat (?:kami|saya)|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ww]arm regards|[Bb]est|[Ss]incerely|[Cc]heers|[Tt]erima kasih|[Tt]hank you|[Tt]hanks)'
const CLOSING = new RegExp(
  `^[ \\t]*${CLOSING_WORDS}[,.!]*[ \\t]*(?:\\p{Extended_Pictographic}[ \\t]*)*$`,
  'gmu',
)
const NOT_A_NAME =
  /\b(?:anda|kamu|kakak|you|saudara|saudari|kami|team|tim|hr|hrd|recruitment|rekrutmen|talent|acquisition|department|divisi|pt|cv|tbk|group|manager|officer|specialist|consultant|recruiter|human|resources|calendar|google|microsoft|zoom|jobstreet|glints|kalibrr|linkedin|dealls)\b/i
const CONTACT_LEAD = new RegExp(
  `(?:[Cc]ontact [Pp]erson|[Nn]arahubung|\\bCP\\b|[Kk]ontak|[Hh]ubungi|[Mm]enghubungi|[Cc]ontact|[Tt]anyakan kepada|[Kk]onfirmasi(?:kan)? (?:kepada|ke)|[Tt]his is|[Ss]aya|\\b[Ss]y|[Aa]ku|[Oo]rgani[sz]er|[Pp]enyelenggara|[Ss]ent by|[Dd]ikirim oleh)[ \\t]*[:：]?[ \\t]*(?:(${HONORIFIC})[ \\t]+)?(${NAME})`,
)
/** A sign-off ending the text, the name on its line: "Thanks, Pak Agus", "Terima kasih, Mbak Dewi - HR Sinar Abadi". */
const INLINE_SIGN_OFF = new RegExp(
  `${CLOSING_WORDS}[,.]?[ \\t]+((?:${HONORIFIC}[ \\t]+)?${NAME})[ \\t]*(?:[-–|(,][^\\n]*)?$`,
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
  /^(?:no-?reply|do-?not-?reply|noreply|notifications?|calendar-notification|mailer-daemon|support|help|helpdesk|bantuan|cs|customer-?(?:service|care))@/i
const PHONE_LINE_NOT_CONTACT =
  /meeting id|id rapat|id konferensi|conference id|passcode|kata sandi|dial|one tap|tap mobile|nomor rapat|\+1 \d{3}/i
/** The candidate's own number, which they will be called on: "ke nomor 0857… sesuai yang tercantum di CV Anda". */
const CANDIDATES_NUMBER =
  /^[^.\n]{0,30}\b(?:CV Anda|CV kamu|your (?:CV|resume|application)|nomor Anda|terdaftar atas nama Anda)\b/i
const PHONE_PREFERRED =
  /\b(?:wa|whatsapp|hubungi|contact|telp|telepon|phone|call|hp|konfirmasi|narahubung|cp)\b/i

const SELF_ROLE =
  /\b(?:I'm|I am|saya(?: adalah)?)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?([^.,\n]{1,30}?)[ \t]+(?:at|di|dari|from|with)\b/i
/** What a signature says the person does, most specific first ("HR Recruitment" is a recruiter). */
const ROLE_WORDS: [RegExp, ContactRole][] = [
  [/\bhiring manager\b/i, 'hiring-manager'],
  [/\binterviewer\b|\bpewawancara\b/i, 'interviewer'],
  [/\brecruit(?:er|ment|ing)\b|\brekrutmen\b|\btalent acquisition\b|\bperekrut\b/i, 'recruiter'],
  [/\bHRD?\b|\bHRBP\b|\bhuman resources?\b|\bSDM\b|\bpersonalia\b|\bpeople (?:team|ops|operations)\b/i, 'hr'],
]

/** The contact's role from the words beside their name ("(HR Recruitment)", "| Talent Acquisition Lead"). */
export function roleOf(words: string): ContactRole | undefined {
  return ROLE_WORDS.find(([pattern]) => pattern.test(words))?.[1]
}

/** The role's words as written beside the name, without the separators or a phone number after them. */
const roleWords = (words: string) => words.replace(/[\s()+\d-]{8,}$/, '').replace(/^[\s|,(–-]+|[\s)]+$/g, '')

export function splitHonorific(raw: string): { name: string; title?: ContactTitle } {
  const match = new RegExp(`^${HONORIFIC}\\s+(.+)$`, 'i').exec(raw.trim())
  if (!match) return { name: raw.trim() }
  const word = raw.trim().split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase()
  const title = TITLE_OF[word]
  return { name: match[1]!.trim(), ...(title ? { title } : {}) }
}

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

const lineOf = (text: string, index: number) => {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

/** The person to reply to: who signs (or the named contact person), with their email and phone. */
export function contactOf(text: string, from?: { name?: string; address?: string }): Contact {
  const contact: Contact = {}
  const signature = signatureStart(text)
  if (signature >= 0) {
    const lines = text
      .slice(signature)
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
    const line = lines.find((candidate) => candidate.length > 0)
    const named =
      line && new RegExp(`^(?:${HONORIFIC}\\s+)?${NAME}$`).exec(line.replace(/[|,(].*$/, '').trim())
    if (named && !NOT_A_NAME.test(named[0])) {
      const { name, title } = splitHonorific(named[0])
      contact.name = { value: name, source: line!, ...(title ? { title } : {}) }
      // The rest of the name's line, else the signature's next line.
      for (const words of [line!.slice(named[0].length), lines.filter((next) => next.length > 0)[1] ?? '']) {
        const role = roleOf(words)
        if (!role) continue
        contact.role = { value: role, source: roleWords(words) }
        break
      }
    }
  }
  for (const pattern of [INLINE_SIGN_OFF, ZOOM_HOST, ORGANIZER_LINE]) {
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
    // Said of themselves in the message: "saya Maya dari tim rekrutmen PT …", "I'm a recruiter at …".
    const name = contact.name.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const said =
      new RegExp(`\\b${name}(?:[ \\t]+(?:dari|dr\\.?|from)[ \\t]+|,[ \\t]*)([^.,\\n]{1,40})`).exec(text) ??
      SELF_ROLE.exec(text)
    const role = said && roleOf(said[1]!)
    if (role) contact.role = { value: role, source: said[0].trim() }
  }
  if (contact.name && !contact.name.title) {
    // Titled elsewhere in the text: "Contact Person: Ibu Dewi Anggraini", "(Sdri. Putri)", signed "Putri Rahayu".
    const first = contact.name.value.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const titled = new RegExp(`\\b(${HONORIFIC})[ \\t]+${first}\\b`).exec(text)
    const title = titled && splitHonorific(`${titled[1]} ${first}`).title
    if (title) contact.name = { ...contact.name, title }
  }
  // Google Calendar's "Reply for nadia@…" names the candidate, who is the one invited, wherever else it shows.
  const all = [...text.matchAll(EMAIL)]
  const candidates = new Set(
    all.filter((match) => /\b(?:reply for|balas untuk)\b/i.test(lineOf(text, match.index))).map((m) => m[0]),
  )
  const emails = all.filter((match) => !NO_REPLY.test(match[0]) && !candidates.has(match[0]))
  const replyTo = emails.find((match) => /reply|balas|kirim|send|email/i.test(lineOf(text, match.index)))
  const email = replyTo ?? emails.find((match) => match.index >= signature && signature >= 0) ?? emails[0]
  if (email) contact.email = { value: email[0].replace(/\.$/, ''), source: lineOf(text, email.index) }
  else if (from?.address && !NO_REPLY.test(from.address))
    contact.email = { value: from.address, source: `From: ${from.address}` }
  // A phone number is written as one: starting with +, 0 or "(0", not inside a link, an ID or a reference.
  const phones = findPhoneNumbersInText(text, 'ID').filter(
    (found) =>
      /^\(?(?:\+|0)/.test(text.slice(found.startsAt, found.endsAt)) &&
      !/[\w/=.-]$/.test(text.slice(Math.max(0, found.startsAt - 1), found.startsAt)) &&
      !/,,|#/.test(lineOf(text, found.startsAt)) &&
      !PHONE_LINE_NOT_CONTACT.test(lineOf(text, found.startsAt)) &&
      !CANDIDATES_NUMBER.test(text.slice(found.endsAt, found.endsAt + 60)) &&
      found.number.isPossible(),
  )
  const phone =
    phones.find((found) => PHONE_PREFERRED.test(lineOf(text, found.startsAt))) ??
    phones.find((found) => found.number.number.startsWith('+628')) ??
    phones[0]
  if (phone) contact.phone = { value: phone.number.number, source: lineOf(text, phone.startsAt) }
  return contact
}

const WORD = "[A-Z0-9][\\w&'-]*"
const COMPANY_NAME = new RegExp(
  // "CV" is also the candidate's résumé: "sesuai CV Anda", "CV terbaru" name no company.
  `\\b(?:(?:PT|CV(?![ \\t]+(?:Anda|Kamu|Saudara|Saudari|Bapak|Ibu|Kakak|Terbaru|Terakhir|Lengkap|Asli|Dan|Atau|You|Your)\\b)|UD)\\.?[ \\t]+${WORD}(?:[ \\t]+(?:${WORD}|&))*(?:[ \\t]+\\(Persero\\))?` +
    `|[A-Z][\\w&'-]*(?:[ \\t]+[A-Z][\\w&'-]*){0,4}[ \\t]+(?:Pte\\.?[ \\t]*Ltd|Sdn\\.?[ \\t]*Bhd|Inc|Ltd|LLC|GmbH|Corp|Corporation|Group)\\b\\.?)`,
)
const CLIENT =
  /(?:klien kami|our client|on behalf of|atas nama|mewakili|client)\s*[,:]?\s*(?:yaitu|yakni|,)?\s*/i
const COMPANY_LABEL =
  /^[ \t]*(?:[-•*][ \t]*)?(?:perusahaan|company|nama perusahaan|employer|instansi)[ \t]*[:：][ \t]*(.+)$/im

/** Trailing punctuation goes, except the full stop of "Ltd." or "Inc." that belongs to the name. */
const trimCompany = (value: string) => {
  const bare = value.replace(/[\s,.;:]+$/, '')
  return /\b(?:Ltd|Inc|Corp|Bhd)$/.test(bare) && /\.\s*$/.test(value) ? `${bare}.` : bare
}

/** The employer: a named client of an agency, a labelled company, the subject's, the body's, the signature's. */
export function companyOf(text: string, subject?: string): Found | undefined {
  const client = CLIENT.exec(text)
  if (client) {
    const named = COMPANY_NAME.exec(
      text.slice(client.index + client[0].length, client.index + client[0].length + 80),
    )
    if (named && named.index < 3) return { value: trimCompany(named[0]), source: lineOf(text, client.index) }
  }
  const label = COMPANY_LABEL.exec(text)
  if (label) {
    const named = COMPANY_NAME.exec(label[1]!)
    const value = named?.index === 0 ? named[0] : label[1]!.split(/[.,;](?:\s|$)/)[0]!
    return { value: trimCompany(value.trim()), source: label[0].trim() }
  }
  if (subject) {
    const inSubject = COMPANY_NAME.exec(subject)
    if (inSubject) return { value: trimCompany(inSubject[0]), source: subject }
  }
  const signature = signatureStart(text)
  const body = signature >= 0 ? text.slice(0, signature) : text
  const inBody = COMPANY_NAME.exec(body) ?? COMPANY_NAME.exec(text)
  if (inBody) return { value: trimCompany(inBody[0]), source: lineOf(text, inBody.index) }
  if (subject && /\s[-–|]\s/.test(subject)) {
    const split = splitSummary(subject)
    if (split.company !== subject) return { value: split.company, source: subject }
  }
  return undefined
}

const POSITION_LABEL =
  /^[ \t]*(?:[-•*][ \t]*)?(?:posisi(?: yang dilamar)?|position(?: applied)?|jabatan|role|lowongan|job title|formasi|vacancy|(?:interview )?invitation for)[ \t]*[:：][ \t]*(.+)$/im
const ROLE = '[A-Z][\\w&/+().-]*(?:[ \\t]+(?:[A-Z][\\w&/+().-]*|of|and|dan|&|-|/)){0,6}'
const POSITION_PATTERNS = [
  new RegExp(
    `(?:[Pp]osisi(?: sebagai)?|[Ll]owongan|[Ff]or the (?:position|role) of|[Pp]osition of|[Rr]ole of)[ \\t]*[:"“]?[ \\t]*(${ROLE})`,
  ),
  new RegExp(
    `(?:for|about|untuk)[ \\t]+(?:the|our|an?)[ \\t]+(${ROLE})[ \\t]+(?:position|role|opening|vacancy|program(?:me)?)\\b`,
  ),
  new RegExp(`(?:[Ii]nterview|[Ww]awancara)[ \\t]*[—–-][ \\t]*(${ROLE})[ \\t]+(?:at|di)[ \\t]`),
  // "lamaran Bapak sebagai Teknisi Maintenance", "untuk formasi Officer Pengadaan", "proses rekrutmen Data
  // Analyst di PT …".
  new RegExp(
    `(?:[Ll]amaran|[Mm]elamar|applied|application)[^.\\n]{0,25}?[ \\t](?:sebagai|as an?)[ \\t]+(${ROLE})`,
  ),
  new RegExp(`[Ff]ormasi[ \\t]+(${ROLE})`),
  new RegExp(`[Rr]ekrutmen[ \\t]+(${ROLE})[ \\t]+(?:di|at)[ \\t]`),
  new RegExp(
    `(?:[Ii]nterview|[Ww]awancara)[ \\t]+(?:for|untuk)[ \\t]+(${ROLE})(?=[ \\t]+(?:on|pada|at|di)\\b|[,.])`,
  ),
]

function cleanRole(value: string): string {
  return value
    .replace(/\s+(?:di|at|pada|dengan|with|on|untuk)\s+.*$/i, '')
    .replace(/["”'.,;:]+$/g, '')
    .replace(/\s+(?:yang|which|that|and|dan)$/i, '')
    .trim()
}

/** The role alone: a labelled position, "untuk posisi …", "for the … position", or the subject's. */
export function positionOf(text: string, subject?: string): Found | undefined {
  const label = POSITION_LABEL.exec(text)
  if (label) return { value: cleanRole(label[1]!), source: label[0].trim() }
  for (const pattern of POSITION_PATTERNS) {
    const inline = pattern.exec(text)
    if (inline) return { value: cleanRole(inline[1]!), source: lineOf(text, inline.index) }
  }
  if (subject && /\s[-–|:]\s|\s(?:at|di)\s/.test(subject)) {
    const split = splitSummary(subject)
    if (split.position && split.position !== subject && !COMPANY_FORM.test(split.position))
      return { value: split.position, source: subject }
  }
  return undefined
}
