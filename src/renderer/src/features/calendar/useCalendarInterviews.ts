import { useCallback, useEffect, useRef, useState } from 'react'
import { afterPaint } from '../../ui/afterPaint'
import { visibleRange } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import type { Settings } from '../../../../shared/model/settings'
import type { AppError, Result } from '../../../../shared/result'
import { dayKey } from '../../../../shared/time'
import { call } from '../../api/client'
import { weekStartFor } from '../../i18n'
import { fetchRequest, type Fetched, type TimeWindow, type WindowRequest } from './calendarFetch'

export type { TimeWindow } from './calendarFetch'

/** How many interviews the agenda draws at first, and how many more each "show more" adds. */
export const AGENDA_PAGE = 100

/**
 * What the calendar fetches for a visible period: the period and one more of the same length on each side,
 * so a step back or forward is drawn at once from what is already here while the next window loads.
 */
export function windowAround(range: TimeWindow): TimeWindow {
  if (!Number.isFinite(range.to)) return range
  const span = range.to - range.from
  return { from: range.from - span, to: range.to + span }
}

export const covers = (window: TimeWindow, range: TimeWindow) =>
  range.from >= window.from && range.to <= window.to

/**
 * What to ask for a visible range. A period: the period with a margin (`windowAround`). The agenda, whose
 * range has no end: the first `need` interviews from its day and a page more, so "show more" is drawn at
 * once; everything from its day when `need` is infinite (a filter is on, and counts every match).
 */
export function requestFor(range: TimeWindow, need: number): WindowRequest {
  if (Number.isFinite(range.to)) return windowAround(range)
  return Number.isFinite(need) ? { ...range, limit: need + AGENDA_PAGE } : range
}

/** Whether what was fetched for `request` (covering `window`) answers a range and need. */
function answers(request: WindowRequest, window: TimeWindow, range: TimeWindow, need: number): boolean {
  if (covers(window, range)) return true
  const wanted = requestFor(range, need)
  return request.from === wanted.from && wanted.limit !== undefined && (request.limit ?? 0) >= wanted.limit
}

let early: { request: WindowRequest; reply: Promise<Result<Fetched>> } | undefined

/**
 * Asks for the calendar's first window as soon as the settings are known (see boot.ts): the view and day the
 * calendar opens on, in the settings' zone and language. The reply is on its way while React draws the app,
 * instead of being asked for once the calendar has been drawn empty.
 */
export function fetchFirstWindow(settings: Settings, now: number): void {
  const zone = settings.timeZone
  const day = openingDay(settings, now)
  const range = visibleRange(settings.calendarView, day, weekStartFor(settings.language), zone)
  const request = requestFor(range, AGENDA_PAGE)
  early = { request, reply: fetchRequest(request, zone) }
}

/** The day the calendar opens on: the one it showed last, or today. */
export const openingDay = (settings: Settings, now: number): string =>
  settings.calendarDate ?? dayKey(now, settings.timeZone)

/**
 * The early reply, once, when it is for `request` (else it is dropped and the request is sent). An early
 * call that failed is sent again.
 */
function takeEarly(request: WindowRequest, zone: string): Promise<Result<Fetched>> | undefined {
  const found = early?.request
  const reply = early?.reply
  early = undefined
  if (!found || !reply) return undefined
  if (found.from !== request.from || found.to !== request.to || found.limit !== request.limit)
    return undefined
  return reply.then((result) => (result.ok ? result : fetchRequest(request, zone)))
}

/** The list with `interview` put in (or replaced), still sorted by start. */
export function upsert(list: readonly Interview[], interview: Interview): Interview[] {
  const rest = list.filter((item) => item.id !== interview.id)
  const at = rest.findIndex((item) => item.startsAt > interview.startsAt)
  return at === -1 ? [...rest, interview] : [...rest.slice(0, at), interview, ...rest.slice(at)]
}

/**
 * The changes patched in since a fetch was sent. A fetch's reply may have read the store before such a change
 * was written, and would otherwise put the old interview back (a move that was acknowledged, then undone on
 * screen until the next fetch).
 */
export class PatchLog {
  private count = 0
  private readonly changed = new Map<string, { at: number; interview: Interview }>()

  /** Where the log stands as a fetch is sent. */
  mark(): number {
    return this.count
  }

  add(interview: Interview): void {
    this.count += 1
    this.changed.set(interview.id, { at: this.count, interview })
  }

  /**
   * `list`, fetched from `mark`, with every change patched in since then. What came before it is in `list`
   * or older than it, and is forgotten (only the newest fetch's reply is ever used).
   */
  applySince(mark: number, list: readonly Interview[]): Interview[] {
    let result = [...list]
    for (const [id, { at, interview }] of this.changed) {
      if (at <= mark) this.changed.delete(id)
      else result = upsert(result, interview)
    }
    return result
  }
}

/**
 * The interviews of the visible period, fetched by range (with the interviews whose pending proposed times
 * may fall in it), so what the calendar costs grows with what it shows, not with the whole store. The
 * agenda's range has no end: it is fetched as its first `need` interviews and a page more (`requestFor`).
 * A change the app already knows (a reply carrying the stored interview) is patched in without a fetch.
 */
export function useCalendarInterviews(
  range: TimeWindow,
  report: (error: AppError) => void,
  zone: string,
  need = AGENDA_PAGE,
) {
  const [state, setState] = useState<Fetched & { request: WindowRequest }>()
  const [hasAny, setHasAny] = useState<boolean>()
  const latest = useRef(0)
  /** The request sent last: a reload asks it again, even if its reply is not in yet. */
  const asked = useRef<WindowRequest>(undefined)
  const patches = useRef(new PatchLog())

  const load = useCallback(
    async (request: WindowRequest) => {
      const sent = (latest.current += 1)
      asked.current = request
      const since = patches.current.mark()
      const result = await (takeEarly(request, zone) ?? fetchRequest(request, zone))
      if (sent !== latest.current) return // a newer period was asked for meanwhile
      if (!result.ok) return report(result.error)
      // The store may have been read before a change this window patched in while the reply was on its way.
      const interviews = patches.current.applySince(since, result.value.interviews)
      setState({ ...result.value, interviews, request })
      if (interviews.length > 0) return setHasAny(true)
      // An empty period: is the whole calendar empty (then the samples are offered)?
      const any = await call('interviews/list', { limit: 1 })
      if (any.ok) setHasAny(any.value.length > 0)
    },
    [report, zone],
  )

  const wanted =
    state && answers(state.request, state.window, range, need) ? undefined : requestFor(range, need)
  const wantedFrom = wanted?.from
  const wantedTo = wanted?.to
  const wantedLimit = wanted?.limit
  const opened = useRef(false)
  useEffect(() => {
    if (wantedFrom === undefined || wantedTo === undefined) return undefined
    const request = { from: wantedFrom, to: wantedTo, limit: wantedLimit }
    // The first period is asked for at once, ahead of the alerts and reminders (which wait for the first
    // frame): the server answers in turn, and the calendar is what the user waits to see. Later periods wait
    // a task, so that quick steps through them ask for the last one only.
    if (!opened.current) {
      opened.current = true
      void load(request)
      return undefined
    }
    const timer = setTimeout(() => void load(request), 0)
    return () => clearTimeout(timer)
  }, [wantedFrom, wantedTo, wantedLimit, load])

  const reload = useCallback(() => {
    if (asked.current) void load(asked.current)
  }, [load])
  const fetched = useRef(state)
  useEffect(() => {
    fetched.current = state
  })
  const patch = useCallback(
    (interview: Interview) => {
      patches.current.add(interview)
      setHasAny(true)
      setState((current) => current && { ...current, interviews: upsert(current.interviews, interview) })
      // The agenda's window ends at a cut and counts what starts after it: a change that may cross the cut
      // (a new interview, one moved past it or from past it) asks for the window again.
      const shown = fetched.current
      if (!shown || !Number.isFinite(shown.window.to)) return
      const known = shown.interviews.some((item) => item.id === interview.id)
      if (!known || Date.parse(interview.startsAt) >= shown.window.to) reload()
    },
    [reload],
  )

  return {
    interviews: state?.interviews,
    window: state?.window,
    beyond: state?.beyond ?? 0,
    /** A request is on its way for what the view shows (the agenda's first days past what it has). */
    pending: wanted !== undefined,
    hasAny,
    reload,
    patch,
  }
}

/**
 * After a change: the stored interview the reply carried is patched in; without one, the period reloads.
 * Its alerts (and its neighbours') are patched once the patched interview is on screen.
 */
export function usePatchedChange(
  fetched: { reload: () => void; patch: (interview: Interview) => void },
  refresh: (ids?: string[]) => void,
) {
  const { reload: reloadPeriod, patch } = fetched
  const reload = useCallback(() => {
    reloadPeriod()
    refresh()
  }, [reloadPeriod, refresh])
  const changed = useCallback(
    (interview?: Interview) => {
      if (!interview) return reload()
      patch(interview)
      afterPaint(() => refresh([interview.id]))
    },
    [patch, refresh, reload],
  )
  return { reload, changed }
}
