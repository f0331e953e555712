import * as chronoEn from 'chrono-node'
import * as chronoId from 'chrono-node/id'
import type { ParsedComponents, ParsedResult } from 'chrono-node'
import { zoneOffset } from '../../shared/time'
import { REPLY_BY_LEAD, TEST_STAGE, hourToFollow, lastIndex } from './timeWords'

/** A date or time chrono found in an invitation: where, its words, and what it read. */
export interface Candidate {
  index: number
  end: number
  text: string
  start: ParsedComponents
  until?: ParsedComponents
}

function parseBoth(text: string, instant: Date, offsetMinutes: number): Candidate[] {
  const reference = { instant, timezone: offsetMinutes }
  const all = [
    ...chronoId.parse(text, reference, { forwardDate: true }),
    ...chronoEn.parse(text, reference, { forwardDate: true }),
  ]
  // Both parsers may read the same words: keep the longest reading of each stretch of text.
  all.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  const kept: ParsedResult[] = []
  for (const result of all) {
    const last = kept.at(-1)
    if (last && result.index < last.index + last.text.length) continue
    kept.push(result)
  }
  // "the HR" reads as "the hour" to chrono: a date in an invitation has digits or a relative day.
  const real = kept.filter((result) =>
    /\d|besok|lusa|tomorrow|today|hari ini|tonight|malam ini/i.test(result.text),
  )
  return real.map((result) => ({
    index: result.index,
    end: result.index + result.text.length,
    text: result.text,
    start: result.start,
    ...(result.end ? { until: result.end } : {}),
  }))
}

export const hasDay = (c: ParsedComponents) => c.isCertain('day') || c.isCertain('weekday')
export const hasHour = (c: ParsedComponents) => c.isCertain('hour')

/** Every date and time in the text, a date on one line and its time on the next taken as one. */
export function datesIn(text: string, now: number, userZone: string): (Candidate & { time?: Candidate })[] {
  const offset = Math.round(zoneOffset(userZone, now) / 60_000)
  const candidates = parseBoth(text, new Date(now), offset)
  // A date on one line and its time on the next ("Tanggal: …" / "Waktu: …") make one candidate.
  const merged: (Candidate & { time?: Candidate })[] = []
  for (const [i, candidate] of candidates.entries()) {
    const previous = merged.at(-1)
    const gap = previous ? text.slice(previous.end, candidate.index) : ''
    if (
      previous &&
      !previous.time &&
      hasDay(previous.start) &&
      !hasHour(previous.start) &&
      hasHour(candidate.start) &&
      !candidate.start.isCertain('day') &&
      gap.length < 80 &&
      // "… pada hari Kamis, 3 Desember, dengan rincian: Psikotes Online dimulai pukul 08.00 …": the hour
      // after a test's name is the test's; the interview's hour comes later in the text.
      lastIndex(TEST_STAGE, gap) < 0 &&
      // "Kindly reply by 5 PM" under the date is the reply's deadline; after "Time: TBC." it is another hour.
      !REPLY_BY_LEAD.test(text.slice(Math.max(0, candidate.index - 90), candidate.index)) &&
      !hourToFollow(gap) &&
      !dateRightBelow(text, candidate, candidates[i + 1], gap)
    ) {
      previous.time = candidate
      previous.end = candidate.end
      continue
    }
    merged.push(candidate)
  }
  return merged
}

/**
 * "Waktu: 10.00 WIB" on the line right above "Tanggal: …" is that date's, not the one lines above it
 * (readTime pairs them).
 */
function dateRightBelow(text: string, hour: Candidate, next: Candidate | undefined, gap: string): boolean {
  if (!next || !hasDay(next.start) || hasHour(next.start)) return false
  return lines(text.slice(hour.end, next.index)) === 2 && lines(gap) > 2
}

const lines = (text: string) => text.split('\n').length
