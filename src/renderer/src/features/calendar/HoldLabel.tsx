import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import { wallClock } from '../../../../shared/time'
import { clockText, spanClock } from '../../i18n/clock'

/** A tentative hold: the proposed time and the company it was proposed to, never mistaken for an interview. */
export function HoldLabel({
  item,
  zone,
  allDay = false,
}: {
  item: Interview
  zone: string
  allDay?: boolean
}) {
  const { t, i18n } = useTranslation()
  return (
    <span className="ev-line">
      {!allDay && (
        <span className="ev-time">{clockText(wallClock(item.startsAt, zone).time, i18n.language)}</span>
      )}
      <span className="ev-company">{t('reschedule.hold', { company: item.company })}</span>
    </span>
  )
}

/** The spoken name of a hold's button. */
export function useHoldName(): (item: Interview, zone: string) => string {
  const { t, i18n } = useTranslation()
  return (item, zone) =>
    t('reschedule.holdName', {
      company: item.company,
      time: spanClock(item, zone, i18n.language),
    })
}
