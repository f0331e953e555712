import * as chronoEn from 'chrono-node/en'
import * as chronoId from 'chrono-node/id'
import type { Interview } from '../model/interview'
import { dayKey, wallClock, zoneOffset } from '../time'
import type { Alternative, CheckParams } from './types'

export interface DateFinding {
  code: 'wrong-weekday' | 'date-mismatch' | 'zone-mismatch'
  params: CheckParams
}

interface Known {
  day: string
  /** When things start on that day (and other moments the text may name): a time written alone. */
  times: Set<string>
  /** When they end: a time written as an end ("hingga pukul 11.00", "10.00–11.00"). */
  ends: Set<string>
}

const WEEKDAY =
  /senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i
const RELATIVE_DAY = /hari ini|besok|lusa|kemarin|today|tomorrow|yesterday/i
/** What, just before a time, makes it an end: "sampai", "hingga", "s.d.", "selesai", "until", "ends at"… */
const UNTIL =
  /\b(?:sampai|hingga|s\.\s?d\.?|selesai|berakhir|until|till|to|ends?(?: at)?|finish(?:es)?(?: at)?)\s*$/i

const pad = (n: number) => String(n).padStart(2, '0')

/** The dates and clock times the message may name: the interview's and the proposed ones, in its zone. */
function knownMoments(
  interview: Interview,
  alternatives: readonly Alternative[],
  extra: readonly number[],
): Map<string, Known> {
  const known = new Map<string, Known>()
  const add = (at: number, end: boolean) => {
    const day = dayKey(at, interview.timeZone)
    const entry = known.get(day) ?? { day, times: new Set<string>(), ends: new Set<string>() }
    entry[end ? 'ends' : 'times'].add(wallClock(at, interview.timeZone).time)
    known.set(day, entry)
  }
  for (const slot of [interview, ...alternatives]) {
    add(Date.parse(slot.startsAt), false)
    add(Date.parse(slot.endsAt), true)
  }
  for (const at of extra) add(at, false)
  return known
}

/**
 * Dates and times written in the text, read with chrono (Indonesian and English), against the interview:
 * a weekday that does not match its date (the commonest slip), a date or time that is neither the
 * interview's nor a proposed one, the right moment written in another zone.
 */
export function dateFindings(
  text: string,
  interview: Interview,
  alternatives: readonly Alternative[],
  now: number,
  /** Other moments the text may name (when to call). */
  extra: readonly number[] = [],
): DateFinding[] {
  const zone = interview.timeZone
  const reference = { instant: new Date(now), timezone: zoneOffset(zone, now) / 60_000 }
  const known = knownMoments(interview, alternatives, extra)
  const findings: DateFinding[] = []
  for (const result of readDates(text, reference)) {
    const found = result.text.trim()
    const start = result.start
    // A weekday alone ("pada Senin pukul 08.00") names no date of its own: chrono resolves it to the next
    // such day, which proves nothing. Only a written day number (or "hari ini", "besok"…) is a date.
    const dayWritten =
      new RegExp(`(^|\\D)0?${start.get('day')}(\\D|$)`).test(found) || RELATIVE_DAY.test(found)
    const hasDate = start.isCertain('day') && start.isCertain('month') && dayWritten
    // "Selamat siang" is a greeting and "saat ini" a manner of speaking, not a date: without digits only a
    // weekday counts, or a relative day with a time ("besok jam 2 siang"); "kemarin" alone tells a story.
    // Nor is a part of the day a clock time: in "pukul dua siang, Jumat tanggal 11" chrono reads "siang,
    // Jumat" as Friday at noon.
    const digits = /\d/.test(found)
    const hasTime = start.isCertain('hour') && digits
    if (!hasDate && !hasTime) continue
    if (!digits && !WEEKDAY.test(found) && !(RELATIVE_DAY.test(found) && hasTime)) continue
    let day: string | undefined
    if (hasDate) {
      const month = start.get('month')!
      const date = start.get('day')!
      // Without a year, the year of a known day with that date (or the one chrono implies).
      const year = start.isCertain('year')
        ? start.get('year')!
        : ([...known.keys()].find((key) => key.endsWith(`-${pad(month)}-${pad(date)}`))?.slice(0, 4) ??
          start.get('year')!)
      day = `${year}-${pad(month)}-${pad(date)}`
      if (start.isCertain('weekday') && new Date(`${day}T00:00:00Z`).getUTCDay() !== start.get('weekday')) {
        findings.push({ code: 'wrong-weekday', params: { found } })
        continue
      }
      if (!known.has(day)) {
        findings.push({ code: 'date-mismatch', params: { found } })
        continue
      }
    }
    if (!hasTime) continue
    const clock = `${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`
    const entries = day ? [known.get(day)!] : [...known.values()]
    // The end of the interview written as its time ("pukul 11.00" for 10.00–11.00) is the slip this finds;
    // written as an end, it is right. (A range's own end, "10.00–11.00", is its `end`, not checked here.)
    const asEnd = UNTIL.test(text.slice(Math.max(0, result.index - 16), result.index))
    if (!entries.some((entry) => entry.times.has(clock) || (asEnd && entry.ends.has(clock)))) {
      findings.push({ code: 'date-mismatch', params: { found } })
      continue
    }
    // The right wall-clock time with another zone's name ("10.00 WITA" for a 10.00 WIB interview).
    const zoneOfInterview = zoneOffset(zone, Date.parse(interview.startsAt)) / 60_000
    if (start.isCertain('timezoneOffset') && start.get('timezoneOffset') !== zoneOfInterview) {
      findings.push({ code: 'zone-mismatch', params: { found } })
    }
  }
  return findings
}

type Parsed = ReturnType<typeof chronoId.parse>[number]

/** Dates found by either language's parser; where both read the same words, the longer reading wins. */
function readDates(text: string, reference: { instant: Date; timezone: number }): Parsed[] {
  const all = [...chronoId.parse(text, reference), ...chronoEn.GB.parse(text, reference)].sort(
    (a, b) => b.text.length - a.text.length,
  )
  const kept: Parsed[] = []
  for (const result of all) {
    const end = result.index + result.text.length
    if (kept.some((other) => result.index < other.index + other.text.length && end > other.index)) continue
    kept.push(result)
  }
  return kept.sort((a, b) => a.index - b.index)
}
