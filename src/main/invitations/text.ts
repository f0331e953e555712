/**
 * Text clean-up shared by the invitation reader and the .ics reader. Kept apart from the reader (which
 * loads chrono-node) so that reading a calendar file does not load the date parser it never uses.
 */

/**
 * The sender and time WhatsApp puts before each message of an exported or copied chat: when the message was
 * sent, never the interview's time. A chat exported from a phone writes the date first ("[01/12/26 07.45]
 * Bu Sri HRD: …", "01/12/26 07.45 - Bu Sri: …"); messages copied from WhatsApp Web or the desktop app
 * write the time first ("[09.12, 1/12/2026] Rina (HR): …"). Either clock may be a 12-hour one ("9:12 AM").
 * A sender's name does not start with a digit: "05/12/2026 10:00 - 11:00 WIB" is a schedule's line.
 */
const STAMP_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`
/** A send stamp's or a notice's clock: "07.45", "07.45.12", "9:12 AM". */
export const STAMP_CLOCK = String.raw`\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`
const CHAT_STAMP = new RegExp(
  String.raw`^(?:\[${STAMP_DATE},?[ \t]+${STAMP_CLOCK}\]|\[${STAMP_CLOCK},[ \t]*${STAMP_DATE}\]|${STAMP_DATE},?[ \t]+${STAMP_CLOCK}[ \t]+-)[ \t]*(?![\d \t])[^:\n]{1,60}:[ \t]*`,
  'gm',
)
/**
 * Stamps are dropped only from a chat: a copy or an export of two messages or more. One such line alone is
 * more likely a schedule's ("[04/12/2026 10:00] Interview HR: via Zoom").
 */
const CHAT_MESSAGES = 2

/** `words` matched as written inside a regular expression: a name such as "R. Hartono (HR)" has pattern characters. */
export const literal = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The words on the line of `index`, before it. */
export const lineUpTo = (text: string, index: number) =>
  text.slice(text.lastIndexOf('\n', index - 1) + 1, index)

/** The trimmed line of `text` that holds `index`: the snippet a field is shown to come from. */
export const lineOf = (text: string, index: number) => {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

/**
 * Emoji that open a line of a chat's card ("📍 Lokasi : …", "🗓️ Hari : …"), with their variation selectors,
 * skin tones and joiners: set before a label, they would hide it from the readers that look for labels at a
 * line's start. The copyright and trademark signs are text, and stay.
 */
const LEADING_EMOJI =
  /^([ \t]*)(?:(?![\u00a9\u00ae\u2122])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}](?:\u{FE0F}|\u200d|[\u{1F3FB}-\u{1F3FF}])*)+[ \t]*/gmu

/** The text to read fields from: a notes field keeps its emoji as written. */
export const withoutLeadingEmoji = (text: string) => text.replace(LEADING_EMOJI, '$1')

/**
 * A portal card's label alone on its line, its value on the next ("Posisi" above "Quality Control Staff",
 * "Lokasi Interview" above the address, "Time (SGT)" above the hours), as karir.com-style notices lay them out; not above a blank line,
 * another label or a sentence (a heading "Company" above a description of it).
 */
const LONE_LABEL =
  /^([ \t]*(?:posisi|jabatan|perusahaan|nama perusahaan|(?:tanggal|waktu|jam|jenis|lokasi|tempat|alamat)(?:[ \t]+(?:interview|wawancara))?|position|job title|role|company|date|time|location|venue|address)(?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*\n(?=[ \t]*[^\s:：][^\n]{0,120}(?<![.!?])(?:\n|$))(?![ \t]*\p{L}[\p{L} ]{0,24}[:：])/gimu

/** The text with each such label and its value on one line, written as "Label: value". */
export const labelsJoined = (text: string) => text.replace(LONE_LABEL, '$1: ')

/**
 * Zero-width and non-breaking spaces and direction marks as chat apps and mailers leave them, CRLF as plain
 * lines, and a copied chat's send stamps dropped.
 */
export function plainText(text: string): string {
  const plain = text
    .replace(/\r\n?/g, '\n')
    // Direction marks too: an iPhone's export starts each line with one, before its stamp.
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
  let stamps = 0
  const unstamped = plain.replace(CHAT_STAMP, () => {
    stamps += 1
    return ''
  })
  return (stamps >= CHAT_MESSAGES ? unstamped : plain).replace(/\*([^*\n]+)\*/g, '$1')
}

/**
 * Words a text in capitals writes small once put in mixed case: the ones that end a name, a role or a
 * company ("POSISI TEKNISI AC PD SENIN") and the ones the reader's rules expect in lower case ("DI JL. …").
 */
const SMALL_WORDS = new Set(
  (
    'di ke dari dr pada pd tgl tanggal hari jam pukul pkl besok lusa untuk utk dan atau yang yg dengan dgn ' +
    'sebagai sbg kepada kpd oleh anda kamu kami kita saya sy posisi lowongan interview wawancara diundang ' +
    'mengundang undangan bawa membawa konfirmasi hubungi yth tks terima kasih mohon harap silakan silahkan ' +
    'ya via melalui lewat ini itu tsb dalam akan telah sudah lolos seleksi tahap mengikuti ikut hadir datang ' +
    'selamat pagi siang sore malam at on in to for the an of and or with from by your you we our please ' +
    'is are will be tomorrow'
  ).split(' '),
)
/**
 * Written in capitals all the same: the legal forms before a company's name, a hospital's and a school's
 * ("RS", "SMA", "SMK", "SMP") and "CP" (contact person).
 */
const CAPITAL_WORDS = new Set(['pt', 'cv', 'ud', 'cp', 'rs', 'sma', 'smk', 'smp'])

/** A text typed in capitals, as many SMS invitations are: hardly a small letter in it. */
export function isShouted(text: string): boolean {
  const capitals = text.match(/[A-Z]/g)?.length ?? 0
  const small = text.match(/[a-z]/g)?.length ?? 0
  return capitals >= 20 && small * 10 < capitals
}

/**
 * A shouted text in mixed case ("DI JL.RAYA BEKASI" → "di Jl.Raya Bekasi"), letter for letter the same length
 * so that what is found in it stands at the same place in the text. Emails and links are left as written.
 */
export function mixedCase(text: string): string {
  return text.replace(/\S+/g, (token) =>
    /@|:\/\/|www\./i.test(token)
      ? token
      : token.replace(/[A-Za-z]+/g, (word) => {
          const small = word.toLowerCase()
          if (CAPITAL_WORDS.has(small)) return word.toUpperCase()
          return SMALL_WORDS.has(small) ? small : `${small[0]!.toUpperCase()}${small.slice(1)}`
        }),
  )
}

/** What was found in the mixed-case copy, as the shouted text writes it. */
export function asWritten(text: string, mixed: string, snippet: string): string {
  const at = mixed.indexOf(snippet)
  return at < 0 ? snippet : text.slice(at, at + snippet.length)
}

/** Runs a rule that tells words apart by their capitals, on a shouted text's mixed-case copy if need be. */
export function readShouted<T extends { value: string; source: string }>(
  text: string,
  rule: (text: string) => T | undefined,
): T | undefined {
  if (!isShouted(text)) return rule(text)
  const mixed = mixedCase(text)
  const found = rule(mixed)
  return (
    found && {
      ...found,
      value: asWritten(text, mixed, found.value),
      source: asWritten(text, mixed, found.source),
    }
  )
}

/**
 * Provider boilerplate that calendar invitations add around the organiser's own words: Google's
 * "-::~:~::~" block, Teams' join block and footer, Zoom's dial-in list. Kept out of the notes.
 */
const BOILERPLATE = [
  /-::~[:~]+::-[\s\S]*?(?:-::~[:~]+::-|$)/g,
  /_{20,}[\s\S]*?(?:Microsoft Teams|Teams meeting|Rapat Microsoft Teams)[\s\S]*?(?:_{20,}|$)/gi,
  /(?:^|\n)(?:Invitation from Google Calendar|Undangan dari Google Kalender)[\s\S]*$/i,
  /(?:^|\n)(?:One tap mobile|Dial by your location|Meeting ID:|Find your local number)[\s\S]*$/i,
  /(?:^|\n)(?:Join (?:Zoom|the) Meeting|Bergabung dengan Rapat Zoom)\s*\n\s*https?:\/\/\S+/gi,
]

export function withoutBoilerplate(description: string): string {
  let text = description
  for (const pattern of BOILERPLATE) text = text.replace(pattern, '\n')
  return text.replace(/\n{3,}/g, '\n\n').trim()
}
