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
import { edges } from './placement'
import './timeGrid.css'
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
 * One interview (or hold) in a time-grid column: a button named for screen readers, placed by its minutes.
 * `at` ("column:index") lets the grid's one set of listeners find it. Away from the viewport (`near` false) it
 * is drawn without its text: the same button, name and place, a fraction of the layout and paint.
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
      <button
        key={key}
        type="button"
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
      </button>
    )
  }
  const alerts = context.alertsOf(interview.id)
  const name = eventName(kit.words, interview, zone, alerts)
  let className = `block status-${interview.status}`
  if (interview.id === context.selectedId) className += ' selected'
  if (p.continuesBefore) className += ' cut-top'
  if (p.continuesAfter) className += ' cut-bottom'
  if (draggedId === interview.id) className += ' dragging'
  const button = {
    type: 'button' as const,
    className,
    style: edges(p),
    'aria-label': name,
    title: name,
    'data-block': at,
  }
  if (!near) return <button key={key} {...button} />
  const texts = textsOf(interview, zone)
  const worst = worstSeverity(alerts)
  return (
    // Keyed by place, not by interview: moving to another week updates these buttons in place instead of
    // replacing hundreds of them. Both lines are one box (timeGrid.css keeps its line break): the time and the
    // position are its own text, only the company has a box of its own, for its weight and colour.
    <button key={key} {...button}>
      <span className={`ev-line mode-${interview.mode}`}>
        {`${texts.start} `}
        <span
          className="ev-company"
          title={texts.short === interview.company ? undefined : interview.company}
        >
          {texts.short}
        </span>
        {p.bottom - p.top >= 45 && `\n${interview.position}`}
      </span>
      {worst && (
        <span className={`ev-mark mark-${worst}`} title={kit.alertText(alerts)} aria-hidden="true">
          {worst === 'info' ? 'i' : '!'}
        </span>
      )}
    </button>
  )
}
