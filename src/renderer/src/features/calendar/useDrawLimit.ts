import { useEffect, useState } from 'react'

/**
 * How many blocks a time grid draws now, when `total` are to be drawn for `period` (its days): at most
 * `perFrame` more each frame after the period opens, so no single task has to style, lay out and paint a busy
 * week at once. Each step is committed in its own task after the frame that painted the previous one. Within
 * one period the limit only grows: a data change (a status, a save) redraws what is drawn at once, and blocks
 * beyond the limit (a period whose interviews arrive later) follow frame by frame. `complete` is true once
 * everything is drawn; until then the grid says it is busy.
 */
export function useDrawLimit(
  period: string,
  total: number,
  perFrame: number,
): { limit: number; complete: boolean } {
  const [state, setState] = useState({ period, limit: perFrame })
  const current = state.period === period ? state : { period, limit: perFrame }
  // A new period starts from the first frame's share (React re-renders before committing anything).
  if (current !== state) setState(current)
  const complete = total <= current.limit
  useEffect(() => {
    if (complete) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // After the next frame has painted this share, commit the next in a task of its own.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() =>
        setState((s) => (s.period === period ? { period, limit: s.limit + perFrame } : s)),
      )
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [complete, period, current.limit, perFrame])
  return { limit: complete ? total : current.limit, complete }
}
