import { useEffect, useState } from 'react'
import type { CalendarView } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import { dayKey } from '../../../../shared/time'
import { call } from '../../api/client'

interface OpenRequest {
  /** An interview to open (from an alert or a reminder), cleared once shown. */
  openId: string | undefined
  onOpened: () => void
  interviews: readonly Interview[] | undefined
  zone: string
  view: CalendarView
  setView: (view: CalendarView) => void
  setDate: (day: string) => void
  select: (id: string) => void
}

/**
 * An interview asked for from elsewhere (an alert, a reminder) is shown in its week with its details open.
 * Not in the fetched period: the page goes to its day, whose period then brings it.
 */
export function useOpenRequest({
  openId,
  onOpened,
  interviews,
  zone,
  view,
  setView,
  setDate,
  select,
}: OpenRequest): void {
  const [handledOpenId, setHandledOpenId] = useState<string>()
  if (openId !== handledOpenId) {
    const wanted = openId && interviews?.find((interview) => interview.id === openId)
    if (wanted) {
      setHandledOpenId(openId)
      select(wanted.id)
      setDate(dayKey(wanted.startsAt, zone))
      if (view === 'agenda' || view === 'month') setView('week')
    } else if (!openId) setHandledOpenId(undefined)
  }
  useEffect(() => {
    if (handledOpenId) onOpened()
  }, [handledOpenId, onOpened])

  const openMissing =
    openId !== undefined && interviews !== undefined && !interviews.some((i) => i.id === openId)
  useEffect(() => {
    if (!openMissing || !openId) return
    void call('interviews/get', { id: openId }).then((result) => {
      if (result.ok) setDate(dayKey(result.value.startsAt, zone))
    })
  }, [openMissing, openId, zone, setDate])
}
