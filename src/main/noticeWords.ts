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

/** A catalog string split at its `{{name}}` places: literal, name, literal, …, literal. */
interface Template {
  text: string
  parts: string[]
}

const PLACE = /\{\{(\w+)\}\}/

/**
 * Main's own `t` over the alert part of the catalog, the same strings the renderer's i18next reads. The
 * part uses only what this needs — `{{name}}` values and `_one`/`_other` plurals on `count` — and i18next's
 * general path cost ~40 % of `alerts/list` on a dense schedule (thousands of messages a call). Each string
 * is split at its places once, and a count's plural form is looked up once: a message is then joined from
 * its parts (a regex replace with a callback per message was a third of the wording at 50 000 stored).
 */
function catalogTranslate(language: Language): Translate {
  const catalog = CATALOGS[language]
  const plurals = new Intl.PluralRules(language)
  const forms = new Map<number, string>()
  const templates = new Map<string, Template | null>()
  const template = (key: string) => {
    let found = templates.get(key)
    if (found === undefined) {
      const dot = key.indexOf('.')
      const text = catalog[key.slice(0, dot)]?.[key.slice(dot + 1)]
      found = text === undefined ? null : { text, parts: text.split(PLACE) }
      templates.set(key, found)
    }
    return found
  }
  const pluralOf = (count: number) => {
    let form = forms.get(count)
    if (form === undefined) {
      form = plurals.select(count)
      forms.set(count, form)
    }
    return form
  }
  return (key, values) => {
    const count = values?.count
    const found = (typeof count === 'number' ? template(`${key}_${pluralOf(count)}`) : null) ?? template(key)
    if (!found) return key
    if (!values) return found.text
    const { parts } = found
    let text = parts[0]!
    for (let i = 1; i < parts.length; i += 2) text += String(values[parts[i]!] ?? '') + parts[i + 1]!
    return text
  }
}

/** One translator per language: its templates are split once for the process. */
const translators = new Map<Language, Translate>()

function translatorFor(language: Language): Translate {
  let t = translators.get(language)
  if (!t) {
    t = catalogTranslate(language)
    translators.set(language, t)
  }
  return t
}

/** Words alert and reminder codes in one language and display zone: the contract's `message`, notifications. */
export function noticeWords(language: Language, zone: string): (text: NoticeText) => string {
  const t = translatorFor(language)
  const say = phrasingFor(language, zone)
  return (text) => wordNotice(text, t, say)
}

/**
 * The phrasing of one language and zone, kept for the process: its day texts and zone names (date-fns with
 * a zone, ~100 days a call on a dense store) are made once, not on every `alerts/list`. A user has one
 * language and zone at a time; the few kept are bounded by the languages and zones ever chosen.
 */
const phrasings = new Map<string, Phrasing>()

function phrasingFor(language: Language, zone: string): Phrasing {
  const key = `${language} ${zone}`
  let say = phrasings.get(key)
  if (!say) {
    say = new Phrasing(language, zone)
    phrasings.set(key, say)
  }
  return say
}

/**
 * The alert with its `message` (and its advice's) filled in, in place: the facts are made afresh for every
 * call, and copying 9 000 alerts and their advice (a dense store's quarter) only made garbage.
 */
export function withMessage(alert: AlertFacts, word: (text: NoticeText) => string): Alert {
  const worded = alert as Alert
  worded.message = word(alert)
  if (worded.advice) worded.advice.message = word(worded.advice)
  return worded
}
