import { useMemo } from 'react'
import {
  overlapping,
  visibleDays,
  type CalendarView,
  type WeekStart,
} from '../../../../shared/calendar/layout'
import { matcher, type CalendarFilter } from '../../../../shared/calendar/filter'
import type { Interview } from '../../../../shared/model/interview'
import { interviewsByDay, interviewsOnDays } from '../../../../shared/schedule/agenda'
import { withHolds } from './holdItems'

interface VisibleDaysInput {
  filter: CalendarFilter
  /** Every fetched interview (less those waiting to be deleted); undefined while loading. */
  present: readonly Interview[] | undefined
  view: CalendarView
  date: string
  weekStartsOn: WeekStart
  zone: string
  /** The visible period (`visibleRange`); `to` is infinite for the agenda. */
  from: number
  to: number
  /** Where the fetched window ends: the agenda draws the days it fetched whole. */
  fetchedTo: number | undefined
}

/**
 * What the visible period shows: how many interviews it has, and how many the filter lets through, and
 * the interviews to draw by day, with the proposed times of pending requests as tentative holds beside them.
 */
export function useVisibleDays({
  filter,
  present,
  view,
  date,
  weekStartsOn,
  zone,
  from,
  to: periodEnd,
  fetchedTo,
}: VisibleDaysInput) {
  // The fetched interviews the filter lets through.
  const shown = useMemo(() => (present ? present.filter(matcher(filter)) : []), [present, filter])
  const to = view === 'agenda' ? Math.min(periodEnd, fetchedTo ?? periodEnd) : periodEnd
  const inView = useMemo(() => overlapping(from, to), [from, to])
  const counts = useMemo(
    () => ({ shown: shown.filter(inView).length, total: present?.filter(inView).length ?? 0 }),
    [shown, present, inView],
  )
  const drawn = useMemo(() => withHolds(shown), [shown])
  // The agenda lists each day from its first up to the end of what it fetched (an interview running into its
  // first day, too); the other views draw the interviews that start on their days.
  const byDay = useMemo(
    () =>
      view === 'agenda'
        ? interviewsByDay(drawn.filter(inView), zone)
        : interviewsOnDays(drawn, visibleDays(view, date, weekStartsOn), zone),
    [drawn, inView, view, date, weekStartsOn, zone],
  )
  return { shown, counts, byDay }
}
