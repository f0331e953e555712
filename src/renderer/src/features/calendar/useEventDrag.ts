import { useRef, useState, type PointerEvent } from 'react'
import type { Interview } from '../../../../shared/model/interview'
import { droppedTimes, MINUTES_PER_DAY } from '../../../../shared/calendar/layout'

export type DragKind = 'move' | 'resize'

/** Where the pointer is: a day (a month cell or a time-grid column) and, in a column, the minute of the day. */
export interface DropPoint {
  day: string
  minutes?: number
}

export interface DragPreview {
  interview: Interview
  kind: DragKind
  point: DropPoint
  /** Minutes between the interview's top edge and where it was grabbed (moves in a time grid). */
  grab: number
}

/** The times the interview gets if the drag ends here. */
export function dropOf(drag: DragPreview, zone: string): { startsAt: string; endsAt: string } {
  const { day, minutes } = drag.point
  return droppedTimes(
    drag.interview,
    { kind: drag.kind, day, grab: drag.grab, ...(minutes === undefined ? {} : { minutes }) },
    zone,
  )
}

/** Pixels the pointer must travel before a press becomes a drag rather than a click. */
const THRESHOLD = 4

/** The day cell or column under the pointer (elements marked `data-day`; the drag ghost lets the pointer through). */
function pointAt(x: number, y: number): DropPoint | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const target = (element as HTMLElement).closest<HTMLElement>('[data-day]')
    if (!target?.dataset.day) continue
    if (target.dataset.timed === undefined) return { day: target.dataset.day }
    const box = target.getBoundingClientRect()
    return { day: target.dataset.day, minutes: ((y - box.top) / box.height) * MINUTES_PER_DAY }
  }
  return undefined
}

/**
 * Pointer dragging of interviews in the month and time-grid views: a press that travels becomes a drag
 * (the pointer is captured, a preview follows it), releasing hands the drop point to `onDrop`. A press that
 * does not travel stays a click.
 */
export function useEventDrag(onDrop: (drag: DragPreview) => void) {
  const [preview, setPreview] = useState<DragPreview>()
  const pending = useRef<{ x: number; y: number; drag: Omit<DragPreview, 'point'>; active: boolean }>(
    undefined,
  )
  /** Set when a drag ends, so the click that follows the release does not also open the interview. */
  const justDragged = useRef(false)

  /**
   * A press on an interview's drawing (`element`, which takes the pointer until release). `top`: where the
   * drawing begins in a time grid (minutes), to keep the grab point under the pointer.
   */
  const press = (
    event: PointerEvent<HTMLElement>,
    element: Element,
    interview: Interview,
    kind: DragKind,
    top?: number,
  ) => {
    if (event.button !== 0) return
    event.stopPropagation()
    element.setPointerCapture?.(event.pointerId)
    const at = pointAt(event.clientX, event.clientY)?.minutes
    const grab = top !== undefined && at !== undefined ? at - top : 0
    pending.current = { x: event.clientX, y: event.clientY, drag: { interview, kind, grab }, active: false }
  }
  const move = (event: PointerEvent<HTMLElement>) => {
    const current = pending.current
    if (!current) return
    if (!current.active && Math.hypot(event.clientX - current.x, event.clientY - current.y) < THRESHOLD)
      return
    current.active = true
    const point = pointAt(event.clientX, event.clientY)
    if (point) setPreview({ ...current.drag, point })
  }
  const release = (event: PointerEvent<HTMLElement>) => {
    const current = pending.current
    pending.current = undefined
    if (!current?.active) return
    justDragged.current = true
    setTimeout(() => (justDragged.current = false), 0)
    setPreview(undefined)
    const point = pointAt(event.clientX, event.clientY)
    if (point) onDrop({ ...current.drag, point })
  }
  const cancel = () => {
    pending.current = undefined
    setPreview(undefined)
  }

  /** Handlers for one drawing (the month view's chips); the time grid delegates to `press` and the rest. */
  const handlers = (interview: Interview, kind: DragKind, top?: number) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) =>
      press(event, event.currentTarget, interview, kind, top),
    onPointerMove: move,
    onPointerUp: release,
    onPointerCancel: cancel,
  })

  return { preview, handlers, press, move, release, cancel, wasDrag: () => justDragged.current }
}
