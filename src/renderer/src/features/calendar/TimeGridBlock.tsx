import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Placed } from '../../../../shared/calendar/layout'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { wallClock } from '../../../../shared/time'
import { useNoticeWords } from '../../i18n/useNoticeWords'
import { eventName, useEventWords, type EventWords } from './EventLabel'
import { holdOf } from './holdItems'
import { useHoldName } from './HoldLabel'
import { textsOf, worstSeverity } from './labels'
import { languageOf } from '../../i18n/clock'
import { edges } from './placement'
import './timeGrid.css'
// Their images, loaded before the first chip or block asks for them.
import './modeIcons'
import type { ViewContext } from './viewContext'

/**
 * The words every block of a week or day view needs, looked up once per view: a block is drawn by a plain
 * function with no hooks of its own, since a busy week draws hundreds of them.
 */
export interface BlockKit {
  words: EventWords
  holdName: (item: Interview, zone: string) => string
  holdText: (company: string) => string
  alertText: (alerts: readonly Alert[]) => string
}

export function useBlockKit(): BlockKit {
  const { t } = useTranslation()
  const words = useEventWords()
  const holdName = useHoldName()
  const word = useNoticeWords()
  return useMemo(
    () => ({
      words,
      holdName,
      holdText: (company) => t('reschedule.hold', { company }),
      alertText: (alerts) => alerts.map((alert) => word(alert)).join('\n'),
    }),
    // `words` changes with the language, and so do the rest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [words, word],
  )
}

/** Minutes at the bottom of a block where a press resizes instead of moving, in pixels. */
export const RESIZE_EDGE_PX = 6

/**
 * One interview (or hold) in a time-grid column: a `role="button"` element in the tab order, named for screen
 * readers, placed by its minutes. `at` ("column:index") lets the grid's one set of listeners find it; they
 * also press it with Enter or Space (`useGridEvents`). Away from the viewport (`near` false) it is drawn
 * without its text: the same element, name and place, a fraction of the layout and paint.
 *
 * Not a <button>: Chromium lays a button's content out in an anonymous box centred in it, so a block's text
 * needs a box of its own (to start at the top, where its icon is) and every step to another week styles and
 * lays out three boxes per block instead of two (measured: 440 elements restyled per step against 308).
 */
export function timeGridBlock(
  p: Placed<Interview>,
  at: string,
  near: boolean,
  kit: BlockKit,
  context: ViewContext,
  draggedId: string | undefined,
) {
  const interview = p.item
  const { zone } = context
  const key = at.slice(at.indexOf(':') + 1)
  if (holdOf(interview)) {
    const name = kit.holdName(interview, zone)
    return (
      <div
        key={key}
        role="button"
        tabIndex={0}
        className="block hold"
        style={edges(p)}
        aria-label={name}
        title={name}
        data-block={at}
      >
        {near && (
          <span className="ev-line">
            {`${wallClock(interview.startsAt, zone).time} `}
            <span className="ev-company">{kit.holdText(interview.company)}</span>
          </span>
        )}
      </div>
    )
  }
  const alerts = context.alertsOf(interview.id)
  const name = eventName(kit.words, interview, zone, alerts)
  let className = `block status-${interview.status}`
  if (interview.id === context.selectedId) className += ' selected'
  if (p.continuesBefore) className += ' cut-top'
  if (p.continuesAfter) className += ' cut-bottom'
  if (draggedId === interview.id) className += ' dragging'
  const block = {
    role: 'button',
    tabIndex: 0,
    style: edges(p),
    'aria-label': name,
    title: name,
    'data-block': at,
  }
  if (!near) return <div key={key} className={className} {...block} />
  const texts = textsOf(interview, zone, languageOf(context.locale))
  const worst = worstSeverity(alerts)
  return (
    // Keyed by place, not by interview: moving to another week updates these elements in place instead of
    // replacing hundreds of them. Both lines are the block's own text (timeGrid.css keeps its line break and
    // draws the mode icon as its background): only the company has a box, for its weight and colour.
    <div key={key} className={`${className} mode-${interview.mode}`} {...block}>
      {`${texts.start} `}
      <span className="ev-company" title={texts.short === interview.company ? undefined : interview.company}>
        {texts.short}
      </span>
      {p.bottom - p.top >= 45 && `\n${interview.position}`}
      {worst && (
        <span className={`ev-mark mark-${worst}`} title={kit.alertText(alerts)} aria-hidden="true">
          {worst === 'info' ? 'i' : '!'}
        </span>
      )}
    </div>
  )
}
