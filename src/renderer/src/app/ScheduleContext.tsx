import { createContext, useContext } from 'react'
import type { TravelTime } from '../../../shared/model/travel'
import type { Alert } from '../../../shared/schedule/alerts'

export interface Schedule {
  alerts: Alert[]
  travelTimes: TravelTime[]
  /**
   * After a change: with the changed interviews' ids, patch the alerts that change can alter; without,
   * reload alerts and travel times.
   */
  refresh: (changed?: readonly string[]) => void
  /** Show an interview (from an alert or a reminder). */
  open: (interviewId: string) => void
}

export const ScheduleContext = createContext<Schedule>({
  alerts: [],
  travelTimes: [],
  refresh: () => undefined,
  open: () => undefined,
})

export const useSchedule = () => useContext(ScheduleContext)
