import { STAMP_CLOCK } from './text'
import { TIME_LABEL } from './timeWords'

/** How chats and short letters write the hour, put the way the date parser (chrono-node) reads it. */

/** Hours of the day as chat writes them: "jm 10", "pk 13.00", "jam 10an" (about ten), "jamnya 14.00". */
const SHORT_HOURS: [RegExp, string][] = [
  [/\bjm\.?(?=\s*\d)/gi, 'jam'],
  [/\b(jam|pukul)nya(?=\s*\d)/gi, '$1'],
  [/\bpk\.?(?=\s*\d)/gi, 'pukul'],
  [/\b(jam|pukul)(\s+\d{1,2})an\b/gi, '$1$2'],
]
/**
 * A lone hour on a label line, "Jam: 14.00", "Waktu (WITA): 10.00", "Waktu Wawancara: 10.00": the parser reads
 * "14.00" only after "jam" or "pukul" or with a zone, but reads "14:00" on its own.
 */
const LABELLED_HOUR =
  /^([^\p{L}\d\n]*(?:jam|pukul|waktu)(?:[^\S\n]+(?:wawancara|interview))?(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*:[^\S\n]*)([01]?\d|2[0-3])\.([0-5]\d)\b/gimu
/**
 * An hour after a date's year and a slash or a comma, on a line labelled with the date: "Hari/Tanggal/Waktu:
 * Kamis, 3 Desember 2026 / 10.00", "Hari, tanggal, jam: Kamis, 3 Desember 2026, 10.00", "Hari/Tanggal: Kamis,
 * 3 Desember 2026 / 10.00".
 */
const HOUR_AFTER_DATE =
  /^([^\p{L}\d\n]*[^:\n]*?\b(?:tanggal|date)\b[^:\n]*:[^\n]*?\d{4}[^\S\n]*[/,|][^\S\n]*)([01]?\d|2[0-3])\.([0-5]\d)\b/gimu
/**
 * An offset in a time's label ("Time (GMT+8): 10:00 AM – 11:00 AM"), written after the time instead, where the
 * parser reads an offset: "Time: 10:00 AM – 11:00 AM (GMT+8)".
 */
const OFFSET_IN_LABEL = new RegExp(
  `^([^\\p{L}\\d\\n]*${TIME_LABEL})[^\\S\\n]*(\\((?:GMT|UTC)[^\\S\\n]*[+-][^\\S\\n]*\\d{1,2}(?::?\\d{2})?\\))[^\\S\\n]*:([^\\n]*)`,
  'gimu',
)

/** A span of hours with the part of the day after it: "jam 1-2 siang", "pukul 9.30 – 11 pagi". */
const PART_SPAN =
  /\b(jam|pukul)\s+(\d{1,2})(?:[.:](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?\s+(pagi|siang|sore|malam)\b/gi

/** An hour as the part of the day it is said with makes it: "2 siang" is 14, "7 malam" 19, "12 malam" 0. */
function dayHour(hour: number, part: string): number {
  const p = part.toLowerCase()
  if (p === 'pagi') return hour === 12 ? 0 : hour
  if (p === 'siang') return hour >= 11 ? hour : hour + 12
  if (p === 'malam') return hour === 12 ? 0 : hour < 6 ? hour : hour + 12
  return hour < 12 ? hour + 12 : hour
}

/**
 * A line that is only a notice's stamp, "Diperbarui 14:32" or "Last updated 2:32 PM": when the notice
 * changed, never the interview's hour. Left in, the parser reads it and a date on the next line as one date
 * and hour. A lone "Updated 14.00" is left: in a chat it may be the new hour.
 */
const STAMP_LINE = new RegExp(
  String.raw`^([ \t]*(?:(?:terakhir[ \t]+)?diperbarui|last[ \t]+updated|dikirim|sent|diposting|posted)[ \t]+(?:(?:pada|pukul|jam|at)[ \t]+)?)${STAMP_CLOCK}(?:[ \t]+(?:WIB|WITA|WIT|SGT|MYT))?[ \t]*$`,
  'gim',
)

/**
 * The text as the date parser reads it: a notice's stamp without its clock, the short forms of chat spelled
 * out, a labelled hour with a colon, and a span with its part of the day ("jam 1-2 siang", which the parser
 * reads as 01.00–02.00) written in 24-hour time.
 */
export function spelledOut(text: string): string {
  let spelled = text.replace(STAMP_LINE, '$1')
  for (const [pattern, replacement] of SHORT_HOURS) spelled = spelled.replace(pattern, replacement)
  spelled = spelled
    .replace(OFFSET_IN_LABEL, '$1:$3 $2')
    .replace(LABELLED_HOUR, '$1$2:$3')
    .replace(HOUR_AFTER_DATE, '$1$2:$3')
  const clock = (hour: number, minute: string | undefined) =>
    `${String(hour).padStart(2, '0')}.${minute ?? '00'}`
  return spelled.replace(PART_SPAN, (_all, word: string, h1: string, m1, h2: string, m2, part: string) => {
    return `${word} ${clock(dayHour(Number(h1), part), m1)} - ${clock(dayHour(Number(h2), part), m2)}`
  })
}
