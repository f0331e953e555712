import type { Locale } from 'date-fns'
import { Phrasing } from '../../../shared/i18n/phrasing'

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
