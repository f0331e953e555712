import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import type { ReasonCategory } from '../drafts/types'
import { dayKey, zonedInstant } from '../time'
import { isActive } from './conflicts'
import {
  clockMinutes,
  isOfficeDay,
  minuteOfDay,
  nextDay,
  officeWindow,
  withinOfficeHours,
  type HolidayCheck,
} from './officeHours'
import type { TravelBook } from './travel'

export interface Slot {
  startsAt: string
  endsAt: string
}

/** Everything a proposed time is checked against (DOMAIN.md, Proposing new times). */
export interface ProposalContext {
  /** The interview being moved: its own time never blocks its new ones. */
  interview: Interview
  /** The rest of the schedule; only active interviews count. */
  others: readonly Interview[]
  settings: Pick<Settings, 'timeZone' | 'workingHours'>
  /** Gaps needed between interviews: travel between places, preparation around calls. */
  book: TravelBook
  isHoliday: HolidayCheck
  now: number
  reason?: ReasonCategory | undefined
}

export type SlotProblem =
  'past' | 'too-soon' | 'weekend' | 'holiday' | 'outside-office-hours' | 'outside-waking-hours' | 'clash'

const HOUR_MS = 3_600_000
/** The user's waking hours, in their own zone: nobody should be offered a 05:00 interview. */
export const WAKING = { start: 7 * 60, end: 22 * 60 }
/** Time for the company to answer: a proposal less than a day ahead leaves none. */
const MIN_LEAD_MS = 24 * HOUR_MS
const STEP_MINUTES = 30
const HORIZON_DAYS = 45

/** Whether the slot, as the user lives it, falls inside 07:00–22:00 of their zone. */
function withinWaking(start: number, end: number, zone: string): boolean {
  if (dayKey(start, zone) !== dayKey(end - 1, zone)) return false
  return minuteOfDay(start, zone) >= WAKING.start && minuteOfDay(end - 1, zone) < WAKING.end
}

function clashes(start: number, end: number, context: ProposalContext): boolean {
  const moved = {
    ...context.interview,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(end).toISOString(),
  }
  return context.others.some((other) => {
    if (other.id === context.interview.id || !isActive(other)) return false
    const otherStart = Date.parse(other.startsAt)
    const otherEnd = Date.parse(other.endsAt)
    if (otherStart < end && otherEnd > start) return true
    if (otherEnd <= start) return start - otherEnd < context.book.need(other, moved).minutes * 60_000
    return otherStart - end < context.book.need(moved, other).minutes * 60_000
  })
}

/** What is wrong with a time proposed for this interview (empty when it can be offered as is). */
export function slotProblems(slot: Slot, context: ProposalContext): SlotProblem[] {
  const start = Date.parse(slot.startsAt)
  const end = Date.parse(slot.endsAt)
  const zone = context.interview.timeZone
  const { workingHours } = context.settings
  const day = dayKey(start, zone)
  const problems: SlotProblem[] = []
  if (start <= context.now) problems.push('past')
  else if (start - context.now < MIN_LEAD_MS) problems.push('too-soon')
  if (context.isHoliday(day)) problems.push('holiday')
  else if (!isOfficeDay(day, workingHours, () => false)) problems.push('weekend')
  else if (!withinOfficeHours(start, end, zone, workingHours, () => false))
    problems.push('outside-office-hours')
  if (!withinWaking(start, end, context.settings.timeZone)) problems.push('outside-waking-hours')
  if (clashes(start, end, context)) problems.push('clash')
  return problems
}

/**
 * The first day new times may fall on: a working day after the original one, and — after illness or a
 * family emergency — no earlier than the second working day from today, so the candidate can recover.
 */
function firstDay(context: ProposalContext): string {
  const zone = context.interview.timeZone
  const office = (day: string) => isOfficeDay(day, context.settings.workingHours, context.isHoliday)
  const original = dayKey(context.interview.startsAt, zone)
  let earliest = nextDay(original)
  if (context.reason === 'illness' || context.reason === 'family-emergency') {
    let day = dayKey(context.now, zone)
    for (let counted = 0; counted < 2;) {
      day = nextDay(day)
      if (office(day)) counted += 1
    }
    if (day > earliest) earliest = day
  }
  return earliest
}

/**
 * Three new times for a reschedule request, on at least two different working days (three when the
 * calendar allows), each passing every check of `slotProblems`, the same length as the interview. The
 * first day keeps the interview's own time of day where it can; the next swaps morning and afternoon.
 */
export function proposeTimes(context: ProposalContext, count = 3): Slot[] {
  const zone = context.interview.timeZone
  const duration = Date.parse(context.interview.endsAt) - Date.parse(context.interview.startsAt)
  const hours = context.settings.workingHours
  const own = minuteOfDay(Date.parse(context.interview.startsAt), zone)
  const opensAt = clockMinutes(hours.start)
  const closesAt = clockMinutes(hours.end) - duration / 60_000
  const usual = Math.min(Math.max(own, opensAt), closesAt)
  const preferred = [usual, usual < 12 * 60 ? 14 * 60 : 10 * 60]

  const byDay: Slot[][] = []
  let day = firstDay(context)
  for (let i = 0; i < HORIZON_DAYS && byDay.length < count; i += 1, day = nextDay(day)) {
    if (!isOfficeDay(day, hours, context.isHoliday)) continue
    const free = candidatesOn(day, duration, context)
    if (free.length > 0) byDay.push(free)
  }
  const picked: Slot[] = byDay.map((free, index) => closest(free, preferred[index % 2]!, zone))
  // Fewer free days than times wanted: a second time on the first days, well apart from the first.
  for (let index = 0; picked.length < count && index < byDay.length && byDay.length >= 2; index += 1) {
    const taken = picked[index]!
    const apart = byDay[index]!.filter(
      (slot) => Math.abs(Date.parse(slot.startsAt) - Date.parse(taken.startsAt)) >= 2 * HOUR_MS,
    )
    if (apart.length > 0) picked.push(closest(apart, preferred[(index + 1) % 2]!, zone))
  }
  return picked.slice(0, count).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

/** Every half-hour start on a day that passes all checks. */
function candidatesOn(day: string, duration: number, context: ProposalContext): Slot[] {
  const zone = context.interview.timeZone
  const { open, close } = officeWindow(day, zone, context.settings.workingHours)
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const slots: Slot[] = []
  for (let minutes = 0; ; minutes += STEP_MINUTES) {
    const start = zonedInstant(y, m, d, 0, 0, 0, zone) + minutes * 60_000
    if (start < open) continue
    if (start + duration > close) break
    const slot = { startsAt: new Date(start).toISOString(), endsAt: new Date(start + duration).toISOString() }
    if (slotProblems(slot, context).length === 0) slots.push(slot)
  }
  return slots
}

function closest(slots: Slot[], minute: number, zone: string): Slot {
  const distance = (slot: Slot) => Math.abs(minuteOfDay(Date.parse(slot.startsAt), zone) - minute)
  return slots.reduce((best, slot) => (distance(slot) < distance(best) ? slot : best))
}
