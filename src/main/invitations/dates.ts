import type { InvitationSlot } from '../../shared/model/invitation'
import { endOfDayIn } from '../../shared/schedule/workdays'
import { datesIn, hasDay, hasHour, type Candidate } from './candidates'
import { spelledOut } from './spelledOut'
import { correctsHour, holdsSentence, hourOnItsOwn, leftOpen, startStatedAbove } from './statedStart'
import { lineOf } from './text'
import { weekdayBeside } from './weekdayClash'
import { heldAt, instantOf, namedZone, offsetZone, shiftSlot, wallInstant } from './zones'
import {
  ABOUT_REPLY,
  ARRIVE,
  DURATION,
  DURATION_LINE,
  EARLY,
  INTERVIEW_LABEL,
  INTERVIEW_WORD,
  MOVED_TO,
  NEW_SLOT,
  NOT_THE_INTERVIEW,
  QUOTED,
  REGISTRATION,
  REPLY_BY_LEAD,
  TEST_STAGE,
  WITH_INTERVIEW,
  CHOICE_LEAD,
  CHOICES_WITHIN,
  hourToFollow,
  inMailHeader,
  lastIndex,
  interviewStepAfter,
} from './timeWords'

export interface InvitationTime {
  startsAt: string
  endsAt?: string
  timeZone: string
  /** The words the time was read from, for the user to check. */
  source: string
  /** False when only the day is stated: `startsAt` is then that day's midnight, not a time to keep. */
  hourStated: boolean
  /** The weekday the invitation writes beside the date when the date falls on another ("Kamis, 9 Desember 2026"). */
  otherWeekday?: string
  /** Times the invitation offers to choose from ("Silakan pilih salah satu: 1. … 2. …"), when it offers several. */
  choices?: InvitationSlot[]
  zoneSource?: string
  /** Other zones the time is written in ("3.30pm SGT / 2.30pm WIB") or that share its bare offset ("UTC+8"). */
  otherZones?: string[]
}

/**
 * The interview's time in an invitation: chrono-node (Indonesian and English) finds every date and time;
 * this only pairs a date with its time and chooses the interview among them.
 */
export function readTime(written: string, now: number, userZone: string): InvitationTime | undefined {
  const text = spelledOut(written)
  const merged = datesIn(text, now, userZone)
  const scored = merged.map((candidate, i) => {
    const before = text.slice(Math.max(0, candidate.index - 90), candidate.index)
    // The words since the date before it, across lines: a heading such as "Jadwal pengganti:" covers the
    // labelled lines under it, and no date beyond the next one.
    const since = text.slice(Math.max(merged[i - 1]?.end ?? 0, candidate.index - 150), candidate.index)
    const timed = candidate.time ?? candidate
    let score = 0
    if (hasDay(candidate.start)) score += 2
    if (hasHour(timed.start)) score += 2
    if (NOT_THE_INTERVIEW.test(before) || inMailHeader(text, candidate.index)) score -= 10
    const after = text.slice(candidate.end, candidate.end + 60)
    if (
      REGISTRATION.test(before) ||
      (ARRIVE.test(before) && EARLY.test(after)) ||
      /\bmenit\b|\bminutes?\b|\bmins?\b|\bdetik\b|\bseconds?\b|\bearly\b/i.test(candidate.text)
    )
      score -= 6
    if (INTERVIEW_LABEL.test(before)) score += 1
    // Quoted from an earlier message of the thread ("> …"): the reply above it has the last word on the time.
    if (QUOTED.test(lineOf(text, candidate.index))) score -= 2
    // Under a test's heading, not the interview's: "1. Psikotes Online / Tanggal: … 2. Interview / Tanggal: …";
    // a test held with the interview ("wawancara dan tes tertulis pada:") is the interview's time.
    // Read up to the hour: "Tanggal: …" / "Wawancara HRD: pukul 10.00" under "Psikotes: pukul 08.00" is the
    // interview's.
    // A schedule's line that names the interview as its step after the time ("…: Psikotes" above "… 13.00 WIB:
    // Interview User") is the interview's, whatever test the lines above name.
    const lead = text.slice(Math.max(0, candidate.index - 150), timed.index)
    const test = lastIndex(TEST_STAGE, lead)
    if (interviewStepAfter(text, candidate.index, Math.max(candidate.end, timed.end))) score += 1
    else if (test > lastIndex(INTERVIEW_WORD, lead) && !WITH_INTERVIEW.test(lead.slice(0, test))) score -= 4
    if (MOVED_TO.test(before) || NEW_SLOT.test(since)) score += 3
    // Read once here, with the words before it: an hour without a day that may be the interview's.
    const alone = hourOnItsOwn(candidate, timed, score, before)
    return { candidate, timed, score, alone }
  })
  // An hour alone is never the interview's time: it needs a day.
  const best = scored
    .filter(({ candidate }) => hasDay(candidate.start))
    .map((entry) => ({ ...entry, at: instantOf(entry.candidate.start, entry.timed.start, userZone) }))
    .filter((entry) => entry.at.instant >= now - 86_400_000)
    .sort((a, b) => b.score - a.score)[0]
  if (!best || best.score < 2) return undefined
  const { candidate } = best
  let { timed, at } = best
  const after = (entry: (typeof scored)[number]) => entry.candidate.index > candidate.index && entry.alone
  // A day without its hour takes the next hour the text gives on its own (a correction in a later message:
  // "Ralat, interviewnya pukul 13.00 ya"), unless that hour is one to arrive early, register or reply by, or its
  // line leaves the hour open; else the hour on the line just before it ("Waktu: 10.00 WIB" / "Tanggal: Kamis,
  // 3 Desember 2026"); else the interview's start stated once further up. A day with its hour takes a later
  // correction of it.
  const hourElsewhere = () => {
    const later = scored.find((entry) => after(entry) && !leftOpen(text, entry))
    // Labels' lines, with no sentence between them ("… WIB. Pembagian sesi akan kami umumkan …").
    const above = scored.findLast((entry) => {
      const between = text.slice(entry.candidate.end, candidate.index)
      return (
        entry.candidate.end <= candidate.index &&
        between.length < 80 &&
        !holdsSentence(between) &&
        entry.alone &&
        lastIndex(TEST_STAGE, between) < 0
      )
    })
    // Not when the text says the hour is still to come ("Jam kedatangan akan kami kirimkan").
    if (hourToFollow(text)) return later
    return above ?? later ?? startStatedAbove(text, scored, candidate)
  }
  const hour = hasHour(timed.start)
    ? scored.find((entry) => after(entry) && correctsHour(text, entry))
    : hourElsewhere()
  if (hour) {
    timed = hour.timed
    at = instantOf(candidate.start, timed.start, userZone)
  }
  const time = slotAt(text, candidate, timed, at)
  const otherWeekday = weekdayBeside(text, candidate.index, candidate.start)
  const choices = offeredSlots(text, scored, now, userZone)
  return {
    ...time,
    ...(otherWeekday ? { otherWeekday } : {}),
    ...(choices ? { choices } : {}),
  }
}

/** The time of a date (with its hour) as the invitation states it: in the zone it names, ending when it says. */
function slotAt(
  text: string,
  candidate: Candidate,
  timed: Candidate,
  at: ReturnType<typeof instantOf>,
): Omit<InvitationTime, 'otherWeekday' | 'choices'> {
  const named = namedZone(text, timed, candidate.start, at)
  const guessed = !named && at.offsetOnly ? offsetZone(text, at.zone, at.instant) : undefined
  const zone = named?.zone ?? guessed?.zone ?? at.zone
  const others = named?.others ?? guessed?.others ?? []
  const startsAt = named ? wallInstant(candidate.start, timed.start, named.zone) : at.instant
  const source = text.slice(candidate.index, timed.end).replace(/\s+/g, ' ').trim()
  let endsAt: number | undefined
  if (timed.until && hasHour(timed.until)) {
    endsAt =
      startsAt + (wallInstant(timed.until, timed.until, 'UTC') - wallInstant(timed.start, timed.start, 'UTC'))
  } else {
    const duration =
      DURATION.exec(text.slice(timed.end, timed.end + 80)) ??
      DURATION.exec(text.slice(Math.max(0, candidate.index - 120), candidate.index)) ??
      // Before an hour stated apart from its day: "berlangsung sekitar 45 menit dan dimulai pukul 10.00".
      DURATION.exec(text.slice(Math.max(0, timed.index - 120), timed.index)) ??
      // A labelled line a few lines under the time: "Duration: approximately 60 minutes".
      DURATION_LINE.exec(text.slice(timed.end, timed.end + 400))
    if (duration) {
      // The number and its unit, whichever alternative of the pattern read them.
      const [count, unit] = duration.slice(1).filter(Boolean)
      endsAt = startsAt + Number(count) * (/^(?:jam|hour)/i.test(unit!) ? 3_600_000 : 60_000)
    }
  }
  return {
    startsAt: new Date(startsAt).toISOString(),
    ...(endsAt && endsAt > startsAt ? { endsAt: new Date(endsAt).toISOString() } : {}),
    timeZone: zone,
    source,
    hourStated: hasHour(timed.start),
    ...(at.stated || named ? { zoneSource: named?.source ?? source } : {}),
    ...(others.length ? { otherZones: others } : {}),
  }
}

/**
 * The times an invitation offers to choose from, when it offers two or more after words that say so, each a
 * day with its hour that is not a deadline, a time to arrive early, a test's or quoted; in the order written.
 */
function offeredSlots(
  text: string,
  scored: { candidate: Candidate; timed: Candidate; score: number }[],
  now: number,
  userZone: string,
): InvitationSlot[] | undefined {
  const offer = CHOICE_LEAD.exec(text)
  if (!offer) return undefined
  const slots: (InvitationSlot & { zone?: string })[] = []
  for (const { candidate, timed, score } of scored) {
    const after = candidate.index - offer.index
    if (after < 0 || after > CHOICES_WITHIN || score < 4) continue
    if (!hasDay(candidate.start) || !hasHour(timed.start)) continue
    const at = instantOf(candidate.start, timed.start, userZone)
    const { startsAt, endsAt, source, timeZone, zoneSource } = slotAt(text, candidate, timed, at)
    if (Date.parse(startsAt) < now || slots.some((slot) => slot.startsAt === startsAt)) continue
    const otherWeekday = weekdayBeside(text, candidate.index, candidate.start)
    const extra = { ...(otherWeekday ? { otherWeekday } : {}), ...(zoneSource ? { zone: timeZone } : {}) }
    slots.push({ startsAt, ...(endsAt ? { endsAt } : {}), source, ...extra })
  }
  if (slots.length < 2) return undefined
  // A zone named on one time offered is the others' too: "Thursday 10:00 AM SGT … or Friday 2:00 PM".
  const named = slots.find((slot) => slot.zone)?.zone
  return slots.map(({ zone, ...slot }) => (named && !zone ? shiftSlot(slot, heldAt(userZone, named)) : slot))
}

/**
 * The date and time the invitation asks for a reply by ("Mohon konfirmasi kehadiran paling lambat Selasa,
 * 8 Desember 2026 pukul 12.00", "please confirm by 9 December"), when stated. A day without a time means
 * the end of that day in the user's zone (of the day before, for "sebelum" / "before").
 */
export function readReplyBy(
  written: string,
  now: number,
  userZone: string,
): { at: string; source: string } | undefined {
  const text = spelledOut(written)
  for (const candidate of datesIn(text, now, userZone)) {
    const before = text.slice(Math.max(0, candidate.index - 90), candidate.index)
    // The line it is on, as far back as a sentence or two: "Mohon konfirmasi kehadiran … paling lambat …".
    const line = text.slice(
      Math.max(text.lastIndexOf('\n', candidate.index - 1) + 1, candidate.index - 160),
      candidate.end,
    )
    const lead = REPLY_BY_LEAD.exec(before)
    if (!lead || !ABOUT_REPLY.test(line)) continue
    if (!hasDay(candidate.start) && !/hari ini|today|besok|tomorrow/i.test(candidate.text)) continue
    const timed = candidate.time ?? candidate
    // A day alone: "by Tuesday" is until that day ends, "before Tuesday" until the day before ends.
    const dayStart = wallInstant(candidate.start, candidate.start, userZone)
    const at = hasHour(timed.start)
      ? instantOf(candidate.start, timed.start, userZone).instant
      : /(?:sebelum|before)\b[^.\n]{0,20}$/i.test(lead[0])
        ? dayStart - 1
        : endOfDayIn(dayStart, userZone)
    if (at <= now) continue
    const source = text
      .slice(candidate.index - (before.length - lead.index), timed.end)
      .replace(/\s+/g, ' ')
      .trim()
    return { at: new Date(at).toISOString(), source }
  }
  return undefined
}
