import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { shortCompanyName } from '../../../../shared/calendar/companyName'
import { wallClock } from '../../../../shared/time'
import { useNoticeWords } from '../../i18n/useNoticeWords'
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
  const word = useNoticeWords()
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
        <CompanyName company={interview.company} />
        {worst && (
          <span
            className={`ev-mark mark-${worst}`}
            title={alerts.map((alert) => word(alert)).join('\n')}
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

/** The distinctive part of the name where room is short; the full name in the tooltip (and spoken name). */
function CompanyName({ company }: { company: string }) {
  const short = shortCompanyName(company)
  return (
    <span className="ev-company" title={short === company ? undefined : company}>
      {short}
    </span>
  )
}

/** The words an event's spoken name is made of, translated once per render rather than once per event. */
export interface EventWords {
  allDay: string
  mode: (mode: Interview['mode']) => string
  status: (status: Interview['status']) => string
  alert: (kind: Alert['kind']) => string
}

export function useEventWords(): EventWords {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const cache = new Map<string, string>()
    const word = (key: string) => {
      let text = cache.get(key)
      if (text === undefined) {
        text = t(key)
        cache.set(key, text)
      }
      return text
    }
    return {
      allDay: word('calendar.allDay'),
      mode: (mode) => word(`mode.${mode}`),
      status: (status) => word(`status.${status}`),
      alert: (kind) => word(`alerts.kind.${kind}`),
    }
    // The language is what changes the words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language])
}

/** The spoken name of an interview's button: time, company, position, mode, status and its alerts. */
export function eventName(
  words: EventWords,
  interview: Interview,
  zone: string,
  alerts: readonly Alert[],
  allDay = false,
): string {
  const time = allDay
    ? words.allDay
    : `${wallClock(interview.startsAt, zone).time}–${wallClock(interview.endsAt, zone).time}`
  const kinds = [...new Set(alerts.map((alert) => words.alert(alert.kind)))]
  return [
    time,
    interview.company,
    interview.position,
    words.mode(interview.mode),
    words.status(interview.status),
    ...kinds,
  ].join(', ')
}
