import { useSyncExternalStore } from 'react'
import { i18n } from './index'

/** A translation: a key, and the values its text takes. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

const translators = new Map<string, Translate>()

/**
 * One translation per language, shared by every component that asks: a text without values is looked up
 * once (the resources are bundled, so a key's text never changes within a language).
 */
function translatorFor(language: string): Translate {
  let translate = translators.get(language)
  if (!translate) {
    const t = i18n.getFixedT(language)
    const plain = new Map<string, string>()
    translate = (key, values) => {
      if (values) return t(key, values)
      let text = plain.get(key)
      if (text === undefined) {
        text = t(key)
        plain.set(key, text)
      }
      return text
    }
    translators.set(language, translate)
  }
  return translate
}

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange)
  return () => i18n.off('languageChanged', onChange)
}
const currentLanguage = () => i18n.language

/**
 * The app's language and its translation, for components drawn by the hundred: the agenda's items, their
 * status pickers and alert badges. react-i18next's `useTranslation` gives each mounted component its own
 * copy of the i18next instance, its own `t` and its own listeners, and its `t` looks every text up again:
 * a fifth of the agenda's first drawing. Drawn again when the language changes.
 */
export function useLanguageT(): { t: Translate; language: string } {
  const language = useSyncExternalStore(subscribe, currentLanguage, currentLanguage)
  return { t: translatorFor(language), language }
}
