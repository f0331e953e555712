import { useEffect } from 'react'
import type { CalendarView } from '../../../../shared/calendar/layout'
import type { SettingsUpdate } from '../../../../shared/model/settings'

/**
 * The view and date are kept for the next start: a new view at once, a new date a moment after the user
 * stops moving around (arrow keys would otherwise write on every press).
 */
export function useRememberView(
  view: CalendarView,
  date: string,
  stored: { view: CalendarView; date: string | undefined },
  remember: (patch: SettingsUpdate) => Promise<void>,
): void {
  const viewChanged = view !== stored.view
  useEffect(() => {
    if (!viewChanged && date === stored.date) return
    const timer = setTimeout(
      () => void remember({ calendarView: view, calendarDate: date }),
      viewChanged ? 0 : 400,
    )
    return () => clearTimeout(timer)
  }, [view, date, viewChanged, stored.date, remember])
}
