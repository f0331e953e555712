import type { Interview, Mode, Status } from '../model/interview'

/** What the calendar shows: text over company, position and contact; chosen statuses and modes (none = all). */
export interface CalendarFilter {
  text: string
  statuses: readonly Status[]
  modes: readonly Mode[]
}

export const NO_FILTER: CalendarFilter = { text: '', statuses: [], modes: [] }

/** Lower case without accents, so "sekolah" finds "Sekolah" and "cafe" finds "Café". */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

export function isFiltering(filter: CalendarFilter): boolean {
  return filter.text.trim() !== '' || filter.statuses.length > 0 || filter.modes.length > 0
}

/** A predicate for the filter; every word of the text must appear somewhere. */
export function matcher(filter: CalendarFilter): (interview: Interview) => boolean {
  const words = fold(filter.text).split(/\s+/).filter(Boolean)
  const statuses = new Set(filter.statuses)
  const modes = new Set(filter.modes)
  return (interview) => {
    if (statuses.size > 0 && !statuses.has(interview.status)) return false
    if (modes.size > 0 && !modes.has(interview.mode)) return false
    if (words.length === 0) return true
    const haystack = fold(
      [
        interview.company,
        interview.position,
        interview.contact.name ?? '',
        interview.contact.email ?? '',
      ].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  }
}
