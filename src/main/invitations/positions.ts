import type { Found } from './details'
import { HONORIFIC } from './names'
import { ASKS, COMPANY_FORM, JOB_TOWNS, roleOfTitle, splitSummary, STAGE, WHEN_OR_HOW } from './summary'
import { lineOf, readShouted } from './text'

const POSITION_LABEL =
  /^[ \t]*(?:[-•*][ \t]*)?(?:posisi(?: yang dilamar)?|position(?: applied)?|jabatan|role|lowongan|job title|formasi|vacancy|(?:interview )?invitation for)[ \t]*[:：][ \t]*(.+)$/im
/**
 * A short qualifier in brackets right after the role is part of it: "Perawat Pelaksana (ICU)", "Kurir Motor
 * (Sprinter)", "Sales Associate (SPG)". One word only, so that a person's name ("(Budi Santoso)") stays out;
 * not where the job is ("Clinical Operations Associate (Jakarta)", "(Remote)"), which is no part of its name.
 */
const WHERE = `${JOB_TOWNS}|Remote|Hybrid|WFH|WFO`
const QUALIFIER = `(?:[ \\t]+\\((?!(?:${WHERE})\\b)[A-Z][\\w&/+.-]{0,19}\\))?`
const titleWords = (joiners: string) =>
  `[A-Z][\\w&/+().-]*(?:[ \\t]+(?:[A-Z][\\w&/+().-]*|of|and|dan|&|${joiners})){0,6}${QUALIFIER}`
const ROLE = titleWords('-|/')
/** Right before "role" or "position" a dash is the title's own: "our Senior Category Manager – Fashion role". */
const DASHED_ROLE = titleWords('-|–|—|/')
const POSITION_PATTERNS = [
  new RegExp(
    `(?:[Pp]osisi(?: sebagai)?|[Ll]owongan|[Ff]or the (?:position|role) of|[Pp]osition of|[Rr]ole of)[ \\t]*[:"“]?[ \\t]*(${ROLE})`,
  ),
  new RegExp(
    `(?:for|about|untuk|interest in)[ \\t]+(?:the|our|an?)[ \\t]+(${DASHED_ROLE})[ \\t]+(?:position|role|opening|vacancy|program(?:me)?)\\b`,
  ),
  new RegExp(`(?:[Ii]nterview|[Ww]awancara)[ \\t]*[—–-][ \\t]*(${ROLE})[ \\t]+(?:at|di)[ \\t]`),
  // "lamaran Bapak sebagai Teknisi Maintenance", "untuk formasi Officer Pengadaan", "proses rekrutmen Data
  // Analyst di PT …".
  new RegExp(
    `(?:[Ll]amaran|[Mm]elamar|applied|application)[^.\\n]{0,25}?[ \\t](?:sebagai|sbg\\.?|as an?)[ \\t]+(${ROLE})`,
  ),
  new RegExp(`[Ff]ormasi[ \\t]+(${ROLE})`),
  // "mengikuti Wawancara sebagai calon Guru Matematika SMP": the role the candidate is a candidate for.
  new RegExp(`(?:[Ss]ebagai|[Ss]bg\\.?|as an?)[ \\t]+[Cc]alon[ \\t]+(${ROLE})`),
  // "microteaching dan wawancara sebagai Guru Bahasa Inggris": the role the interview is for.
  new RegExp(`(?:[Ii]nterview|[Ww]awancara)[ \\t]+(?:sebagai|sbg\\.?|as an?)[ \\t]+(${ROLE})`),
  // "proses seleksi Officer Development Program (ODP) PT Bank …": the role, its short form, then the company;
  // "seleksi berkas" or "seleksi administrasi" is a stage of the selection, "seleksi calon pegawai" no role.
  new RegExp(
    `[Ss]eleksi[ \\t]+(?!(?:[Bb]erkas|[Aa]dministrasi|[Aa]wal|[Ll]anjutan|[Aa]khir|[Tt]ahap|CV|[Cc]alon|[Pp]egawai|[Kk]aryawan|[Pp]eserta|[Pp]enerimaan)\\b)(${ROLE})[ \\t]+(?=(?:PT|CV|UD|Bank|Yayasan|Koperasi)\\b)`,
  ),
  new RegExp(`[Rr]ekrutmen[ \\t]+(${ROLE})[ \\t]+(?:di|at)[ \\t]`),
  new RegExp(
    `(?:[Ii]nterview|[Ww]awancara)[ \\t]+(?:for|untuk)[ \\t]+(${ROLE})(?=[ \\t]+(?:on|pada|at|di)\\b|[,.])`,
  ),
]

/**
 * A chat names the role straight after the word, then the day or the employer: "interview Kasir tgl 4 Des",
 * "wawancara Barista hari Sabtu", "interview Admin Gudang besok", "INTERVIEW PERAWAT DI RS HARAPAN BUNDA".
 */
const ROLE_BEFORE_DAY = new RegExp(
  `(?:[Ii]nterview|[Ww]awancara)[ \\t]+(${ROLE})[ \\t]+(?=(?:tgl|tanggal|hari|besok|lusa|pada|on|tomorrow)\\b|` +
    `(?:di|at)[ \\t]+(?:PT|CV|UD|RS|Rumah Sakit|Klinik|Toko|Kantor|Sekolah|SMA|SMK|SMP|Yayasan|Koperasi)\\b)`,
  'g',
)
/** The candidate greeted after the word ("mau konfirmasi interview Mas Budi besok"), not a role. */
const GREETED = new RegExp(`^${HONORIFIC}\\b`)

function cleanRole(value: string): string {
  return value
    .replace(/\s+(?:di|at|pada|dengan|with|on|untuk)\s+.*$/i, '')
    .replace(/["”'.,;:]+$/g, '')
    .replace(/\s+(?:yang|which|that|and|dan)$/i, '')
    .trim()
}

/** A role read from a sentence, without a day or a greeting in brackets after it ("Kasir (Senin)"). */
/** A sentence after the role, when the role runs on past its full stop: "Staff Admin Gudang. Kami ingin …". */
const NEXT_SENTENCE = /(?<!\b(?:Sr|Jr|Dr|Ir|St|No|Mgr|Asst|Sn|Snr))\.\s+[A-Z].*$/s
const inlineRole = (value: string) =>
  cleanRole(value.replace(NEXT_SENTENCE, '')).replace(/\s*\(([^()]*)\)$/, (bracket, inner: string) =>
    WHEN_OR_HOW.test(inner) || GREETED.test(inner) ? '' : bracket,
  )

/** Jobs a chat names in small letters; a role read there starts with one of them. */
const JOB_NOUN =
  'admin|administrasi|kasir|staf|staff|sales|driver|sopir|supir|kurir|operator|teknisi|barista|koki|cook|chef|waiter|waitress|pelayan|spg|spb|helper|satpam|security|perawat|bidan|guru|pengajar|tutor|marketing|telemarketing|akuntan|accounting|finance|resepsionis|receptionist|apoteker|asisten|desainer|designer|programmer|developer|crew|kru|cleaner|cleaning|ob|kepala|supervisor|spv|manajer|manager|leader|mekanik|montir|editor|videografer|fotografer|penjahit|tukang|checker|picker|packer|collector|kolektor|surveyor|drafter|analis|analyst|engineer|konsultan|trainer|instruktur|host|cs|customer'
/**
 * A chat writes the role in small letters after "lowongan" or "posisi": "lamaran Mbak buat lowongan admin kasir
 * sudah kami terima". A job word and up to two more, up to a word that cannot be part of a role; not a choice
 * between two ("posisi admin atau kasir"); written as a title.
 */
const CHAT_ROLE = new RegExp(
  `\\b(?:lowongan|posisi)(?:[ \\t]+(?:sebagai|sbg\\.?))?[ \\t]+((?:${JOB_NOUN})(?:[ \\t]+(?!(?:sudah|telah|yang|di|ke|dari|kami|ini|itu|tersebut|dan|atau|akan|ya|kak|mbak|mas|pak|bu|nya|untuk|buat|aja|saja|kalau|masih|dibuka|buka|lagi|tersedia)\\b)[a-z]{2,}){0,2})\\b(?![ \\t]*(?:atau|dan|&|\\/)[ \\t])(?=[ \\t]*(?:[.,!?\\n]|$|[ \\t]+[a-z]))`,
)
const asTitle = (words: string) => words.replace(/\b[a-z]/g, (letter) => letter.toUpperCase())

/** The role alone: a labelled position, "untuk posisi …", "for the … position", or the subject's. */
export function positionOf(text: string, subject?: string): Found | undefined {
  return readShouted(text, (readable) => positionIn(readable, subject))
}

function positionIn(text: string, subject?: string): Found | undefined {
  const label = POSITION_LABEL.exec(text)
  if (label) return { value: cleanRole(label[1]!), source: label[0].trim() }
  for (const pattern of POSITION_PATTERNS) {
    const inline = pattern.exec(text)
    if (inline) return { value: inlineRole(inline[1]!), source: lineOf(text, inline.index) }
  }
  if (subject && /\s[-–|:]\s|\s(?:at|di)\s/.test(subject)) {
    const split = splitSummary(subject)
    if (split.position && split.position !== subject && !COMPANY_FORM.test(split.position))
      return { value: split.position, source: subject }
    const alone = roleOfTitle(subject)
    if (alone) return { value: alone, source: subject }
  } else if (subject && /\w:\s/.test(subject)) {
    // "Interview Invitation: Senior Accountant": the role after the invitation's words and a colon, unless
    // what follows is when or how ("Interview Invitation: Thursday, 3 December").
    const alone = roleOfTitle(subject)
    if (alone && !WHEN_OR_HOW.test(alone) && !ASKS.test(alone) && !/\d/.test(alone))
      return { value: alone, source: subject }
  }
  for (const match of text.matchAll(ROLE_BEFORE_DAY)) {
    const value = inlineRole(match[1]!)
    if (value && !STAGE.test(value) && !WHEN_OR_HOW.test(value) && !GREETED.test(value))
      return { value, source: lineOf(text, match.index) }
  }
  const chat = CHAT_ROLE.exec(text)
  return chat ? { value: asTitle(chat[1]!), source: lineOf(text, chat.index) } : undefined
}
