import type { NoticeText } from '../schedule/noticeText'
import type { Phrasing } from './phrasing'

/** An i18next `t` over a catalog that holds `alertTextsEn`'s keys (the renderer's, or main's own). */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/** The values a code's text takes, worded: instants as days and times, durations and counts in words. */
function values(text: NoticeText, t: Translate, say: Phrasing): Record<string, string | number> {
  const minutes = (count: number) => t('units.minutes', { count })
  const hours = (count: number) => t('units.hours', { count })
  switch (text.code) {
    case 'overlap': {
      const p = text.params
      return {
        first: p.first,
        second: p.second,
        day: say.day(p.firstStartsAt),
        firstSpan: say.span(p.firstStartsAt, p.firstEndsAt),
        secondSpan: say.span(p.secondStartsAt, p.secondEndsAt),
      }
    }
    case 'travel':
    case 'prep': {
      const p = text.params
      const place = text.code === 'travel' ? (text.params.place ?? t('alertWords.theirPlace')) : ''
      return {
        first: p.first,
        second: p.second,
        day: say.day(p.startsAt),
        gap: minutes(p.gapMinutes),
        needed: minutes(p.neededMinutes),
        place,
      }
    }
    case 'same-day':
    case 'same-day-crowded': {
      const p = text.params
      return { count: p.companies.length, day: say.day(p.startsAt), companies: say.list(p.companies) }
    }
    case 'notice-ahead':
      return { ...text.params, deadline: say.moment(text.params.deadline), hours: hours(text.params.hours) }
    case 'notice-short':
    case 'notice-late':
      return { company: text.params.company, hours: hours(text.params.hours) }
    case 'unconfirmed':
      return { company: text.params.company, when: say.moment(text.params.startsAt) }
    case 'upcoming':
      return {
        company: text.params.company,
        when: say.moment(text.params.startsAt),
        hours: hours(text.params.hours),
      }
    case 'advice-lower-priority':
    case 'advice-unconfirmed':
    case 'advice-ample-notice':
    case 'advice-later':
      return text.params
    case 'task-due':
    case 'task-overdue':
    case 'task-reminder': {
      const p = text.params
      return { task: t(`alertTask.${p.task}`, { company: p.company }), when: say.moment(p.dueAt) }
    }
    case 'send-thanks':
      return { company: text.params.company, deadline: say.moment(text.params.deadline) }
    case 'hold-overlap':
    case 'hold-gap': {
      const p = text.params
      const common = { company: p.company, heldFor: p.heldFor, held: say.slot(p.heldStartsAt, p.heldEndsAt) }
      return text.code === 'hold-overlap'
        ? { ...common, span: say.span(text.params.startsAt, text.params.endsAt) }
        : { ...common, gap: minutes(text.params.gapMinutes), needed: minutes(text.params.neededMinutes) }
    }
  }
}

/** An alert's or a reminder's text in the language and zone `t` and `say` stand for. */
export function wordNotice(text: NoticeText, t: Translate, say: Phrasing): string {
  return t(`alertText.${text.code}`, values(text, t, say))
}

/** A reminder's heading: the company and the position. */
export const reminderTitle = (company: string, position: string) => `${company} — ${position}`

/** What comes before a task's note in its reminder: the note is the user's own words, not the app's. */
export const reminderNote = (note: string, language: string) =>
  `${language === 'id' ? 'Catatan' : 'Note'}: ${note}`
