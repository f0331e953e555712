import type { Interview } from '../model/interview'
import { dayKey } from '../time'

export interface AgendaDay {
  /** yyyy-MM-dd in the user's zone. */
  day: string
  interviews: Interview[]
}

/** Interviews grouped by the calendar day they start on in the user's zone, days and items in time order. */
export function groupByDay(interviews: readonly Interview[], zone: string): AgendaDay[] {
  const days = new Map<string, Interview[]>()
  // ISO instants and ids compare correctly code unit by code unit; localeCompare would be slower and could
  // order them by a locale's rules.
  const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const sorted = [...interviews].sort((a, b) => ordinal(a.startsAt, b.startsAt) || ordinal(a.id, b.id))
  for (const interview of sorted) {
    const key = dayKey(interview.startsAt, zone)
    const list = days.get(key)
    if (list) list.push(interview)
    else days.set(key, [interview])
  }
  return [...days].map(([day, list]) => ({ day, interviews: list }))
}
