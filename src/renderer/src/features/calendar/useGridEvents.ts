import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react'
import { clockAt, MINUTES_PER_DAY, type Placed } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import { holdOf } from './holdItems'
import { RESIZE_EDGE_PX } from './TimeGridBlock'
import type { ViewContext } from './viewContext'

/**
 * The time grid's one set of pointer and click listeners: a block is found from the event's target by its
 * `data-block` ("column:index" into `shown`), so no block carries handlers of its own. A press on a block
 * starts a move, or a resize on its lower edge; a click selects it, and so do Enter and Space on a focused
 * one (blocks are `role="button"` elements, which the browser does not press by key); a click on a column's
 * empty part creates an interview at that half hour.
 */
export function useGridEvents(context: ViewContext, shown: readonly (readonly Placed<Interview>[])[]) {
  const { drag } = context
  const blockAt = (target: EventTarget) => {
    const element = (target as Element).closest?.<HTMLElement>('[data-block]')
    const [column, index] = (element?.dataset.block ?? '').split(':').map(Number)
    const placed = shown[column ?? -1]?.[index ?? -1]
    return element && placed ? { element, placed } : undefined
  }

  /** A press here resizes: the lower edge of an interview that ends on this day. */
  const atEdge = ({ element, placed }: { element: HTMLElement; placed: Placed<Interview> }, y: number) =>
    !placed.continuesAfter &&
    !holdOf(placed.item) &&
    y >= element.getBoundingClientRect().bottom - RESIZE_EDGE_PX

  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      const block = blockAt(event.target)
      if (!block || holdOf(block.placed.item)) return
      const kind = atEdge(block, event.clientY) ? 'resize' : 'move'
      drag.press(event, block.element, block.placed.item, kind, block.placed.top)
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      drag.move(event)
      // The resize cursor over a lower edge, set where the pointer is rather than drawn into every block.
      const block = event.pointerType === 'touch' ? undefined : blockAt(event.target)
      if (block) block.element.style.cursor = atEdge(block, event.clientY) ? 'ns-resize' : ''
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      const block = blockAt(event.target)
      if (!block || block.element !== event.target) return
      // Handled here: the grid's own keys (Enter starts an interview in the focused slot) are not for it.
      event.preventDefault()
      event.stopPropagation()
      context.select(block.placed.item)
    },
    onPointerUp: drag.release,
    onPointerCancel: drag.cancel,
    onClick: (event: MouseEvent<HTMLElement>) => {
      const block = blockAt(event.target)
      if (block) {
        if (holdOf(block.placed.item) || !drag.wasDrag()) context.select(block.placed.item)
        return
      }
      const column = event.target as HTMLElement
      const day = column.dataset?.day
      if (day === undefined || column.dataset.timed === undefined) return
      const box = column.getBoundingClientRect()
      const minutes = ((event.clientY - box.top) / box.height) * MINUTES_PER_DAY
      context.create(day, clockAt(Math.floor(minutes / 30) * 30, 30))
    },
  }
}
