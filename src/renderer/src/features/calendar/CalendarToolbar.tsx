import { useTranslation } from 'react-i18next'
import { DateField } from '../../ui/DateField'
import { dayKeyOfText } from '../../ui/dateText'
import { CALENDAR_VIEWS, type CalendarView } from '../../../../shared/calendar/layout'

interface CalendarToolbarProps {
  view: CalendarView
  date: string
  title: string
  onToday: () => void
  onStep: (direction: 1 | -1) => void
  onJump: (date: string) => void
  onView: (view: CalendarView) => void
  onNew: () => void
}

/** Today, previous/next, the period shown, a date to jump to, the view switch and "New interview". */
export function CalendarToolbar({
  view,
  date,
  title,
  onToday,
  onStep,
  onJump,
  onView,
  onNew,
}: CalendarToolbarProps) {
  const { t } = useTranslation()
  return (
    <header className="calendar-toolbar">
      <div className="period">
        <button type="button" onClick={onToday} aria-keyshortcuts="t">
          {t('calendar.today')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.previous')}
          onClick={() => onStep(-1)}
        >
          ‹
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.next')}
          onClick={() => onStep(1)}
        >
          ›
        </button>
        <h1 id="calendar-title" aria-live="polite">
          {title}
        </h1>
        <DateField
          className="jump"
          aria-label={t('calendar.jump')}
          value={date}
          onChange={(value) => dayKeyOfText(value) && onJump(value)}
        />
      </div>
      <div className="view-switch" role="group" aria-label={t('calendar.viewLabel')}>
        {CALENDAR_VIEWS.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={view === name}
            aria-keyshortcuts={name[0]}
            onClick={() => onView(name)}
          >
            {t(`calendar.views.${name}`)}
          </button>
        ))}
      </div>
      <button type="button" className="primary" aria-keyshortcuts="n" onClick={onNew}>
        {t('agenda.newInterview')}
      </button>
    </header>
  )
}
