import { useEffect, useMemo, useState } from 'react'
import { ALERT_HORIZON_DAYS, MAX_ALERT_RANGE_DAYS, type Alert } from '../../../../shared/schedule/alerts'
import { call } from '../../api/client'
import type { TimeWindow } from './useCalendarInterviews'

const DAY_MS = 86_400_000

/**
 * The part of the calendar's fetched period that lies past the default alert horizon, if any: the agenda's
 * open end is cut at the longest period one call may cover.
 */
export function beyondHorizon(window: TimeWindow | undefined, now: number): TimeWindow | undefined {
  if (!window) return undefined
  // Whole days (so the minute's tick asks nothing new), overlapping the default window by a day or two, so a
  // clash across the horizon is found from either side.
  const today = Math.floor(now / DAY_MS) * DAY_MS
  const from = Math.max(window.from, today + (ALERT_HORIZON_DAYS - 1) * DAY_MS)
  const to = Math.min(window.to, from + MAX_ALERT_RANGE_DAYS * DAY_MS)
  return to > from ? { from, to } : undefined
}

/**
 * The schedule's alerts, plus those of the calendar's period when it lies past the default horizon (a clash
 * months ahead still marks its interviews). Asked again whenever the schedule's alerts are reloaded.
 */
export function useAlertsBeyondHorizon(
  alerts: readonly Alert[],
  window: TimeWindow | undefined,
  now: number,
): readonly Alert[] {
  const range = beyondHorizon(window, now)
  const from = range?.from
  const to = range?.to
  const [far, setFar] = useState<{ from: number; to: number; alerts: Alert[] }>()

  useEffect(() => {
    if (from === undefined || to === undefined) return undefined
    let current = true
    void call('alerts/list', { from: new Date(from).toISOString(), to: new Date(to).toISOString() }).then(
      (result) => {
        if (current && result.ok) setFar({ from, to, alerts: result.value })
      },
    )
    return () => {
      current = false
    }
  }, [from, to, alerts])

  return useMemo(() => {
    if (!far || far.from !== from || far.to !== to || far.alerts.length === 0) return alerts
    const known = new Set(alerts.map((alert) => alert.id))
    return [...alerts, ...far.alerts.filter((alert) => !known.has(alert.id))]
  }, [alerts, far, from, to])
}
