import { overlapping, wholeDaysEnd } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import { ok, type Result } from '../../../../shared/result'
import { call } from '../../api/client'

export interface TimeWindow {
  from: number
  /** Infinity: everything from `from` on. */
  to: number
}

/**
 * What the calendar asks the store for: a window, or (the agenda) the first `limit` interviews from `from`
 * on (`to` is then infinite) and the rest of the last one's day.
 */
export interface WindowRequest extends TimeWindow {
  limit?: number | undefined
}

/** What came back: the window it covers, its interviews, and how many start after it (the agenda's rest). */
export interface Fetched {
  window: TimeWindow
  interviews: Interview[]
  beyond: number
}

const iso = (time: number) => new Date(time).toISOString()

/**
 * The interviews of a window, and every interview with a pending request (its proposed times may fall in the
 * window, and are drawn there as holds).
 */
const listWindow = (window: TimeWindow): Promise<Result<Interview[]>> =>
  call('interviews/list', {
    from: iso(window.from),
    ...(Number.isFinite(window.to) ? { to: iso(window.to) } : {}),
    withHolds: true,
  })

export async function fetchRequest(request: WindowRequest, zone: string): Promise<Result<Fetched>> {
  if (request.limit !== undefined) return fetchFirst(request.from, request.limit, zone)
  const window = { from: request.from, to: request.to }
  const listed = await listWindow(window)
  return listed.ok ? ok({ window, interviews: listed.value, beyond: 0 }) : listed
}

/**
 * The first `limit` interviews from `from` on and the rest of the last one's day, so that every day drawn is
 * whole, and how many interviews start after that day. Every pending request comes along (its proposed
 * times may fall in the window however late its interview is). Fewer than `limit`: the list is complete and
 * the window has no end.
 */
async function fetchFirst(from: number, limit: number, zone: string): Promise<Result<Fetched>> {
  const [listed, total] = await Promise.all([
    call('interviews/list', { from: iso(from), limit, withHolds: true, wholeDaysIn: zone }),
    call('interviews/count', { from: iso(from) }),
  ])
  if (!listed.ok) return listed
  if (!total.ok) return total
  const interviews = listed.value
  // In start order: the first `limit` from `from` on, the rest of the last one's day, then the pending
  // requests from later on.
  const inRange = interviews.filter(overlapping(from, Number.POSITIVE_INFINITY))
  if (inRange.length < limit)
    return ok({ window: { from, to: Number.POSITIVE_INFINITY }, interviews, beyond: 0 })
  // The window ends with the `limit`th one's day.
  const window = { from, to: wholeDaysEnd(from, inRange[limit - 1]!.startsAt, zone) }
  const drawn = interviews.filter(overlapping(window.from, window.to)).length
  return ok({ window, interviews, beyond: total.value - drawn })
}
