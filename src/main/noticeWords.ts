import i18next from 'i18next'
import { alertTextsEn } from '../shared/i18n/alerts-en'
import { alertTextsId } from '../shared/i18n/alerts-id'
import { Phrasing } from '../shared/i18n/phrasing'
import { wordNotice } from '../shared/i18n/wordNotice'
import type { Language } from '../shared/model/settings'
import type { AlertFacts, Alert } from '../shared/schedule/alerts'
import type { NoticeText } from '../shared/schedule/noticeText'

// Main's own i18next over the alert part of the catalog, the same strings the renderer merges into its own.
const catalog = i18next.createInstance()
void catalog.init({
  resources: { en: { translation: alertTextsEn }, id: { translation: alertTextsId } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
})

/** Words alert and reminder codes in one language and display zone: the contract's `message`, notifications. */
export function noticeWords(language: Language, zone: string): (text: NoticeText) => string {
  const t = catalog.getFixedT(language)
  const say = new Phrasing(language, zone)
  return (text) => wordNotice(text, (key, values) => t(key, values), say)
}

/** The alert with its `message` (and its advice's) filled in. */
export function withMessage(alert: AlertFacts, word: (text: NoticeText) => string): Alert {
  const message = word(alert)
  const { advice } = alert
  // Spreading the code union beside an optional advice widens it past what TypeScript narrows back.
  return (
    advice ? { ...alert, message, advice: { ...advice, message: word(advice) } } : { ...alert, message }
  ) as Alert
}
