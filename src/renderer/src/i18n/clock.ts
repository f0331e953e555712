import { format, type Locale } from 'date-fns'
import { Phrasing } from '../../../shared/i18n/phrasing'
import { wallClock } from '../../../shared/time'

/** A wall-clock "HH:mm" as the UI language writes it: "09.00" in Indonesian (EYD), "09:00" in English. */
export const clockText = (hhmm: string, language: string): string =>
  language === 'id' ? hhmm.replace(':', '.') : hhmm

/** The UI language of a date-fns locale, for views that carry the locale. */
export const languageOf = (locale: Locale): string => (locale.code === 'id' ? 'id' : 'en')

/** The same as a date-fns pattern, for the UI language's date-fns locale. */
export const clockPattern = (locale: Locale): string => (languageOf(locale) === 'id' ? 'HH.mm' : 'HH:mm')

/** After a written-out date: "… 2026 pukul 10.00" / "… 2026 10:00". */
export const atClockPattern = (locale: Locale): string =>
  languageOf(locale) === 'id' ? "'pukul' HH.mm" : 'HH:mm'

const phrasings = new Map<string, Phrasing>()

/**
 * "09.00–10.30" / "09:00–10:30": an interview's (or a hold's) times on the zone's wall clock, as the alerts
 * write them (`Phrasing.span`, one per language and zone for the session).
 */
export function spanClock(
  item: { startsAt: string; endsAt: string },
  zone: string,
  language: string,
): string {
  const key = `${language} ${zone}`
  let say = phrasings.get(key)
  if (!say) phrasings.set(key, (say = new Phrasing(language === 'id' ? 'id' : 'en', zone)))
  return say.span(item.startsAt, item.endsAt)
}

/**
 * "Kam 3 Des 2026 10.00" / "Thu 3 Dec 2026 10:00": an instant on the zone's wall clock, its day written by
 * `dayPattern`. The wall clock comes from the shared zone rules, as the calendar's: date-fns's `in: tz(zone)`
 * writes the browser's own hours wherever the page's `Date` is not the engine's own (a test's fixed clock).
 */
export function zonedDayTime(
  iso: string,
  zone: string,
  locale: Locale,
  dayPattern = 'EEE d MMM yyyy',
): string {
  const { date, time } = wallClock(iso, zone)
  return `${format(new Date(`${date}T12:00:00`), dayPattern, { locale })} ${clockText(time, languageOf(locale))}`
}
