import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { format } from 'date-fns'
import type { Interview, Status } from '../../../../shared/model/interview'
import { addDays } from '../../../../shared/calendar/layout'
import { AgendaItem, type AgendaActions } from '../agenda/AgendaItem'
import { holdOf } from './holdItems'
import { afterPaint } from '../../ui/afterPaint'
import { useHoldName } from './HoldLabel'
import { AGENDA_PAGE } from './useCalendarInterviews'
import type { ViewContext } from './viewContext'

/** Interviews that will not take place, left out of a day's count. */
const CALLED_OFF: ReadonlySet<Status> = new Set(['cancelled', 'declined'])

interface AgendaViewProps extends AgendaActions {
  context: ViewContext
  days: [string, Interview[]][]
  /**
   * How many interviews to draw (whole days), how many start after the fetched ones, and "show more"
   * (see useAgendaLimit).
   */
  page: { limit: number; beyond: number; showUpTo: (limit: number) => void; pending: boolean }
  now: number
}

/**
 * The items' actions, the same object for as long as the agenda is shown: each calls the latest of the
 * agenda's props, which the calendar makes anew at every drawing.
 */
function useStableActions(props: AgendaActions): AgendaActions {
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  return useMemo(
    () => ({
      onMessage: (interview, kind) => latest.current.onMessage(interview, kind),
      onSelect: (interview) => latest.current.onSelect(interview),
      onEdit: (interview) => latest.current.onEdit(interview),
      onDelete: (interview) => latest.current.onDelete(interview),
      onStatus: (interview, status) => latest.current.onStatus(interview, status),
    }),
    [],
  )
}

/**
 * How many interviews the agenda draws from its first day: a page, then as many as "show more" asks for;
 * a page again when it starts from another day. `need` is how many it must have fetched: all of them while
 * a filter is on, which counts every match from the agenda's day on.
 */
export function useAgendaLimit(date: string, filtering: boolean) {
  const [chosen, setChosen] = useState({ from: date, count: AGENDA_PAGE })
  const limit = chosen.from === date ? chosen.count : AGENDA_PAGE
  const need = filtering ? Number.POSITIVE_INFINITY : limit
  return { limit, need, showUpTo: (count: number) => setChosen({ from: date, count }) }
}

/**
 * The days to draw: whole days until at least `limit` interviews are in, and how many are left for "show
 * more". A day is never cut, so a limit past what is drawn always draws another day. A store of thousands
 * then costs a page of items, not all of them.
 */
export function agendaPage(days: [string, Interview[]][], limit: number) {
  let shown = 0
  let count = 0
  while (count < days.length && shown < limit) {
    shown += days[count]![1].length
    count += 1
  }
  const total = days.reduce((sum, [, list]) => sum + list.length, 0)
  return { days: days.slice(0, count), shown, rest: total - shown }
}

/**
 * What "show more" adds to a page: the next whole days up to about a page, counted from what is fetched (the
 * window holds them: see fetchFirst). Past a day of more than a page, the next day is not fetched yet: then a
 * page is asked for and the count is a page's.
 */
export function nextPage(
  days: [string, Interview[]][],
  page: { days: unknown[]; shown: number; rest: number },
) {
  const next = agendaPage(days.slice(page.days.length), AGENDA_PAGE).shown
  const count = next > 0 ? next : Math.min(page.rest, AGENDA_PAGE)
  return { count, limit: page.shown + count }
}

/**
 * Interviews the agenda draws in the frame that first shows it (whole days): about two screens. The rest of
 * its page follows in the next task, so the top of the list is on screen without waiting for a hundred items
 * (each with its actions and status picker) to be built, styled and laid out.
 */
export const AGENDA_OPENING = 20

/** Whether the agenda has drawn past its opening share: from the task after its first frame. */
function useOpened(): boolean {
  const [opened, setOpened] = useState(false)
  useEffect(() => (opened ? undefined : afterPaint(() => setOpened(true))), [opened])
  return opened
}

/**
 * The agenda: the interviews from the chosen day on, a page at a time, grouped by day, with their actions at
 * hand.
 */
export function AgendaView(props: AgendaViewProps) {
  const { context, days: allDays, page, now } = props
  const actions = useStableActions(props)
  const { t } = useTranslation()
  const opened = useOpened()
  const full = agendaPage(allDays, page.limit)
  const drawn = opened ? full : agendaPage(allDays, Math.min(page.limit, AGENDA_OPENING))
  // The opening share stands for a longer page: the list says it is busy, and "show more" waits.
  const opening = drawn.days.length < full.days.length
  const { days } = drawn
  const rest = drawn.rest + page.beyond
  const next = nextPage(allDays, { ...full, rest })
  const holdName = useHoldName()
  const { today, locale, zone } = context
  const tomorrow = addDays(today, 1)
  const heading = (day: string) => {
    const date = format(new Date(`${day}T12:00:00`), 'EEEE, d MMMM yyyy', { locale })
    const relative = day === today ? t('agenda.today') : day === tomorrow ? t('agenda.tomorrow') : undefined
    return relative ? `${relative} · ${date}` : date
  }
  /**
   * What the day holds: its interviews that will take place (not the cancelled or declined ones), and apart
   * from them the times proposed to a company, which are not interviews yet.
   */
  const dayCount = (list: readonly Interview[]) => {
    const held = list.filter(holdOf).length
    const interviews = list.filter((item) => !holdOf(item) && !CALLED_OFF.has(item.status)).length
    return [
      interviews > 0 || held === 0 ? t('agenda.count', { count: interviews }) : undefined,
      held > 0 ? t('agenda.held', { count: held }) : undefined,
    ]
      .filter(Boolean)
      .join(' · ')
  }
  // Nothing fetched from this day yet (a step past the days fetched) is not nothing to come.
  if (days.length === 0)
    return <p className="muted">{t(page.pending ? 'app.loading' : 'calendar.nothingFrom')}</p>
  return (
    <div className="agenda" aria-busy={opening ? true : undefined}>
      {days.map(([day, list]) => (
        <section key={day} className="agenda-day" aria-label={heading(day)}>
          <h2 className={day === today ? 'day today' : 'day'}>
            {heading(day)} <span className="count">{dayCount(list)}</span>
          </h2>
          <ul className="agenda-list">
            {list.map((interview, index) =>
              holdOf(interview) ? (
                <li key={`hold-${index}`} className="agenda-item hold">
                  <button type="button" className="link" onClick={() => actions.onSelect(interview)}>
                    {holdName(interview, zone)}
                  </button>
                </li>
              ) : (
                <AgendaItem
                  key={interview.id}
                  interview={interview}
                  alerts={context.alertsOf(interview.id)}
                  now={now}
                  zone={zone}
                  actions={actions}
                  selected={interview.id === context.selectedId}
                />
              ),
            )}
          </ul>
        </section>
      ))}
      {!opening && rest > 0 && (
        <button type="button" className="agenda-more" onClick={() => page.showUpTo(next.limit)}>
          {t('agenda.more', { count: next.count, total: rest })}
        </button>
      )}
    </div>
  )
}
