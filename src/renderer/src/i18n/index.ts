import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale } from 'date-fns'
import type { WeekStart } from '../../../shared/calendar/layout'
import { enGB } from 'date-fns/locale/en-GB'
import { id as idLocale } from 'date-fns/locale/id'
import { languageForLocales, type Language } from '../../../shared/model/values'
import { hostZone } from '../../../shared/time'
import { en } from './en'
import { id } from './id'

/**
 * The browser's (in Electron: the system's) language: used until the settings have loaded, on the page
 * that cannot reach the app, and offered as the first run's language in browser mode.
 */
export function browserLanguage(): Language {
  return languageForLocales(navigator.languages.length > 0 ? navigator.languages : [navigator.language])
}

/** The browser's time zone, offered as the first run's display zone in browser mode. */
export function browserZone(): string {
  return hostZone()
}

export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, id: { translation: id } },
  lng: browserLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language)
  document.documentElement.lang = language
}

/** date-fns locale of a UI language. English uses British order ("Monday, 7 December 2026"). */
export function dateLocale(language: string): Locale {
  return language === 'id' ? idLocale : enGB
}

/** The first day of the calendar's weeks in a UI language: Monday in Indonesia, else as its locale says. */
export function weekStartFor(language: string): WeekStart {
  return (language === 'id' ? 1 : (dateLocale(language).options?.weekStartsOn ?? 1)) as WeekStart
}
