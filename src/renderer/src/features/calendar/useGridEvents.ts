import type { MouseEvent, PointerEvent } from 'react'
import { clockAt, MINUTES_PER_DAY, type Placed } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import { holdOf } from './holdItems'
import { RESIZE_EDGE_PX } from './TimeGridBlock'
import type { ViewContext } from './viewContext'

/**
 * The time grid's one set of pointer and click listeners: a block is found from the event's target by its
 * `data-block` ("column:index" into `shown`), so no block carries handlers of its own. A press on a block
 * starts a move, or a resize on its lower edge; a click selects it; a click on a column's empty part creates
 * an interview at that half hour.
 */
export function useGridEvents(context: ViewContext, shown: readonly (readonly Placed<Interview>[])[]) {
  const { drag } = context
  const blockAt = (target: EventTarget) => {
    const element = (target as Element).closest?.<HTMLElement>('[data-block]')
    const [column, index] = (element?.dataset.block ?? '').split(':').map(Number)
    const placed = shown[column ?? -1]?.[index ?? -1]
    return element && placed ? { element, placed } : undefined
  }

  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      const block = blockAt(event.target)
      if (!block || holdOf(block.placed.item)) return
      const { element, placed } = block
      const edge =
        !placed.continuesAfter && event.clientY >= element.getBoundingClientRect().bottom - RESIZE_EDGE_PX
      drag.press(event, element, placed.item, edge ? 'resize' : 'move', placed.top)
    },
    onPointerMove: drag.move,
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
