import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import type { Overflow } from '../../../../shared/calendar/overflow'
import { instantMs } from '../../../../shared/time'
import { EventLabel, eventName, type EventWords } from './EventLabel'
import { holdOf } from './holdItems'
import { HoldLabel } from './HoldLabel'
import { fillTexts, memoText, textsOf } from './labels'
import { languageOf } from '../../i18n/clock'
import { percent, placement } from './placement'
import type { ViewContext } from './viewContext'

/** The "+N" texts, translated once per view rather than once per button. */
export interface OverflowTexts {
  button: (count: number, from: string, to: string) => string
  short: (count: number) => string
  list: (from: string, to: string) => string
}

export function useOverflowTexts(): OverflowTexts {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    // Counts repeat and times only fill in: each text is looked up once per count and language.
    const button = memoText((count: number) =>
      fillTexts((from, to) => t('calendar.overflow', { count, from, to })),
    )
    const list = fillTexts((from, to) => t('calendar.overflowList', { from, to }))
    return {
      button: (count, from, to) => button(count)(from, to),
      short: memoText((count: number) => t('calendar.overflowShort', { count })),
      list,
    }
    // The language is what changes the texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language])
}

interface OverflowButtonProps {
  context: ViewContext
  run: Overflow<Interview>
  words: EventWords
  texts: OverflowTexts
  holdName: (item: Interview, zone: string) => string
  opensLeft: boolean
}

/**
 * "+N" in a crowded hour of the week or day view: a button over the interviews that did not fit side by side,
 * which opens them as a list. The list takes the focus; Escape or choosing an interview closes it and gives
 * the focus back.
 */
export function OverflowButton({ context, run, words, texts, holdName, opensLeft }: OverflowButtonProps) {
  // Open for the run whose first interview this is: another week drawn in the same place closes it.
  const [openFor, setOpenFor] = useState<Interview>()
  const open = openFor !== undefined && openFor === run.items[0]
  const button = useRef<HTMLButtonElement>(null)
  const list = useRef<HTMLDivElement>(null)
  const { zone } = context
  const language = languageOf(context.locale)
  const from = textsOf(run.items[0]!, zone, language).start
  const to = textsOf(lastToEnd(run.items), zone, language).end
  const count = run.items.length

  useEffect(() => {
    if (open) list.current?.querySelector<HTMLElement>('button')?.focus()
  }, [open])

  const close = () => {
    setOpenFor(undefined)
    button.current?.focus()
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="block overflow"
        style={placement(run)}
        aria-expanded={open}
        aria-label={texts.button(count, from, to)}
        onClick={() => setOpenFor(open ? undefined : run.items[0])}
      >
        {texts.short(count)}
      </button>
      {open && (
        <div
          ref={list}
          role="group"
          aria-label={texts.list(from, to)}
          className={`tg-overflow${opensLeft ? ' opens-left' : ''}`}
          style={{ top: percent(run.top) }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            event.stopPropagation()
            close()
          }}
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null
            if (next !== button.current && !event.currentTarget.contains(next)) setOpenFor(undefined)
          }}
        >
          {run.items.map((item) => {
            const hold = holdOf(item)
            const name = hold ? holdName(item, zone) : eventName(words, item, zone, context.alertsOf(item.id))
            return (
              <button
                key={item.id}
                type="button"
                className={hold ? 'chip hold' : `chip status-${item.status}`}
                aria-label={name}
                title={name}
                onClick={() => {
                  context.select(item)
                  close()
                }}
              >
                {hold ? (
                  <HoldLabel item={item} zone={zone} />
                ) : (
                  <EventLabel interview={item} zone={zone} alerts={context.alertsOf(item.id)} />
                )}
              </button>
            )
          })}
        </div>
      )}
    </>
  )
}

/**
 * The interview of a run that ends last. Its end is the run's: only that one's texts are worked out, not those
 * of every hidden interview (a busy week hides more than it draws, and each step shows new ones).
 */
function lastToEnd(items: readonly Interview[]): Interview {
  let last = items[0]!
  let lastEnd = instantMs(last.endsAt)
  for (const item of items) {
    const end = instantMs(item.endsAt)
    if (end > lastEnd) {
      last = item
      lastEnd = end
    }
  }
  return last
}
