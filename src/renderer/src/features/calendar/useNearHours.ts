import { useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { nearHours, sameRange, type MinuteRange } from '../../../../shared/calendar/nearHours'

/**
 * The minutes of the day a time grid draws in full, following its scroll viewport. Before the grid is laid
 * out its height is unknown, so the first render assumes the window's height from where the grid opens
 * (`openAt`, pixels): it cannot show more than that. The viewport is first read in the first frame, after the
 * opening scroll (the grid's earlier frame callback) and before that frame lays out and paints: reading it in
 * the commit would force a layout there. A range found then is drawn before the frame paints.
 */
export function useNearHours(
  scroller: RefObject<HTMLElement | null>,
  openAt: number,
  hourPx: number,
): MinuteRange | undefined {
  const [range, setRange] = useState(() => nearHours(openAt, window.innerHeight, hourPx))
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const update = () => {
      const next = nearHours(element.scrollTop, element.clientHeight, hourPx)
      setRange((current) => (sameRange(current, next) ? current : next))
    }
    // Drawn within this frame (a synchronous render), so the first paint already shows the viewport's range.
    const frame = requestAnimationFrame(() => flushSync(update))
    element.addEventListener('scroll', update, { passive: true })
    window.addEventListener('resize', update)
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
    }
  }, [scroller, hourPx])
  return range
}
