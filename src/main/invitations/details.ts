import { lineOf, readShouted } from './text'
import { QUOTED } from './timeWords'
import { ONLINE_WORDS } from './mode'

export interface Found {
  value: string
  source: string
}

/**
 * Where to attend a video interview, live or recorded (HireVue, Spark Hire and the like, where a one-way
 * interview is done); maps, company sites and portals are not meeting links.
 */
const MEETING_LINK =
  /(?:https?:\/\/|(?<![\w@./-]))(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|skype\.com|gotomeeting\.com|bluejeans\.com|chime\.aws|lark(?:suite)?\.com\/meeting|hirevue\.com|sparkhire\.com|vidcruiter\.com|myinterview\.com|willo\.video)\/[^\s<>"')\]]*[^\s<>"')\].,;]/i
/** A recorded-interview platform: its link is where the interview is done, unless it is one of its own pages. */
const ONE_WAY = /\b(?:hirevue\.com|sparkhire\.com|vidcruiter\.com|myinterview\.com|willo\.video)\//i
export const isRecordedInterviewLink = (url: string) => ONE_WAY.test(url)
/** Every meeting link in a text (matchAll works on a copy, so the pattern's own state is never used). */
const MEETING_LINKS = new RegExp(MEETING_LINK.source, 'gi')
const PLATFORM_PAGE =
  /\/(?:privacy|policy|terms|legal|help|support|faq|tips|blog|about|candidates?\/)|[?&]utm_/i
const MAPS_LINK =
  /https?:\/\/(?:maps\.app\.goo\.gl|goo\.gl\/maps|(?:www\.)?google\.[a-z.]+\/maps|maps\.google\.[a-z.]+)\S*/gi
const ACCESS_CODE =
  /(?<![?&/=\w])(?:passcode|password|pass code|kode akses|kata sandi|sandi|kode sandi|meeting password|pwd|pw(?=\s*[:：=])|PIN)\b\s*(?:rapat|meeting)?\s*[:：=]?\s*([A-Za-z0-9@#$%^&*!?._-]{3,32})/i
/**
 * "No. referensi: …", "Nomor Undangan …", "Ref …", "Kode Lamaran …", candidate or application numbers ("Your
 * Reg. No.: …"); not an agency's licence or registration in its signature ("EA Licence No. 16S8123 | Reg. No.
 * R1987654").
 */
const REFERENCE =
  /\b(?:no(?:mor)?\.?\s*(?:ref(?:erensi)?|undangan|lamaran|peserta|kandidat|registrasi|reg\b|pendaftaran|surat)|(?<=^|\n)[ \t]*(?:nomor|no\.?)(?=\s*[:：])|(?<!(?:licen[cs]e|lic|lisensi|izin|usaha|reg|registration|personnel|NPWP|NIB|SIUP|SIPA|SIP|SIK|UEN|CEI)\.?[ \t]+)no\.(?=[ \t]+[\w/.-]*[a-z][\w/.-]*\d)|(?:your|candidate|applicant)\s+reg\.?\s*(?:no|number|id)|ref(?:erence)?\.?(?:\s*(?:no|number|#|code)\.?)?|kode\s+(?:lamaran|undangan|peserta|kandidat|referensi)|(?<!(?:(?:personnel|company|business|agency)\s+|[|(]\s*))(?:candidate|application|applicant|invitation|registration)\s+(?:id|no|number|code|#)|job\s+(?:id|ref))\.?\s*[:：#]?\s*([A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*)/gi
const LOCATION_LEADS = [
  // A labelled venue, at a line start, after a sentence or after a chat's comma: "Tempat: …", "Venue: …",
  // "…, lokasi: …", "…, lokasinya di …", or a portal's card that sets its labels apart with tabs ("Alamat\t\tRuko …").
  /(?:^|[.!]\s+|\n|,[ \t]+(?=(?:tempat|lokasi|alamat|venue|address|location)(?:nya)?\b))[ \t]*(?:[-•*][ \t]*)?(?:(?:tempat|lokasi|alamat)nya[ \t]+di[ \t]+|(?:tempat|lokasi|alamat|venue|address|location|place|where|lokasi interview|tempat pelaksanaan)(?:[ \t]+(?:interview|wawancara))?(?:[ \t]*[:：][ \t]*|\t[ \t]*))/gim,
  /\b(?:bertempat di|berlokasi di|held at|take place at|takes place at|located at|at our (?:project |head |main )?office|di kantor kami)[ \t]*[:,]?[ \t]*/gi,
  /\b(?:di|at)[ \t]+(?=(?:Gedung|Menara|Wisma|Graha|Kantor|Ruko|Toko|Studio|Gudang|Plaza|Tower|Kawasan|Jl\.|Jalan)\b)/g,
  // A named head office: "di Kopi Senja HQ, Jl. …", "at the Nordhaven Office".
  /\b(?:di|at)[ \t]+(?:the[ \t]+)?(?=(?:[A-Z][\w&'-]*[ \t]+){1,4}(?:HQ|Headquarters|Head Office|Office)\b)/g,
  /(?:^|[,.]\s+|\s)(?=(?:Jl\.|Jalan)\s)/g,
]
/** A line that goes on with an address: a street, a building, a floor, a kelurahan, a kecamatan, a town. */
const ADDRESS_LINE =
  /^(?:jl\.|jln\.?\s|jalan\s|gedung\s|lt\.|lantai\s|kav\.|kel\.|kelurahan\s|kec\.|kecamatan\s|kab\.|kabupaten\s|kota\s|desa\s|ruko\s|komplek|perum|blok\s|rt\s*\d|[1-9]\d{4}\b)/i
/** A town and its postcode: "Jakarta Selatan 12510", "Kuningan, Jakarta Selatan 12950", "Singapore 048616". */
const TOWN_LINE = /^[A-Z][\w'.-]*(?:,? [A-Z][\w'.-]*){0,4} (?:[1-9]\d{4}|\d{6})$/
/** An address line is short and not a sentence: "Gedung parkir ada di belakang toko." is a note. */
const addressLine = (line: string) =>
  (ADDRESS_LINE.test(line) || TOWN_LINE.test(line)) &&
  line.split(/\s+/).length <= 10 &&
  !(/[.!?]$/.test(line) && !ABBREVIATION.test(line.slice(0, -1)))
/** What a chat says after an address: "…, makassar ya kak", "… ya". */
const CHAT_TAIL =
  /(?:[ \t,]+(?:ya|yaa|yah|kak|ka|kakak|gan|sis|bro|mas|mbak|mba|pak|bu|ok|oke|thx|makasih|terima kasih))+[ \t.!]*$/i
/** No venue yet: "lokasi: menyusul", "Venue: TBA", "tempat akan diinformasikan kemudian". */
const TO_FOLLOW =
  /^(?:menyusul|(?:akan|nanti)[ \t]+(?:diinformasikan|dikabari|dikabarkan|dikirim|disampaikan)|tba|tbc|to be (?:confirmed|announced|advised|informed))\b/i

/** A line of an address under its label: short, and no sentence ("Mohon datang 15 menit lebih awal."). */
const blockLine = (line: string) =>
  line.split(/\s+/).length <= 8 && !(/[.!?]$/.test(line) && !ABBREVIATION.test(line.slice(0, -1)))

/** Words after which a full stop is an abbreviation inside an address, not the end of the sentence. */
const ABBREVIATION =
  /(?:^|\s)(?:Jl|Jln|No|Kav|Lt|Blk|Blok|Jend|Ir|Dr|H|Hj|Prof|Kel|Kec|Gg|RT|RW|St|Rd|Ave)$|(?:^|[\s.])[A-Z]$/i

/** The rest of the sentence from `start`: up to a full stop that ends it, a line end or a table's cell end. */
function sentenceFrom(text: string, start: number): string {
  let end = start
  while (end < text.length) {
    const char = text[end]!
    if (char === '\n' || char === '|' || (char === '—' && text[end - 1] === ' ')) break
    if (char === '.' && /^\s?$/.test(text[end + 1] ?? '') && !ABBREVIATION.test(text.slice(start, end))) break
    end += 1
  }
  return text.slice(start, end)
}

/**
 * A town and its province and nothing more ("Surabaya, Jawa Timur"): how a portal's job summary gives the
 * job's city, which is where the job is, not where the interview is held.
 */
const PLACE_NAME_ONLY = /^[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}){0,2}$/
/** What an address has and a town alone has not: a street, a building, a house number, a postcode. */
const ADDRESS =
  /\b(?:No\.?|KM|Nomor)[ \t]*\d|\b\d{5}\b|\b(?:Jl|Jln|Jalan|Gg|Blok|Kav|Lt|Lantai|Komplek|Kompleks|Perumahan|Street|Road|Floor|Gedung|Menara|Wisma|Graha|Kantor|Ruko|Toko|Studio|Gudang|Pabrik|Plaza|Tower|Kawasan|Hotel|Mall|Office|HQ|Building|Hall|Cafe|Kafe|Restoran|Ruang|Room|Outlet|Cabang|Branch)\b/i

/** The venue's address: a labelled line, "bertempat di …", "di Gedung …", a street; maps links dropped. */
export function venue(text: string): Found | undefined {
  return readShouted(text, venueIn)
}

function venueIn(text: string): Found | undefined {
  // A bare town yields to an address found anywhere else in the text, and stands when there is none.
  let placeName: Found | undefined
  for (const lead of LOCATION_LEADS) {
    lead.lastIndex = 0
    for (const match of text.matchAll(lead)) {
      const from = match.index + match[0].length
      let value = sentenceFrom(text, from)
        .replace(MAPS_LINK, '')
        .replace(/\s*\(\s*\)\s*/g, ' ')
      // An address often runs on over the next lines, up to a blank one: "Apotek …" / "Jl. …, RT 004/RW
      // 011," / "Kel. …, Kec. …," / "Jakarta Selatan 12510".
      let end = from + value.length
      // A label on a line of its own ("Venue:") has the address under it, up to a blank line, whatever its
      // lines are ("Mapletree Business City" / "20 Pasir Panjang Road, #10-01" / "Singapore 117439").
      const block = !value.trim()
      for (let lines = 0; lines < (block ? 5 : 3); lines += 1) {
        const next = text.slice(end).match(/^\r?\n[ \t]*([^\n:]{4,80})/)
        const line = next?.[1]!.trim() ?? ''
        if (!addressLine(line) && !(block && line && blockLine(line))) break
        value = value.trim() ? `${value.trim().replace(/,$/, '')}, ${line}` : line
        end += next![0].length
      }
      value = value
        .replace(/\s+/g, ' ')
        .trim()
        .replace(CHAT_TAIL, '')
        .replace(/[,;:]$/, '')
        .trim()
      if (
        value.length < 4 ||
        TO_FOLLOW.test(value) ||
        /^(?:(?:tetap|masih)\s+)?sama\b|^(?:the\s+)?same\b|^as\s+(?:before|previous)/i.test(value) ||
        MEETING_LINK.test(value) ||
        /^(?:online|daring|virtual|zoom|google meet|teams|microsoft)\b/i.test(value)
      )
        continue
      // Under a label on a line of its own, the address's first line is its source.
      const own = lineOf(text, from).trim() ? from : text.indexOf('\n', from) + 1
      const found = { value, source: lineOf(text, own) }
      const town = PLACE_NAME_ONLY.test(value) && !ADDRESS.test(value)
      if (town) placeName ??= found
      else if (!placeName || ADDRESS.test(value)) return found
    }
  }
  return placeName
}

/** "tempat tetap sama seperti di undangan", "di lokasi yang sama", "the venue stays the same". */
const SAME_PLACE =
  /\b(?:tempat|lokasi)(?:nya)?(?:\s+(?:wawancara|interview))?[\s:：]+(?:(?:tetap|masih)\s+)?(?:yang\s+)?sama\b|\bsame\s+(?:place|venue|location|office)\b|\b(?:venue|location|place)\s+(?:stays|remains|is\s+still|will\s+be)\s+the\s+same\b/gi
/** "tidak di tempat yang sama", "will not be at the same office": the place changes. */
const NOT_BEFORE = /\b(?:tidak|bukan|belum tentu|not|no longer|isn't|won't)\b[^.\n]{0,20}$/i
/** The quoted message's lines ("> …"), else the text after a quote's or forward's heading. */
const QUOTE_HEAD =
  /^.*\b(?:menulis|wrote)\s*:\s*$|^-{2,}\s*(?:original message|forwarded message|pesan asli|pesan terusan)\s*-{2,}/im
function quotedPart(text: string): string {
  const quoted = text.split('\n').filter((line) => QUOTED.test(line))
  if (quoted.length > 0) return quoted.map((line) => line.replace(/^[ \t]*(?:>[ \t]?)+/, '')).join('\n')
  const head = QUOTE_HEAD.exec(text)
  return head ? text.slice(head.index + head[0].length) : ''
}

/**
 * The venue of the message a reply answers, when the reply says the place stays as it was: HR accepting a
 * later day writes "tempat tetap sama seperti di undangan" above the quoted invitation, whose "Tempat:" line
 * is then where the interview is. `earlier` is the text below the reply's own words: only the message it
 * quotes is read, never the reply's signature. Not when the reply says the place is not the same, or that
 * the interview is online.
 */
export function keptVenue(reply: string, earlier: string): Found | undefined {
  const kept = [...reply.matchAll(SAME_PLACE)].some(
    (match) => !NOT_BEFORE.test(reply.slice(Math.max(0, match.index - 40), match.index)),
  )
  if (!kept || ONLINE_WORDS.test(reply)) return undefined
  const quoted = quotedPart(earlier)
  return quoted ? venue(quoted) : undefined
}

const VENUE_HEADING = /^(?:tempat|lokasi|alamat|venue|location|place)\b/i
/** A table's row split into its cells: "| 3 | Wawancara | Rabu, 9 Desember 2026 | … |". */
const cellsOf = (line: string) =>
  /^\s*\|.*\|\s*$/.test(line)
    ? line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
    : undefined

/**
 * The venue in a table of stages, on the interview's own row: an announcement lists each stage (a test, a
 * medical check, the interview) with its day, time and place in columns, under a heading row that names them
 * ("| No | Tahapan | Hari/Tanggal | Waktu | Tempat |"). `when` is the words the interview's time was read from.
 */
export function venueInRow(text: string, when: string): Found | undefined {
  const lines = text.split('\n')
  const spaced = (words: string) => words.replace(/\s+/g, ' ')
  const row = lines.findIndex((line) => spaced(line).includes(spaced(when)) && cellsOf(line))
  if (row < 0) return undefined
  const cells = cellsOf(lines[row]!)!
  for (let above = row - 1; above >= 0; above -= 1) {
    const heads = cellsOf(lines[above]!)
    if (!heads) return undefined
    const column = heads.findIndex((head) => VENUE_HEADING.test(head))
    if (column < 0) continue
    const value = cells[column]
    return value && value.length >= 4 && !MEETING_LINK.test(value)
      ? { value, source: lines[row]!.trim() }
      : undefined
  }
  return undefined
}

/** The rest of a link a mailer wrapped at one of its hyphens: the next line, when it is one word. */
const WRAPPED_REST = /^\n[ \t]*([\w-]+)[ \t]*(?=\n|$)/

/**
 * The link to join, written whole ("meet.google.com/abc-defg-hij" as pasted from an invitation, with https),
 * and joined again where a mailer wrapped it after a hyphen ("…/qwe-rtyu-" above "iop").
 */
export function meetingLink(text: string): Found | undefined {
  const match = [...text.matchAll(MEETING_LINKS)].find(
    ([link]) => !(ONE_WAY.test(link) && PLATFORM_PAGE.test(link.replace(/^[^/]*\/\/[^/]*/, ''))),
  )
  if (!match) return undefined
  let link = match[0]
  const rest = link.endsWith('-') ? WRAPPED_REST.exec(text.slice(match.index + link.length)) : null
  if (rest) link += rest[1]
  const value = /^https?:\/\//i.test(link) ? link : `https://${link}`
  return { value, source: lineOf(text, match.index) }
}

/** A dial-in line's PIN ("(US) +1 216-930-1458 PIN: 392 118 447#") is for the phone, not the meeting's code. */
const DIAL_IN = /\+\d[\d\s-]{6,}|\bdial|\bby phone\b|\btelepon\b/i

export function accessCode(text: string): Found | undefined {
  for (const match of text.matchAll(new RegExp(ACCESS_CODE.source, 'gi'))) {
    const value = match[1]?.replace(/[.,;]+$/, '')
    if (!value || /^(?:anda|your|the|akan|will)$/i.test(value)) continue
    const line = lineOf(text, match.index)
    if (/^pin\b/i.test(match[0]) && DIAL_IN.test(line)) continue
    return { value, source: line }
  }
  return undefined
}

/** A letter's own number ("Nomor: PENG-057/…"), the same for every reader: the candidate's own comes first. */
const LETTER_NUMBER = /^[ \t]*(?:nomor|no\.?)[ \t]*[:：]/i

export function reference(text: string): Found | undefined {
  const matches = [...text.matchAll(REFERENCE)]
  const match = matches.find((found) => !LETTER_NUMBER.test(found[0])) ?? matches[0]
  return match ? { value: match[1]!.replace(/[.,;]+$/, ''), source: lineOf(text, match.index) } : undefined
}
