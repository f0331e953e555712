import { useLanguageT } from '../../i18n/useLanguageT'
import type { Alert } from '../../../../shared/schedule/alerts'
import { useNoticeWords } from '../../i18n/useNoticeWords'

/** Small chips on an interview: one per kind of alert that concerns it, the message as a tooltip. */
export function AlertBadges({ alerts }: { alerts: Alert[] }) {
  const { t } = useLanguageT()
  const word = useNoticeWords()
  if (alerts.length === 0) return null
  // In words: "45 h" reads as days to some, and "j" is no Indonesian unit.
  const timeLeft = (hours: number) =>
    hours >= 1
      ? t('units.hours', { count: Math.floor(hours) })
      : t('units.minutes', { count: Math.floor(hours * 60) })
  return (
    <span className="badges">
      {alerts.map((alert) => (
        <span key={alert.id} className={`badge badge-${alert.severity}`} title={word(alert)}>
          {t(`alerts.kind.${alert.kind}`)}
          {alert.notice && alert.notice.level !== 'ample' && alert.notice.hoursBefore >= 0
            ? ` · ${timeLeft(alert.notice.hoursBefore)}`
            : ''}
        </span>
      ))}
    </span>
  )
}
