import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { wallClock } from '../../../../shared/time'
import { ModeIcon } from '../../ui/icons'

interface EventLabelProps {
  interview: Interview
  zone: string
  alerts: readonly Alert[]
  /** Hide the time (all-day interviews). */
  allDay?: boolean
  /** Room for the position on a second line. */
  roomy?: boolean
}

/** What every calendar view draws for an interview: mode icon, time, company, position and alert marks. */
export function EventLabel({ interview, zone, alerts, allDay = false, roomy = false }: EventLabelProps) {
  const worst = alerts.some((a) => a.severity === 'danger')
    ? 'danger'
    : alerts.some((a) => a.severity === 'warning')
      ? 'warning'
      : alerts.length > 0
        ? 'info'
        : undefined
  return (
    <>
      <span className="ev-line">
        <ModeIcon mode={interview.mode} />
        {!allDay && <span className="ev-time">{wallClock(interview.startsAt, zone).time}</span>}
        <span className="ev-company">{interview.company}</span>
        {worst && (
          <span
            className={`ev-mark mark-${worst}`}
            title={alerts.map((alert) => alert.message).join('\n')}
            aria-hidden="true"
          >
            {worst === 'info' ? 'i' : '!'}
          </span>
        )}
      </span>
      {roomy && <span className="ev-position">{interview.position}</span>}
    </>
  )
}

/** The spoken name of an interview's button: time, company, position, mode, status and its alerts. */
export function eventName(
  t: (key: string, options?: Record<string, unknown>) => string,
  interview: Interview,
  zone: string,
  alerts: readonly Alert[],
  allDay = false,
): string {
  const time = allDay
    ? t('calendar.allDay')
    : `${wallClock(interview.startsAt, zone).time}–${wallClock(interview.endsAt, zone).time}`
  const kinds = [...new Set(alerts.map((alert) => t(`alerts.kind.${alert.kind}`)))]
  return [
    time,
    interview.company,
    interview.position,
    t(`mode.${interview.mode}`),
    t(`status.${interview.status}`),
    ...kinds,
  ].join(', ')
}
