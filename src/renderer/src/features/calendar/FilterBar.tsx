import { useTranslation } from 'react-i18next'
import { isFiltering, NO_FILTER, type CalendarFilter } from '../../../../shared/calendar/filter'
import { MODES, STATUSES } from '../../../../shared/model/values'
import { ModeIcon } from '../../ui/icons'

interface FilterBarProps {
  filter: CalendarFilter
  onChange: (filter: CalendarFilter) => void
  shown: number
  total: number
}

const toggle = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value]

/** Search and filters for every view: text, statuses and modes (none chosen = all). */
export function FilterBar({ filter, onChange, shown, total }: FilterBarProps) {
  const { t } = useTranslation()
  return (
    <div className="calendar-filters">
      <input
        type="search"
        className="search"
        placeholder={t('agenda.search')}
        aria-label={t('agenda.search')}
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <div className="filter-group" role="group" aria-label={t('calendar.filterStatus')}>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`toggle status-${status}`}
            aria-pressed={filter.statuses.includes(status)}
            onClick={() => onChange({ ...filter, statuses: toggle(filter.statuses, status) })}
          >
            {t(`status.${status}`)}
          </button>
        ))}
      </div>
      <div className="filter-group" role="group" aria-label={t('calendar.filterMode')}>
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            className="toggle"
            aria-pressed={filter.modes.includes(mode)}
            onClick={() => onChange({ ...filter, modes: toggle(filter.modes, mode) })}
          >
            <ModeIcon mode={mode} /> {t(`mode.${mode}`)}
          </button>
        ))}
      </div>
      {isFiltering(filter) && (
        <>
          <span className="muted" role="status">
            {t('calendar.showing', { shown, total })}
          </span>
          <button type="button" className="quiet" onClick={() => onChange(NO_FILTER)}>
            {t('calendar.clearFilters')}
          </button>
        </>
      )}
    </div>
  )
}
