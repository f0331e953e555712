import type { Found } from './details'
import { signatureStart } from './people'
import { splitSummary } from './summary'
import { lineOf, readShouted } from './text'

const WORD = "[A-Z0-9][\\w&'-]*"
const COMPANY_NAME = new RegExp(
  // "CV" is also the candidate's résumé: "sesuai CV Anda", "CV terbaru", "CV.PDF" name no company.
  // "PT.SINAR TERANG" as an SMS types it, with no space after the full stop; a foundation (Yayasan) or a
  // cooperative (Koperasi) employs as a company does.
  `\\b(?:(?:(?:PT|CV(?!\\.?[ \\t]*(?:Anda|Kamu|Saudara|Saudari|Bapak|Ibu|Kakak|Terbaru|Terakhir|Lengkap|Asli|Dan|Atau|You|Your|PDF|Pdf|DOCX?|Docx?)\\b)|UD)(?:\\.[ \\t]*|[ \\t]+)|(?:Yayasan|Koperasi)[ \\t]+)${WORD}(?:[ \\t]+(?:${WORD}|&))*(?:[ \\t]+\\(Persero\\))?` +
    `|[A-Z][\\w&'-]*(?:[ \\t]+[A-Z][\\w&'-]*){0,4}[ \\t]+(?:Pte\\.?[ \\t]*Ltd|Sdn\\.?[ \\t]*Bhd|Inc|Ltd|LLC|GmbH|Corp|Corporation|Group)\\b\\.?)`,
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
const COMPANY_LABEL =
  /^[ \t]*(?:[-•*][ \t]*)?(?:perusahaan|company|nama perusahaan|employer|instansi)[ \t]*[:：][ \t]*(.+)$/im

/** Trailing punctuation goes, except the full stop of "Ltd." or "Inc." that belongs to the name. */
const trimCompany = (value: string) => {
  const bare = value.replace(/[\s,.;:]+$/, '')
  return /\b(?:Ltd|Inc|Corp|Bhd)$/.test(bare) && /\.\s*$/.test(value) ? `${bare}.` : bare
}

/** The employer: a named client of an agency, a labelled company, the subject's, the body's, the signature's. */
export function companyOf(text: string, subject?: string): Found | undefined {
  return readShouted(text, (readable) => companyIn(readable, subject))
}

function companyIn(text: string, subject?: string): Found | undefined {
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
