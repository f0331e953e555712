/**
 * Text clean-up shared by the invitation reader and the .ics reader. Kept apart from the reader (which
 * loads chrono-node) so that reading a calendar file does not load the date parser it never uses.
 */

/**
 * The sender and time WhatsApp puts before each message of an exported or copied chat ("[01/12/26 07.45]
 * Bu Sri HRD: …", "01/12/26 07.45 - Bu Sri: …"): when the message was sent, never the interview's time.
 */
const CHAT_STAMP =
  /^(?:\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\]\s*|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}\s+-\s+)[^:\n]{1,60}:[ \t]*/gm

/** The trimmed line of `text` that holds `index`: the snippet a field is shown to come from. */
export const lineOf = (text: string, index: number) => {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

/**
 * Zero-width and non-breaking spaces as chat apps and mailers leave them, CRLF as plain lines, and a copied
 * chat's send stamps dropped.
 */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CHAT_STAMP, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\*([^*\n]+)\*/g, '$1')
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
