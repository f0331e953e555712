import type { Interview } from '../model/interview'
import { dayKey } from '../time'
import { isActive } from './conflicts'

export interface BusyDay {
  /** yyyy-MM-dd in the user's zone. */
  day: string
  interviews: Interview[]
  severity: 'info' | 'warning'
}

/**
 * Days with more than one active interview in the user's zone: two is worth knowing (info), the
 * warning count (setting, 3 by default) or more is too many for one day (DOMAIN.md: be realistic).
 */
export function busyDays(interviews: readonly Interview[], zone: string, warningCount: number): BusyDay[] {
  const days = new Map<string, Interview[]>()
  for (const interview of interviews) {
    if (!isActive(interview)) continue
    const key = dayKey(interview.startsAt, zone)
    const list = days.get(key)
    if (list) list.push(interview)
    else days.set(key, [interview])
  }
  const busy: BusyDay[] = []
  for (const [day, list] of days) {
    if (list.length < 2) continue
    // ISO instants of one form: code-unit order is time order, without localeCompare's collation.
    list.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0))
    busy.push({ day, interviews: list, severity: list.length >= warningCount ? 'warning' : 'info' })
  }
  return busy.sort((a, b) => (a.day < b.day ? -1 : 1))
}
