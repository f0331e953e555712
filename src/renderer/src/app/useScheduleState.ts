import { useCallback, useEffect, useState } from 'react'
import type { TravelTime } from '../../../shared/model/travel'
import type { Alert } from '../../../shared/schedule/alerts'
import { call } from '../api/client'

const REFRESH_MS = 60_000

/** Alerts and travel times, reloaded on demand and every minute (notice levels change with the clock). */
export function useScheduleState(language: string) {
  const [alerts, setAlerts] = useState<Alert[]>([])
  const [travelTimes, setTravelTimes] = useState<TravelTime[]>([])
  const [version, setVersion] = useState(0)
  const refresh = useCallback(() => setVersion((n) => n + 1), [])

  useEffect(() => {
    // Alerts come in the settings' language: nothing is asked before the settings are known, or every start
    // would compute the alerts twice while the calendar waits for its first month.
    if (!language) return
    let current = true
    void Promise.all([call('alerts/list', {}), call('travel/list', {})]).then(([alertList, travel]) => {
      if (!current) return
      if (alertList.ok) setAlerts(alertList.value)
      if (travel.ok) setTravelTimes(travel.value)
    })
    const timer = setInterval(refresh, REFRESH_MS)
    return () => {
      current = false
      clearInterval(timer)
    }
  }, [version, language, refresh])

  return { alerts, travelTimes, refresh }
}
