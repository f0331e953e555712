import type { ParsedComponents } from 'chrono-node'

/*
 * The weekday an invitation writes beside its date, checked against the date. The reader keeps its own table
 * of names: chrono reads a full weekday with the date (as the drafts' date check uses it), but not a short
 * form before a comma ("Sab, 10 Des"), which chats and portals write.
 */

/** The day of the week each weekday name and its short form name, in Indonesian and English (Sunday 0). */
const WEEKDAYS: [RegExp, number][] = [
  [/^(?:minggu|ahad|min|sunday|sun)$/, 0],
  [/^(?:senin|sen|monday|mon)$/, 1],
  [/^(?:selasa|sel|tuesday|tues?)$/, 2],
  [/^(?:rabu|rab|wednesday|wed)$/, 3],
  [/^(?:kamis|kam|thursday|thu(?:rs?)?)$/, 4],
  [/^(?:jum['’]?at|jum|friday|fri)$/, 5],
  [/^(?:sabtu|sab|saturday|sat)$/, 6],
]
const MONTH = '(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)'
const MONTH_WORD = `${MONTH}[a-z]*\\.?[ \\t]+`
/**
 * A weekday written just before a date's day: "Kamis, 9 Desember", "hari Kamis tanggal 9", "Thursday,
 * December 10th", "Kam, 10 Des", "Thu 10 Dec". A short form counts only before a comma or before a day and its
 * month: "sat", "sun" and "min" are words too (and "min 10 Desember" is more often "at least" than Sunday).
 */
const WEEKDAY_BEFORE_DAY = new RegExp(
  `(?<![\\p{L}])(?:(senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)` +
    `(?:[ \\t]*,[ \\t]*|[ \\t]+(?:tanggal[ \\t]+|tgl\\.?[ \\t]*)?)|(sen|sel|rab|kam|jum|sab|min|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?` +
    `(?:[ \\t]*,[ \\t]*|(?<!min\\.?)[ \\t]+(?=\\d{1,2}(?:st|nd|rd|th)?[ \\t-]+${MONTH}|${MONTH}[a-z]*\\.?[ \\t]+\\d)))` +
    `(?:${MONTH_WORD})?(\\d{1,2})(?!\\d)`,
  'giu',
)

/**
 * The weekday an invitation writes beside the date it was read from, when that date falls on another day of
 * the week: one of the two is wrong, and only the company can say which.
 */
export function weekdayBeside(text: string, index: number, start: ParsedComponents): string | undefined {
  if (!start.isCertain('day')) return undefined
  const day = start.get('day')!
  const weekday = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, day)).getUTCDay()
  const from = Math.max(0, index - 30)
  for (const match of text.slice(from, index + 40).matchAll(WEEKDAY_BEFORE_DAY)) {
    if (Number(match[3]) !== day) continue
    const word = (match[1] ?? match[2])!
    const named = WEEKDAYS.find(([names]) => names.test(word.toLowerCase()))?.[1]
    return named === undefined || named === weekday ? undefined : word
  }
  return undefined
}
