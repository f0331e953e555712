import { tz } from '@date-fns/tz'
import { format, type Locale } from 'date-fns'
import { weekOf, type CalendarView, type WeekStart } from '../../../../shared/calendar/layout'
import { languageOf, spanClock } from '../../i18n/clock'

/** "November 2026", "16 – 22 Nov 2026", "Sunday, 22 November 2026", or the agenda's first day. */
export function periodTitle(
  view: CalendarView,
  date: string,
  weekStartsOn: WeekStart,
  locale: Locale,
): string {
  const at = (key: string) => new Date(`${key}T12:00:00`)
  if (view === 'month') return format(at(date), 'LLLL yyyy', { locale })
  if (view === 'day') return format(at(date), 'EEEE, d MMMM yyyy', { locale })
  if (view === 'agenda') return format(at(date), 'd MMMM yyyy', { locale })
  const week = weekOf(date, weekStartsOn)
  const first = at(week[0]!)
  const last = at(week[6]!)
  const sameMonth = week[0]!.slice(0, 7) === week[6]!.slice(0, 7)
  return `${format(first, sameMonth ? 'd' : 'd MMM', { locale })} – ${format(last, 'd MMM yyyy', { locale })}`
}

/**
 * "Monday, 7 December 2026, 10:00–11:30" / "Senin, 7 Desember 2026, 10.00–11.30" for an interview's times
 * on the wall clock of `zone`.
 */
export function spanText(startsAt: string, endsAt: string, zone: string, locale: Locale): string {
  const day = format(Date.parse(startsAt), 'EEEE, d MMMM yyyy', { in: tz(zone), locale })
  return `${day}, ${spanClock({ startsAt, endsAt }, zone, languageOf(locale))}`
}
