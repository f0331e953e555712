import type { Locale } from 'date-fns'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import type { useEventDrag } from './useEventDrag'

/** What every calendar view needs from the page: zone and locale, the focused day, and what a click does. */
export interface ViewContext {
  zone: string
  locale: Locale
  /** Today in the user's zone (yyyy-MM-dd). */
  today: string
  /** Minutes since midnight now, for the current-time line in today's column. */
  nowMinutes?: number
  /** The focused day, which is also the calendar's date. */
  date: string
  /** Minutes of the focused slot in the week and day views. */
  slot: number
  /** The same list while an interview's alerts are unchanged (`NO_ALERTS` when it has none). */
  alertsOf: (interviewId: string) => Alert[]
  selectedId: string | undefined
  select: (interview: Interview) => void
  create: (day: string, time?: string) => void
  /** Shows that day in the day view. */
  openDay: (day: string) => void
  /** Makes that day the focused one (and the calendar's date) without changing the view. */
  focusDay: (day: string) => void
  /** Set by the page when the keyboard moved the focus, so the view focuses the new cell once drawn. */
  takeFocusRequest: () => boolean
  drag: ReturnType<typeof useEventDrag>
}
