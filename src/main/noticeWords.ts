import { alertTextsEn } from '../shared/i18n/alerts-en'
import { alertTextsId } from '../shared/i18n/alerts-id'
import { Phrasing } from '../shared/i18n/phrasing'
import { wordNotice, type Translate } from '../shared/i18n/wordNotice'
import type { Language } from '../shared/model/settings'
import type { AlertFacts, Alert } from '../shared/schedule/alerts'
import type { NoticeText } from '../shared/schedule/noticeText'

const CATALOGS: Record<Language, Record<string, Record<string, string>>> = {
  en: alertTextsEn,
  id: alertTextsId,
}

/**
 * Main's own `t` over the alert part of the catalog, the same strings the renderer's i18next reads. The
 * part uses only what this needs — `{{name}}` values and `_one`/`_other` plurals on `count` — and i18next's
 * general path cost ~40 % of `alerts/list` on a dense schedule (thousands of messages a call).
 */
function catalogTranslate(language: Language): Translate {
  const catalog = CATALOGS[language]
  const plurals = new Intl.PluralRules(language)
  const template = (key: string) => {
    const dot = key.indexOf('.')
    return catalog[key.slice(0, dot)]?.[key.slice(dot + 1)]
  }
  return (key, values) => {
    const count = values?.count
    const text =
      (typeof count === 'number' ? template(`${key}_${plurals.select(count)}`) : undefined) ??
      template(key) ??
      key
    return values ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')) : text
  }
}

/** Words alert and reminder codes in one language and display zone: the contract's `message`, notifications. */
export function noticeWords(language: Language, zone: string): (text: NoticeText) => string {
  const t = catalogTranslate(language)
  const say = new Phrasing(language, zone)
  return (text) => wordNotice(text, t, say)
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
