import type { Interview, Mode, Status } from '../model/interview'
import { matchesSearch, searchWords } from '../search'

/** What the calendar shows: the search text (see search.ts); chosen statuses and modes (none = all). */
export interface CalendarFilter {
  text: string
  statuses: readonly Status[]
  modes: readonly Mode[]
}

export const NO_FILTER: CalendarFilter = { text: '', statuses: [], modes: [] }

export function isFiltering(filter: CalendarFilter): boolean {
  return filter.text.trim() !== '' || filter.statuses.length > 0 || filter.modes.length > 0
}

/** A predicate for the filter. */
export function matcher(filter: CalendarFilter): (interview: Interview) => boolean {
  const words = searchWords(filter.text)
  const statuses = new Set(filter.statuses)
  const modes = new Set(filter.modes)
  return (interview) => {
    if (statuses.size > 0 && !statuses.has(interview.status)) return false
    if (modes.size > 0 && !modes.has(interview.mode)) return false
    return matchesSearch(interview, words)
  }
}
