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
  const sorted = [...interviews].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
  )
  for (const interview of sorted) {
    const key = dayKey(interview.startsAt, zone)
    const list = days.get(key)
    if (list) list.push(interview)
    else days.set(key, [interview])
  }
  return [...days].map(([day, list]) => ({ day, interviews: list }))
}
