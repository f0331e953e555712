import { useCallback, useEffect, useRef, useState } from 'react'
import type { TravelTime } from '../../../shared/model/travel'
import { applyPatch, MAX_PATCH_IDS, touchedBy } from '../../../shared/schedule/alertPatch'
import { sortAlerts, type Alert } from '../../../shared/schedule/alerts'
import { call } from '../api/client'
import { afterPaint } from '../ui/afterPaint'

const REFRESH_MS = 60_000

/**
 * Alerts and travel times, reloaded on demand and every minute (notice levels change with the clock).
 * `refresh(ids)` after a change to those interviews patches only the alerts the change can alter
 * (alertPatch.ts): a save, a move, a status change and its undo, a sent message (a reschedule request), an
 * answer, a delete (the alerts held name the deleted interview's old neighbours), a follow-up logged or
 * completed (its interview). `refresh()` reloads everything, for a change that can touch any interview: a
 * travel time (every interview at those places), a setting, an .ics import (its reply names no ids, and it
 * usually adds a whole calendar), a data restore, the samples added to an empty calendar. A full load whose
 * reply comes after a patch it may not have seen is patched again for the interviews changed since it was sent.
 */
export function useScheduleState(language: string) {
  const [alerts, setAlerts] = useState<Alert[]>([])
  const [travelTimes, setTravelTimes] = useState<TravelTime[]>([])
  const [version, setVersion] = useState(0)
  const held = useRef<Alert[]>([])
  useEffect(() => {
    held.current = alerts
  }, [alerts])

  // Each patched interview and when (a count of patches): a full load sent before a patch may have read the
  // store before that change, so its reply is patched again for those interviews.
  const patched = useRef({ count: 0, at: new Map<string, number>() })

  const reloadAll = useCallback(() => setVersion((n) => n + 1), [])
  const patch = useCallback(
    (touched: string[]) => {
      void call('alerts/list', { ids: touched }).then((result) => {
        if (!result.ok) return reloadAll()
        setAlerts((current) => applyPatch(current, touched, result.value, sortAlerts))
      })
    },
    [reloadAll],
  )
  const refresh = useCallback(
    (changed?: readonly string[]) => {
      const touched = changed ? touchedBy(held.current, changed) : []
      if (!changed || changed.length === 0 || touched.length > MAX_PATCH_IDS) return reloadAll()
      const log = patched.current
      log.count += 1
      for (const id of changed) log.at.set(id, log.count)
      patch(touched)
    },
    [reloadAll, patch],
  )

  useEffect(() => {
    // Alerts come in the settings' language: nothing is asked before the settings are known, or every start
    // would compute the alerts twice while the calendar waits for its first month.
    if (!language) return
    let current = true
    const log = patched.current
    const load = () => {
      const sent = log.count
      void Promise.all([call('alerts/list', {}), call('travel/list', {})]).then(([alertList, travel]) => {
        if (!current) return
        if (travel.ok) setTravelTimes(travel.value)
        if (!alertList.ok) return
        setAlerts(alertList.value)
        const since: string[] = []
        for (const [id, at] of log.at) {
          if (at > sent) since.push(id)
          else log.at.delete(id)
        }
        if (since.length === 0) return
        const touched = touchedBy(alertList.value, since)
        if (touched.length > MAX_PATCH_IDS) reloadAll()
        else patch(touched)
      })
    }
    // At start the calendar's first month is asked for first, and these once it is drawn (a busy server
    // answers in turn); a reload later goes at once.
    let cancel: (() => void) | undefined
    if (version === 0) cancel = afterPaint(load)
    else load()
    const timer = setInterval(reloadAll, REFRESH_MS)
    return () => {
      current = false
      cancel?.()
      clearInterval(timer)
    }
  }, [version, language, reloadAll, patch])

  return { alerts, travelTimes, refresh }
}
