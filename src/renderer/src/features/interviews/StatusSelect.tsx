import { useLanguageT } from '../../i18n/useLanguageT'
import type { Interview } from '../../../../shared/model/interview'
import { STATUSES, type Status } from '../../../../shared/model/values'

/** Attended or missed only makes sense once the interview has started. */
export const needsPast = (status: Status) => status === 'completed' || status === 'no-show'

interface StatusSelectProps {
  interview: Interview
  now: number
  onStatus: (status: Status) => void
}

/** The status picker: "completed" and "no-show" are offered only once the interview has started. */
export function StatusSelect({ interview, now, onStatus }: StatusSelectProps) {
  const { t } = useLanguageT()
  const ahead = Date.parse(interview.startsAt) > now
  return (
    <select
      className={`status-select status-${interview.status}`}
      aria-label={t('agenda.changeStatus', { company: interview.company })}
      value={interview.status}
      onChange={(event) => onStatus(event.target.value as Status)}
    >
      {STATUSES.map((status) => {
        const locked = ahead && needsPast(status) && status !== interview.status
        return (
          <option key={status} value={status} disabled={locked}>
            {locked ? t('statusChange.notYet', { status: t(`status.${status}`) }) : t(`status.${status}`)}
          </option>
        )
      })}
    </select>
  )
}
