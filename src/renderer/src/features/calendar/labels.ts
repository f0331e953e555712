import type { Day, Locale, Month } from 'date-fns'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { shortCompanyName } from '../../../../shared/calendar/companyName'
import { wallClock } from '../../../../shared/time'
import { clockText } from '../../i18n/clock'

/**
 * Texts the calendar grids draw, worked out once instead of once per chip and per render: a busy month or
 * week draws hundreds of chips, and moving to the next period redraws them all.
 */

interface InterviewTexts {
  zone: string
  language: string
  start: string
  end: string
  short: string
}

const interviewTexts = new WeakMap<Interview, InterviewTexts>()

/**
 * Start and end on the zone's wall clock as the UI language writes it ("09.30" / "09:30") and the short
 * company name, per interview object.
 */
export function textsOf(interview: Interview, zone: string, language: string): InterviewTexts {
  const known = interviewTexts.get(interview)
  if (known?.zone === zone && known.language === language) return known
  const texts = {
    zone,
    language,
    start: clockText(wallClock(interview.startsAt, zone).time, language),
    end: clockText(wallClock(interview.endsAt, zone).time, language),
    short: shortCompanyName(interview.company),
  }
  interviewTexts.set(interview, texts)
  return texts
}

/** Days × languages a session shows stay far below this; past it the cache starts again. */
const MAX_DAY_TEXTS = 20_000

/** A day's names as the month, week and day views write them. */
export interface DayNames {
  /** "Wednesday, 10 March 2027": what date-fns writes for 'EEEE, d MMMM yyyy'. */
  full: string
  /** "10 March" ('d MMMM'). */
  dayMonth: string
  /** "Wednesday" and "Wed" ('EEEE', 'EEE'). */
  weekday: string
  weekdayShort: string
}

const dayNameCache = new Map<string, DayNames>()

/**
 * A day's names built from the locale's own words for weekdays and months, as date-fns `format` builds them
 * for these patterns, without parsing a pattern per day: a month draws 42 days and their weekday heads.
 */
export function dayNames(day: string, locale: Locale): DayNames {
  const key = `${locale.code ?? ''}|${day}`
  let names = dayNameCache.get(key)
  if (names === undefined) {
    const year = Number(day.slice(0, 4))
    const month = (Number(day.slice(5, 7)) - 1) as Month
    const date = Number(day.slice(8, 10))
    const weekdayIndex = new Date(Date.UTC(year, month, date)).getUTCDay() as Day
    const { localize } = locale
    const weekday = localize.day(weekdayIndex, { width: 'wide', context: 'formatting' })
    const monthName = localize.month(month, { width: 'wide', context: 'formatting' })
    names = {
      full: `${weekday}, ${date} ${monthName} ${String(year).padStart(4, '0')}`,
      dayMonth: `${date} ${monthName}`,
      weekday,
      weekdayShort: localize.day(weekdayIndex, { width: 'abbreviated', context: 'formatting' }),
    }
    if (dayNameCache.size >= MAX_DAY_TEXTS) dayNameCache.clear()
    dayNameCache.set(key, names)
  }
  return names
}

/** A translation that depends on one value (a count, a date), looked up once per value and language. */
export function memoText<V extends string | number, R = string>(translate: (value: V) => R): (value: V) => R {
  const texts = new Map<V, R>()
  return (value) => {
    let text = texts.get(value)
    if (text === undefined) {
      text = translate(value)
      texts.set(value, text)
    }
    return text
  }
}

const pluralRules = new Map<string, Intl.PluralRules>()

/**
 * A translation of a count ("3 interviews", "+2 more"), looked up once per plural form rather than once per
 * count: a month's cells count a dozen different numbers. The first count of each form (the language's
 * plural rules, as i18next picks its `_one`/`_other` keys by) is translated; when that text holds the
 * number exactly once, the form's other counts are written into it; otherwise each count is translated.
 */
export function countText(language: string, translate: (count: number) => string): (count: number) => string {
  let rules = pluralRules.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(language)
    pluralRules.set(language, rules)
  }
  const forms = new Map<string, readonly [string, string] | null>()
  return memoText((count: number) => {
    const form = rules.select(count)
    const template = forms.get(form)
    if (template) return `${template[0]}${count}${template[1]}`
    const text = translate(count)
    if (template === undefined) {
      const parts = text.split(String(count))
      forms.set(form, parts.length === 2 ? [parts[0]!, parts[1]!] : null)
    }
    return text
  })
}

/** Stand for the values while a text is translated, so the translation is done once, not per value. */
const MARK = '\u2063\u2063'
const MARK_2 = '\u2064\u2064'

/**
 * A translation with one value that does not change its grammar (a date, a name): translated once with a
 * mark where the value goes, then filled in per value. i18next's lookup is the costly part of a busy grid.
 */
export function fillText(translate: (mark: string) => string): (value: string) => string {
  // Translated when first needed: a month without holds never asks for the hold's text.
  let parts: string[] | undefined
  return (value) => {
    parts ??= translate(MARK).split(MARK)
    return `${parts[0]}${value}${parts[1] ?? ''}`
  }
}

/** The same for a text with two such values, in whichever order the language puts them. */
export function fillTexts(
  translate: (first: string, second: string) => string,
): (first: string, second: string) => string {
  const template = translate(MARK, MARK_2)
  return (first, second) => template.replace(MARK, first).replace(MARK_2, second)
}

/** The mark an interview's alerts give its chip or block: the most serious of them, if any. */
export function worstSeverity(alerts: readonly Alert[]): Alert['severity'] | undefined {
  if (alerts.some((alert) => alert.severity === 'danger')) return 'danger'
  if (alerts.some((alert) => alert.severity === 'warning')) return 'warning'
  return alerts.length > 0 ? 'info' : undefined
}
