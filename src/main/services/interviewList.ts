import type { Database } from 'better-sqlite3'
import { wholeDaysEnd } from '../../shared/calendar/layout'
import type { ChannelParsed } from '../../shared/contract'
import type { Interview, Status } from '../../shared/model/interview'
import { matchesSearch, searchWords } from '../../shared/search'
import * as repo from '../db/repos/interviews'

/** A range and statuses as the store's filter (`interviews/list` and `interviews/count` read the same). */
function rangeFilter(query: ChannelParsed<'interviews/count'>): repo.InterviewFilter {
  const statuses = query.status === undefined ? undefined : ([] as Status[]).concat(query.status)
  return {
    ...(query.from ? { fromMs: Date.parse(query.from) } : {}),
    ...(query.to ? { toMs: Date.parse(query.to) } : {}),
    ...(statuses ? { statuses } : {}),
  }
}

export function countInterviews(db: Database, query: ChannelParsed<'interviews/count'>): number {
  return repo.countMatching(db, rangeFilter(query))
}

export function listInterviews(db: Database, query: ChannelParsed<'interviews/list'>): Interview[] {
  const filter: repo.InterviewFilter = {
    ...rangeFilter(query),
    ...(query.ids ? { ids: query.ids } : {}),
    ...(query.withHolds ? { withHolds: true } : {}),
  }
  const { limit, wholeDaysIn: zone } = query
  const words = searchWords(query.query ?? '')
  if (words.length === 0) {
    if (!limit) return repo.listInterviews(db, filter)
    const page = repo.listInterviews(db, { ...filter, limit })
    if (!zone) return page
    // The limit counts the range's interviews (pending requests from outside it come along besides).
    const from = filter.fromMs ?? Number.NEGATIVE_INFINITY
    const to = filter.toMs ?? Number.POSITIVE_INFINITY
    const counted = page.filter(
      (interview) => Date.parse(interview.endsAt) > from && Date.parse(interview.startsAt) < to,
    )
    if (counted.length < limit) return page
    // A full page may end inside a day: it is listed again to that day's end.
    return repo.listInterviews(db, { ...filter, toMs: dayEnd(counted[limit - 1]!, filter, zone) })
  }
  // Text is matched here, not in SQL, so the server and the calendar's filter follow one rule (accents
  // folded, every word); SQL narrows by range and status first, on its index. The limit applies after it.
  const matching = repo.listInterviews(db, filter).filter((interview) => matchesSearch(interview, words))
  if (!limit || matching.length <= limit) return matching
  if (!zone) return matching.slice(0, limit)
  const end = dayEnd(matching[limit - 1]!, filter, zone)
  return matching.filter((interview, index) => index < limit || Date.parse(interview.startsAt) < end)
}

/** Where a page ending with `last` ends in whole days in `zone` (or where the range ends, if sooner). */
function dayEnd(last: Interview, filter: repo.InterviewFilter, zone: string): number {
  const from = filter.fromMs ?? Date.parse(last.startsAt)
  return Math.min(wholeDaysEnd(from, last.startsAt, zone), filter.toMs ?? Number.POSITIVE_INFINITY)
}
