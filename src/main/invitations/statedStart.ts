import { hasDay, hasHour, type Candidate } from './candidates'
import { lineUpTo } from './text'
import { INTERVIEW_WORD, REPLY_BY_LEAD, TEST_STAGE, hourToFollow, lastIndex } from './timeWords'

/**
 * Words that say the interview starts at the hour right after them: "dimulai tepat pukul", "will begin at",
 * also across a hard-wrapped line ("akan dimulai" / "pukul 09.30 WIB").
 */
const STARTS_AT =
  /\b(?:dimulai|mulai|berlangsung|starts?|begins?|will (?:start|begin)|commences?)\b[^.\d]{0,20}$/i

/** The hour's own line says before it that the hour is open: "Time: TBC. … (a 9:30am board call)". */
export const leftOpen = (text: string, entry: { candidate: Candidate }) =>
  hourToFollow(lineUpTo(text, entry.candidate.index))

/** A later message that corrects the hour: "Ralat kak, jamnya 14.00 ya", "Correction: the time is 3 PM". */
const CORRECTION = /\b(?:ralat|koreksi|revisi|correction)\b/i
export const correctsHour = (text: string, entry: { candidate: Candidate }) =>
  CORRECTION.test(lineUpTo(text, entry.candidate.index))

/** Titles, streets and initials whose stop ends no sentence: "Bpk. Andi", "S.T. selaku", "s.d. selesai". */
const ABBREVIATION = String.raw`\b(?:\p{L}|Bpk|Bp|Ibu|Sdr|Sdri|Yth|Jl|No|Dr|Mr|Mrs|Ms|Prof|Ir|Lt|Kav|Tbk|dll|dsb)`

/**
 * The ends of sentences: a stop and a space (not after an abbreviation), or a line break not followed by a
 * line's continuation in lower case (a hard-wrapped email), so that a label's line ("Waktu: 10.00 WIB") stands
 * alone.
 */
const SENTENCE_END = new RegExp(String.raw`(?<!${ABBREVIATION})[.!?](?=\s)|\n(?![ \t]*\p{Ll})`, 'gu')

/** A sentence ends and another starts on its line: "… 13.00 WIB. Pembagian sesi akan kami umumkan …". */
const SENTENCE_AFTER = new RegExp(String.raw`(?<!${ABBREVIATION})[.!?][ \t]+\p{L}`, 'u')
export const holdsSentence = (text: string) => SENTENCE_AFTER.test(text)

/** Where the sentence around `index` starts and ends. */
function sentenceAt(text: string, index: number): { start: number; end: number } {
  SENTENCE_END.lastIndex = 0
  let start = 0
  let match = SENTENCE_END.exec(text)
  for (; match && match.index < index; match = SENTENCE_END.exec(text)) start = match.index + 1
  return { start, end: match?.index ?? text.length }
}

/** Words that make the hour after them a deadline beside the reply's: "isi form … sebelum jam 20.00". */
const DEADLINE = /(?:sebelum|before)[ \t]*(?:jam|pukul)?[ \t]*$/i

/**
 * An hour with no day that may be the interview's (`before`: the words in front of it): not a reply's
 * deadline ("Kindly reply by 5 PM") nor any other ("tolong isi form sebelum jam 20.00").
 */
export function hourOnItsOwn(candidate: Candidate, timed: Candidate, score: number, before: string): boolean {
  if (!hasHour(timed.start) || hasDay(candidate.start) || score < 2) return false
  return !REPLY_BY_LEAD.test(before) && !DEADLINE.test(before)
}

/**
 * The hour a day without one takes from further up: the interview's start, stated once in a sentence of its
 * own, paragraphs above the day ("Sesi interview online … dimulai tepat pukul 10.00 WIB, …" above "Tanggal
 * interview: Kamis, 3 Desember 2026"). Only when it is the text's one such hour; its sentence holds no other
 * hour, names the interview before the words that say it starts at that hour, and names no test; and nothing
 * says the hour is still to come (`hourToFollow`, checked by the caller). Else the reader gives the day alone,
 * for the user to fill in: an hour that belongs to a briefing, a test or the round before is worse than none.
 */
export function startStatedAbove<
  T extends { candidate: Candidate; timed: Candidate; score: number; alone: boolean },
>(text: string, scored: readonly T[], day: Candidate): T | undefined {
  const hours = scored.filter((entry) => entry.alone)
  const hour = hours[0]
  if (hours.length !== 1 || !hour || hour.candidate.end > day.index) return undefined
  const { start, end } = sentenceAt(text, hour.candidate.index)
  const others = scored.filter(
    (entry) => entry !== hour && entry.candidate.index >= start && entry.candidate.index < end,
  )
  // A length ("to last about 60 minutes") or a time to arrive early scores below nothing: it may stand by.
  if (others.some((entry) => hasHour(entry.timed.start) && entry.score >= 0)) return undefined
  const lead = text.slice(start, hour.candidate.index)
  const startsAt = STARTS_AT.exec(lead)
  if (!startsAt || lastIndex(INTERVIEW_WORD, lead.slice(0, startsAt.index)) < 0) return undefined
  return lastIndex(TEST_STAGE, text.slice(start, end)) < 0 ? hour : undefined
}
