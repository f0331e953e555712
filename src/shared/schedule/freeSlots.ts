import { TZDate } from '@date-fns/tz'
import { addDays, startOfDay } from 'date-fns'
import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import { dayKey } from '../time'
import { isActive } from './conflicts'

export interface Slot {
  startsAt: string
  endsAt: string
}

export interface FreeSlotQuery {
  /** Search from this instant (never before `now`) … */
  from: number
  /** … up to this one. */
  to: number
  durationMinutes: number
  count: number
  now: number
}

const MINUTE_MS = 60_000
/** Proposed times start on the half hour: what people propose to each other. */
const STEP_MS = 30 * MINUTE_MS

/**
 * The first free slots of the given length inside the user's working hours (in the user's zone), keeping
 * every active interview's buffer clear: travel time around onsite ones, preparation around calls.
 */
export function freeSlots(
  interviews: readonly Interview[],
  settings: Settings,
  query: FreeSlotQuery,
): Slot[] {
  const zone = settings.timeZone
  const busy = interviews
    .filter(isActive)
    .map((interview) => {
      const buffer =
        (interview.mode === 'onsite' ? settings.travelBufferMinutes : settings.prepBufferMinutes) * MINUTE_MS
      return { start: Date.parse(interview.startsAt) - buffer, end: Date.parse(interview.endsAt) + buffer }
    })
    .sort((a, b) => a.start - b.start)
  const duration = query.durationMinutes * MINUTE_MS
  const earliest = Math.max(query.from, query.now)
  const slots: Slot[] = []
  const [startHour, startMinute] = settings.workingHours.start.split(':').map(Number) as [number, number]
  const [endHour, endMinute] = settings.workingHours.end.split(':').map(Number) as [number, number]

  for (
    let day = startOfDay(new TZDate(earliest, zone));
    day.getTime() < query.to && slots.length < query.count;
    day = addDays(day, 1)
  ) {
    const isoWeekday = day.getDay() === 0 ? 7 : day.getDay()
    if (!settings.workingHours.days.includes(isoWeekday)) continue
    const [y, m, d] = dayKey(day.getTime(), zone).split('-').map(Number) as [number, number, number]
    const open = new TZDate(y, m - 1, d, startHour, startMinute, zone).getTime()
    const close = Math.min(new TZDate(y, m - 1, d, endHour, endMinute, zone).getTime(), query.to)
    // Steps count from the opening time, so :45 zones (Nepal, Chatham) still get tidy local times.
    const align = (at: number) => open + Math.max(0, Math.ceil((at - open) / STEP_MS)) * STEP_MS
    let candidate = align(earliest)
    while (candidate + duration <= close && slots.length < query.count) {
      const blocker = busy.find((b) => b.start < candidate + duration && b.end > candidate)
      if (!blocker) {
        slots.push({
          startsAt: new Date(candidate).toISOString(),
          endsAt: new Date(candidate + duration).toISOString(),
        })
        candidate += duration
      } else {
        candidate = align(blocker.end)
      }
    }
  }
  return slots
}
