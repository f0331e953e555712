import type { Found } from './details'
import { signatureStart } from './people'
import { positionOf } from './positions'
import { brandOfTitle, COMPANY_FORM, roleOfTitle, splitSummary } from './summary'
import { lineOf, literal, readShouted } from './text'

const WORD = "[A-Z0-9][\\w&'-]*"
const COMPANY_NAME = new RegExp(
  // "CV" is also the candidate's résumé: "sesuai CV Anda", "CV terbaru", "CV.PDF" name no company.
  // "PT.SINAR TERANG" as an SMS types it, with no space after the full stop; a foundation (Yayasan) or a
  // cooperative (Koperasi) employs as a company does.
  `\\b(?:(?:(?:PT|CV(?!\\.?[ \\t]*(?:Anda|Kamu|Saudara|Saudari|Bapak|Ibu|Kakak|Terbaru|Terakhir|Lengkap|Asli|Dan|Atau|You|Your|PDF|Pdf|DOCX?|Docx?)\\b)|UD)(?:\\.[ \\t]*|[ \\t]+)|(?:Yayasan|Koperasi)[ \\t]+)${WORD}(?:[ \\t]+(?:${WORD}|&))*(?:[ \\t]+\\((?:Persero|PERSERO)\\))?` +
    // A word with "-nya" is the sentence's ("People Team-nya Kopi Senja Group"), not the name's.
    `|[A-Z][\\w&']*(?:-(?!nya\\b)[\\w&']+)*(?:[ \\t]+(?:[A-Z][\\w&']*(?:-(?!nya\\b)[\\w&']+)*|&)){0,4}[ \\t]+(?:Pte\\.?[ \\t]*Ltd|Sdn\\.?[ \\t]*Bhd|Inc|Ltd|LLC|LLP|GmbH|Corp|Corporation|Group)\\b\\.?)`,
)
/** What an agency calls itself beside "mitra" or "partner": "mitra penyedia tenaga kerja", "recruitment partner". */
const AGENCY_WORD =
  '(?:resmi|official|rekrutmen|recruitment|recruiting|hiring|outsourcing|staffing|penyedia|penyalur|tenaga|kerja|alih|daya|SDM|HR)'
const CLIENT = new RegExp(
  '(?:klien kami|our client|on behalf of|atas nama|mewakili|client)\\s*[,:]?\\s*(?:yaitu|yakni|,)?\\s*|' +
    // "PT A selaku mitra penyedia tenaga kerja PT B", "as the recruitment partner of PT B": the agency's client.
    `\\b(?:selaku|sebagai|as(?:[ \\t]+(?:the|an?))?)[ \\t]+(?:${AGENCY_WORD}[ \\t]+)*(?:mitra|partner|vendor|rekanan)` +
    `(?:[ \\t]+${AGENCY_WORD})*[ \\t]+(?:(?:dari|untuk|bagi|of|for)[ \\t]+)?`,
  'gi',
)
/**
 * A hospital, a clinic, a pharmacy, a shop, a restaurant, a workshop, a university or a school employs
 * as a company does, with no legal form in its name.
 * Read only when the text names no company with one, and not where a text names them otherwise: a street
 * ("Jl. RS Fatmawati"), a landmark ("depan RS Hermina"), the clinic of a medical check-up, the candidate's
 * university or schooling ("lulusan SMA Negeri 3", "pendidikan minimal SMK").
 */
const INSTITUTION = new RegExp(
  `(?<!\\b(?:[Ll]ulusan|[Aa]lumn(?:i|us)|[Mm]inimal|[Mm]in|[Pp]endidikan|[Ss]etara|[Ss]ederajat|[Ii]jazah|[Gg]uru|[Mm]ahasiswa|[Ll]ulus dari|[Gg]raduate of|[Ss]tudied at|Jl|Jln|Jalan|[Dd]epan|[Ss]eberang|[Ss]amping|[Ss]ebelah|[Dd]ekat|[Bb]elakang|[Nn]ear|[Oo]pposite)\\.?[ \\t]+)\\b(?:RS|Rumah Sakit|Klinik|Apotek|Apotik|Toko|Restoran|Rumah Makan|Bengkel|Universitas|Institut|Politeknik|Sekolah|Madrasah|(?:Pondok[ \\t]+)?Pesantren|SMA|SMK|SMP|MTs|MAN|(?:SD|TK)(?=[ \\t]+[A-Z]))\\.?[ \\t]+${WORD}(?:[ \\t]+(?:${WORD}|&))*`,
  'g',
)
/**
 * A chat's sender saying where they work, when the company has no legal form in its name: "Kevin here from the
 * eng team at Kopikode", "this is Rani from Tokokita", "saya Dewi dari tim HR Kopikode". A team or a role word
 * after "from" ("from HR", "dari tim rekrutmen") names no company.
 */
const INTRODUCED = new RegExp(
  `\\b(?:here|I'm|I am|[Tt]his is|[Ss]aya|[Aa]ku)\\b[^.,!?\\n]{0,30}?\\b(?:from|dari|at)[ \\t]+` +
    `(?:the[ \\t]+(?:[\\w-]+[ \\t]+){1,2}team[ \\t]+(?:at|of)[ \\t]+|tim[ \\t]+(?:[\\w-]+[ \\t]+){1,2}(?:di[ \\t]+)?)?` +
    `([A-Z][\\w&'-]+(?:[ \\t]+[A-Z][\\w&'-]+){0,2})`,
)
/**
 * The employer after the role, in English notices: "the Data Engineer role at Tokoloka", "a position with
 * Kopikode".
 */
const ROLE_AT = new RegExp(
  `\\b(?:role|position|opening|vacancy)[ \\t]+(?:at|with)[ \\t]+([A-Z][\\w&'-]+(?:[ \\t]+[A-Z][\\w&'-]+){0,2})`,
)
/**
 * The employer the candidate would join, when nothing else names it: "thank you for your interest in joining
 * Tokoloka", "kesempatan bergabung bersama Kopikode". Not a meeting app ("Joining Microsoft Teams").
 */
const JOINING = new RegExp(
  `\\b(?:joining|bergabung(?:[ \\t]+(?:dengan|bersama|di))?)[ \\t]+([A-Z][\\w&'-]+(?:[ \\t]+[A-Z][\\w&'-]+){0,2})`,
)
const MEETING_APP = /^(?:Microsoft|Teams|Webex|Skype|Zoom|Google|Meet|Our|Us)\b/
/**
 * A mail's or portal's footer line: its copyright, trademarks and unsubscribe links name the sender's
 * platform ("© 2026 LinkedIn Corporation"), never the employer.
 */
const FOOTER =
  /^.*(?:©|\(c\)[ \t]*\d{4}|\ball rights reserved\b|\bhak cipta\b|\bregistered trademarks?\b|\bunsubscribe\b|\bberhenti berlangganan\b).*$/gim
const NOT_A_COMPANY =
  /^(?:HR|HRD|SDM|Human|People|Talent|Recruitment|Rekrutmen|Tim|Team|The|Jakarta|Bandung|Surabaya|Indonesia|Google|Zoom|LinkedIn|Jobstreet|Glints|Kalibrr)\b/
const NOT_THE_EMPLOYER = /\b(?:MCU|medical|check[- ]?up|(?:tes|cek|pemeriksaan) kesehatan|patokan)\b/i
const COMPANY_LABEL =
  /^[ \t]*(?:[-•*][ \t]*)?(?:perusahaan|company|nama perusahaan|employer|instansi)[ \t]*[:：][ \t]*(.+)$/im

/** Trailing punctuation goes, except the full stop of "Ltd." or "Inc." that belongs to the name. */
const trimCompany = (value: string) => {
  const bare = value.replace(/[\s,.;:]+$/, '')
  return /\b(?:Ltd|Inc|Corp|Bhd)$/.test(bare) && /\.\s*$/.test(value) ? `${bare}.` : bare
}

/** Written on its own: not run on into more of a name ("RS Mitra Husada Medika Semarang"). */
const writes = (text: string, words: string) =>
  new RegExp(`(?<![\\w-])${literal(words)}(?![\\w-])(?![ \\t]+[A-Z0-9&(])`).test(text)

/**
 * The subject's name as the text writes it, when the subject adds a place to it: "RS Mitra Husada Medika
 * Semarang" in the subject, "RS Mitra Husada Medika" in the body and "…, Semarang" in the address. A name the
 * text writes in full ("PT Semen Padang") stays as it is, and so does one whose last words the text names
 * nowhere else: those words are the name's own.
 */
function asTextWrites(value: string, text: string): string {
  if (writes(text, value)) return value
  for (const { short, place } of withoutPlace(value, 2)) {
    if (writes(text, short) && new RegExp(`(?<![\\w-])${literal(place)}(?![\\w-])`).test(text)) return short
  }
  return value
}

/**
 * The name as a line of its own writes it, when the body runs a place on after it: "PT Sinar Plastik
 * Cemerlang Cikarang, sekaligus …" in the body and "PT Sinar Plastik Cemerlang" under the signature.
 */
function asSigned(value: string, text: string): string {
  const lines = new Set(text.split('\n').map((line) => line.trim()))
  for (const { short } of withoutPlace(value, 3)) if (lines.has(short)) return short
  return value
}

/**
 * The name less its last word or two (a place run on after it), with at least `keep` words left. A legal form
 * ("Pte. Ltd.", "Tbk") among those words is the name's own, and ends the search.
 */
function* withoutPlace(value: string, keep: number): Generator<{ short: string; place: string }> {
  const words = value.split(/\s+/)
  for (let drop = 1; drop <= 2 && words.length - drop >= keep; drop++) {
    const place = words.slice(-drop).join(' ')
    if (COMPANY_FORM.test(place)) return
    yield { short: words.slice(0, -drop).join(' '), place }
  }
}

/** The employer: a named client of an agency, a labelled company, the subject's, the body's, the signature's. */
export function companyOf(text: string, subject?: string): Found | undefined {
  return readShouted(text, (readable) => companyIn(readable, subject))
}

function companyIn(written: string, subject?: string): Found | undefined {
  // Footers blanked out, letter for letter, so that what is found stands where it was.
  const text = written.replace(FOOTER, (line) => ' '.repeat(line.length))
  for (const client of text.matchAll(CLIENT)) {
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
    if (inSubject) return { value: asTextWrites(trimCompany(inSubject[0]), text), source: subject }
  }
  const signature = signatureStart(text)
  const body = signature >= 0 ? text.slice(0, signature) : text
  const inBody = COMPANY_NAME.exec(body) ?? COMPANY_NAME.exec(text)
  if (inBody) return { value: asSigned(trimCompany(inBody[0]), text), source: lineOf(text, inBody.index) }
  // "Interview – Gojek" for a role the message names ("for the Finance Officer position"): the subject names the
  // employer. Alone, such a subject says nothing of which it is, and its words stay the role (`positionOf`).
  const brand = subject && brandOfTitle(subject)
  const role = brand && positionOf(text)?.value
  if (brand && role && role.toLowerCase() !== brand.toLowerCase())
    return { value: asTextWrites(brand, text), source: subject }
  if (subject && /\s[-–|]\s/.test(subject)) {
    const split = splitSummary(subject)
    // "Interview – Video Producer": with the invitation's word taken off, the one part left is the role.
    if (split.company && split.company !== subject && split.company !== roleOfTitle(subject))
      return { value: asTextWrites(split.company, text), source: subject }
  }
  const institution = [...text.matchAll(INSTITUTION)].find(
    (match) => !NOT_THE_EMPLOYER.test(lineOf(text, match.index)),
  )
  if (institution) return { value: trimCompany(institution[0]), source: lineOf(text, institution.index) }
  const introduced = INTRODUCED.exec(text)
  if (introduced && !NOT_A_COMPANY.test(introduced[1]!))
    return { value: introduced[1]!, source: lineOf(text, introduced.index) }
  const roleAt = ROLE_AT.exec(text)
  if (roleAt && !NOT_A_COMPANY.test(roleAt[1]!))
    return { value: roleAt[1]!, source: lineOf(text, roleAt.index) }
  const joining = JOINING.exec(text)
  if (joining && !NOT_A_COMPANY.test(joining[1]!) && !MEETING_APP.test(joining[1]!))
    return { value: joining[1]!, source: lineOf(text, joining.index) }
  return undefined
}
