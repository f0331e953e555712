import { useLayoutEffect, useMemo, useState } from 'react'
import { FrameCost, OPENING_SHARE } from '../../../../shared/calendar/progressive'

/** What drawing blocks has cost lately on this machine, shared by every time grid of the window. */
const cost = new FrameCost()

/**
 * How many blocks a time grid draws now, when `total` are to be drawn for `period` (its days). The grid's
 * first period is drawn as it mounts (up to `OPENING_SHARE`); after a step to another period, each frame gets
 * only as many more as this machine styles, lays out and paints in a fraction of a long task (`FrameCost`), so
 * no single task of a step draws a busy week at once. Each share is committed in a task
 * of its own after the frame that painted the previous one, and that frame's time teaches the next share's
 * size. Within one period the limit only grows: a data change (a status, a save) redraws what is drawn at
 * once, and blocks beyond the limit (a period whose interviews arrive later) follow frame by frame.
 * `complete` is true once everything is drawn; until then the grid says it is busy.
 */
export function useDrawLimit(period: string, total: number): { limit: number; complete: boolean } {
  // Each visit to a period starts from one frame's share, read once for it. It is not put into state as the grid
  // renders (React would then run the whole grid's render twice on every step): the state names the visit it
  // belongs to, and a visit that has no state yet draws its first share.
  const visit = useMemo(() => ({ period, share: cost.share() }), [period])
  // The period a grid opens on is drawn in the commit that mounts it, up to OPENING_SHARE blocks.
  const [state, setState] = useState(() => ({ visit, limit: OPENING_SHARE, added: OPENING_SHARE }))
  const current = state.visit === visit ? state : { visit, limit: visit.share, added: visit.share }
  const complete = total <= current.limit
  const { limit, added } = current
  // Scheduled as the share is committed (a layout effect runs in the commit's task), so the frame timed next is
  // the one that draws it; a passive effect may run after that frame and time an empty one.
  useLayoutEffect(() => {
    if (complete) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // The next frame paints this share; a task queued from its start runs once it has.
    const frame = requestAnimationFrame(() => {
      const start = performance.now()
      timer = setTimeout(() => {
        cost.learn(performance.now() - start, added)
        const share = cost.share()
        // Until this visit's first share is followed, the state is still the last visit's.
        setState((s) =>
          (s.visit === visit ? s.limit : limit) === limit ? { visit, limit: limit + share, added: share } : s,
        )
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [complete, visit, limit, added])
  return { limit: complete ? total : limit, complete }
}
