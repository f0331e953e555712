import { useTranslation } from 'react-i18next'
import type { Alert } from '../../../../shared/schedule/alerts'

/** Small chips on an interview: one per kind of alert that concerns it, the message as a tooltip. */
export function AlertBadges({ alerts }: { alerts: Alert[] }) {
  const { t } = useTranslation()
  if (alerts.length === 0) return null
  return (
    <span className="badges">
      {alerts.map((alert) => (
        <span key={alert.id} className={`badge badge-${alert.severity}`} title={alert.message}>
          {t(`alerts.kind.${alert.kind}`)}
          {alert.notice && alert.notice.level !== 'ample'
            ? ` · ${Math.floor(alert.notice.hoursBefore)} h`
            : ''}
        </span>
      ))}
    </span>
  )
}
