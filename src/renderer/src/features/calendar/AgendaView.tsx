import { useTranslation } from 'react-i18next'
import { format } from 'date-fns'
import type { Interview, Status } from '../../../../shared/model/interview'
import type { DraftKind } from '../../../../shared/drafts/types'
import { addDays } from '../../../../shared/calendar/layout'
import { AgendaItem } from '../agenda/AgendaItem'
import { holdOf } from './holdItems'
import { useHoldName } from './HoldLabel'
import type { ViewContext } from './viewContext'

interface AgendaViewProps {
  context: ViewContext
  days: [string, Interview[]][]
  now: number
  onMessage: (interview: Interview, kind: DraftKind) => void
  onSelect: (interview: Interview) => void
  onEdit: (interview: Interview) => void
  onDelete: (interview: Interview) => void
  onStatus: (interview: Interview, status: Status) => void
}

/** The agenda: every interview from the chosen day on, grouped by day, with its actions at hand. */
export function AgendaView(props: AgendaViewProps) {
  const { context, days, now, onMessage, onSelect, onEdit, onDelete, onStatus } = props
  const { t } = useTranslation()
  const holdName = useHoldName()
  const { today, locale, zone } = context
  const tomorrow = addDays(today, 1)
  const heading = (day: string) => {
    const date = format(new Date(`${day}T12:00:00`), 'EEEE, d MMMM yyyy', { locale })
    const relative = day === today ? t('agenda.today') : day === tomorrow ? t('agenda.tomorrow') : undefined
    return relative ? `${relative} · ${date}` : date
  }
  if (days.length === 0) return <p className="muted">{t('calendar.nothingFrom')}</p>
  return (
    <div className="agenda">
      {days.map(([day, list]) => (
        <section key={day} className="agenda-day" aria-label={heading(day)}>
          <h2 className={day === today ? 'day today' : 'day'}>
            {heading(day)} <span className="count">{t('agenda.count', { count: list.length })}</span>
          </h2>
          <ul className="agenda-list">
            {list.map((interview, index) =>
              holdOf(interview) ? (
                <li key={`hold-${index}`} className="agenda-item hold">
                  <button type="button" className="link" onClick={() => onSelect(interview)}>
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
                  onMessage={(kind) => onMessage(interview, kind)}
                  onSelect={() => onSelect(interview)}
                  selected={interview.id === context.selectedId}
                  onEdit={() => onEdit(interview)}
                  onDelete={() => onDelete(interview)}
                  onStatus={(status) => onStatus(interview, status)}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  )
}
