import { useCallback, useEffect, useRef, useState } from 'react'
import { visibleRange } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import type { Settings } from '../../../../shared/model/settings'
import type { AppError, Result } from '../../../../shared/result'
import { dayKey } from '../../../../shared/time'
import { call } from '../../api/client'
import { weekStartFor } from '../../i18n'

export interface TimeWindow {
  from: number
  /** Infinity: everything from `from` on (the agenda). */
  to: number
}

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

/** The interviews of a window, with the holds of pending requests whose proposed times fall in it. */
const listWindow = (window: TimeWindow): Promise<Result<Interview[]>> =>
  call('interviews/list', {
    from: new Date(window.from).toISOString(),
    ...(Number.isFinite(window.to) ? { to: new Date(window.to).toISOString() } : {}),
    withHolds: true,
  })

let early: { window: TimeWindow; reply: Promise<Result<Interview[]>> } | undefined

/**
 * Asks for the calendar's first window as soon as the settings are known (see boot.ts): the view and day the
 * calendar opens on, in the settings' zone and language. The reply is on its way while React draws the app,
 * instead of being asked for once the calendar has been drawn empty.
 */
export function fetchFirstWindow(settings: Settings, now: number): void {
  const zone = settings.timeZone
  const day = openingDay(settings, now)
  const window = windowAround(visibleRange(settings.calendarView, day, weekStartFor(settings.language), zone))
  early = { window, reply: listWindow(window) }
}

/** The day the calendar opens on: the one it showed last, or today. */
export const openingDay = (settings: Settings, now: number): string =>
  settings.calendarDate ?? dayKey(now, settings.timeZone)

/**
 * The early reply, once, when it is for `window` (else it is dropped and the window is asked for). An early
 * call that failed is sent again.
 */
function takeEarly(window: TimeWindow): Promise<Result<Interview[]>> | undefined {
  const found = early
  early = undefined
  if (!found || found.window.from !== window.from || found.window.to !== window.to) return undefined
  return found.reply.then((result) => (result.ok ? result : listWindow(window)))
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
 * may fall in it), so what the calendar costs grows with what it shows, not with the whole store. A change
 * the app already knows (a reply carrying the stored interview) is patched in without a fetch.
 */
export function useCalendarInterviews(range: TimeWindow, report: (error: AppError) => void) {
  const [state, setState] = useState<{ window: TimeWindow; interviews: Interview[] }>()
  const [hasAny, setHasAny] = useState<boolean>()
  const latest = useRef(0)
  const patches = useRef(new PatchLog())

  const load = useCallback(
    async (window: TimeWindow) => {
      const request = (latest.current += 1)
      const since = patches.current.mark()
      const result = await (takeEarly(window) ?? listWindow(window))
      if (request !== latest.current) return // a newer period was asked for meanwhile
      if (!result.ok) return report(result.error)
      // The store may have been read before a change this window patched in while the reply was on its way.
      setState({ window, interviews: patches.current.applySince(since, result.value) })
      if (result.value.length > 0) return setHasAny(true)
      // An empty period: is the whole calendar empty (then the samples are offered)?
      const any = await call('interviews/list', { limit: 1 })
      if (any.ok) setHasAny(any.value.length > 0)
    },
    [report],
  )

  const wanted = state && covers(state.window, range) ? undefined : windowAround(range)
  const wantedFrom = wanted?.from
  const wantedTo = wanted?.to
  const opened = useRef(false)
  useEffect(() => {
    if (wantedFrom === undefined || wantedTo === undefined) return undefined
    // The first period is asked for at once, ahead of the alerts and reminders (which wait for the first
    // frame): the server answers in turn, and the calendar is what the user waits to see. Later periods wait
    // a task, so that quick steps through them ask for the last one only.
    if (!opened.current) {
      opened.current = true
      void load({ from: wantedFrom, to: wantedTo })
      return undefined
    }
    const timer = setTimeout(() => void load({ from: wantedFrom, to: wantedTo }), 0)
    return () => clearTimeout(timer)
  }, [wantedFrom, wantedTo, load])

  const window = state?.window
  const reload = useCallback(() => {
    if (window) void load(window)
  }, [window, load])
  const patch = useCallback((interview: Interview) => {
    patches.current.add(interview)
    setHasAny(true)
    setState((current) => current && { ...current, interviews: upsert(current.interviews, interview) })
  }, [])

  return { interviews: state?.interviews, window, hasAny, reload, patch }
}
