import { useMemo } from 'react'
import type { Alert } from '../../../../shared/schedule/alerts'

/** The schedule's alerts indexed by every interview they name. */
export function useAlertsByInterview(alerts: readonly Alert[]): ReadonlyMap<string, Alert[]> {
  return useMemo(() => {
    const byInterview = new Map<string, Alert[]>()
    for (const alert of alerts) {
      for (const id of alert.interviewIds) {
        const list = byInterview.get(id)
        if (list) list.push(alert)
        else byInterview.set(id, [alert])
      }
    }
    return byInterview
  }, [alerts])
}
