import { useState } from 'react'
import type { Alert } from '../../../../shared/schedule/alerts'

/**
 * What an interview without alerts has: one list for all of them, so that what draws it keeps its props from
 * drawing to drawing (a memoised agenda item).
 */
export const NO_ALERTS: Alert[] = Object.freeze([]) as unknown as Alert[]

const sameAlerts = (a: readonly Alert[], b: readonly Alert[]) =>
  a.length === b.length && a.every((alert, i) => alert === b[i])

/** The alerts by every interview they name; lists equal to the ones `before` had are kept. */
function indexAlerts(
  alerts: readonly Alert[],
  before: ReadonlyMap<string, Alert[]>,
): ReadonlyMap<string, Alert[]> {
  const made = new Map<string, Alert[]>()
  for (const alert of alerts) {
    for (const id of alert.interviewIds) {
      const list = made.get(id)
      if (list) list.push(alert)
      else made.set(id, [alert])
    }
  }
  for (const [id, list] of made) {
    const kept = before.get(id)
    if (kept && sameAlerts(kept, list)) made.set(id, kept)
  }
  return made
}

/**
 * The schedule's alerts indexed by every interview they name. An interview whose alerts are the same as
 * before (a patch keeps the alerts it did not touch) keeps its list, so what draws that list is not redrawn.
 */
export function useAlertsByInterview(alerts: readonly Alert[]): ReadonlyMap<string, Alert[]> {
  const [index, setIndex] = useState(() => ({ alerts, byInterview: indexAlerts(alerts, new Map()) }))
  if (index.alerts === alerts) return index.byInterview
  // New alerts: indexed against the last index, kept for the next (React redraws this component at once).
  const byInterview = indexAlerts(alerts, index.byInterview)
  setIndex({ alerts, byInterview })
  return byInterview
}
