import { createContext, useContext } from 'react'
import type { TravelTime } from '../../../shared/model/travel'
import type { Alert } from '../../../shared/schedule/alerts'

export interface Schedule {
  alerts: Alert[]
  travelTimes: TravelTime[]
  /** Reload alerts and travel times after anything changed. */
  refresh: () => void
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
