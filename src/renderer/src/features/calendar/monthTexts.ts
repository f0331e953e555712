import type { i18n as I18n, TFunction } from 'i18next'
import type { Interview } from '../../../../shared/model/interview'
import { MODES, STATUSES } from '../../../../shared/model/values'
import type { Alert } from '../../../../shared/schedule/alerts'
import type { Language } from '../../../../shared/model/settings'
import { Phrasing } from '../../../../shared/i18n/phrasing'
import { wordNotice } from '../../../../shared/i18n/wordNotice'
import { i18n as appI18n } from '../../i18n'
import { eventWords, type EventWords } from './EventLabel'
import { countText, fillText } from './labels'

/** The month's texts, made once per language (and zone) for every cell. */
export interface MonthTexts {
  words: EventWords
  count: (count: number) => string
  more: (count: number) => string
  openDay: (date: string) => string
  hold: (company: string) => string
  holdName: (item: Interview) => string
  /** What an alert mark's tooltip says. */
  alertWords: (alerts: readonly Alert[]) => string
}

type LanguageTexts = Pick<MonthTexts, 'words' | 'count' | 'more' | 'openDay' | 'hold'> & {
  t: TFunction
  language: Language
}

/** Per i18next instance and language: the texts, kept for the session (a language's words do not change). */
const byInstance = new WeakMap<I18n, Map<string, LanguageTexts>>()

function languageTexts(i18n: I18n, lng: string): LanguageTexts {
  let languages = byInstance.get(i18n)
  if (!languages) {
    languages = new Map()
    byInstance.set(i18n, languages)
  }
  let texts = languages.get(lng)
  if (!texts) {
    const language: Language = lng === 'id' ? 'id' : 'en'
    const t = i18n.getFixedT(lng)
    texts = {
      t,
      language,
      words: eventWords((key) => t(key), language),
      count: countText(language, (count) => t('agenda.count', { count })),
      more: countText(language, (count) => t('calendar.more', { count })),
      openDay: fillText((date) => t('calendar.openDay', { date })),
      hold: fillText((company) => t('reschedule.hold', { company })),
    }
    languages.set(lng, texts)
  }
  return texts
}

/**
 * Counts and names repeat from cell to cell and month to month: each text is translated once per language
 * (counts once per plural form), and only when a cell first needs it. One `t` serves them all, the alert
 * marks' tooltips included (worded when the pointer comes over a mark).
 */
export function monthTexts(i18n: I18n, lng: string, zone: string): MonthTexts {
  const { t, language, ...texts } = languageTexts(i18n, lng)
  const translate = (key: string, values?: Record<string, string | number>) => t(key, values)
  const say = new Phrasing(language, zone)
  return {
    ...texts,
    holdName: (item) =>
      t('reschedule.holdName', { company: item.company, time: say.span(item.startsAt, item.endsAt) }),
    alertWords: (alerts) => alerts.map((alert) => wordNotice(alert, translate, say)).join('\n'),
  }
}

/**
 * Translates, when a language is set (at start-up and on a change), the texts every month draws: the counts
 * of both plural forms, the day button's name and the words of an interview's spoken name. The calendar is
 * the home screen, so they are always needed; prepared here, the first month drawn finds them made instead of
 * translating (and running i18next's lookup for the first time) while the user waits for it.
 */
export function prepareMonthTexts(i18n: I18n, lng: string): void {
  const texts = languageTexts(i18n, lng)
  for (const count of [1, 2]) {
    texts.count(count)
    texts.more(count)
  }
  texts.openDay('1 January')
  for (const mode of MODES) texts.words.mode(mode)
  for (const status of STATUSES) texts.words.status(status)
}

// The app's own instance: prepared for the language it starts in and for each one chosen later.
appI18n.on('languageChanged', (lng: string) => prepareMonthTexts(appI18n, lng))
if (appI18n.isInitialized) prepareMonthTexts(appI18n, appI18n.language)
