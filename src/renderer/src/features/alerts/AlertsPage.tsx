import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import { interviewsById } from '../../api/interviewsById'
import { useSchedule } from '../../app/ScheduleContext'
import { useNoticeWords } from '../../i18n/useNoticeWords'

/** Every alert, most urgent first, with the advice and a way to the interview concerned. */
export function AlertsPage() {
  const { t } = useTranslation()
  const { alerts, open } = useSchedule()
  const word = useNoticeWords()
  const [interviews, setInterviews] = useState(new Map<string, Interview>())
  useEffect(() => {
    void interviewsById(alerts.flatMap((alert) => alert.interviewIds)).then(setInterviews)
  }, [alerts])
  return (
    <section className="page" aria-labelledby="alerts-title">
      <header className="page-header">
        <h1 id="alerts-title">{t('alerts.title')}</h1>
      </header>
      {alerts.length === 0 ? (
        <p className="empty">{t('alerts.none')}</p>
      ) : (
        <ul className="alert-list">
          {alerts.map((alert) => {
            const target = interviews.get(alert.advice?.moveId ?? alert.interviewIds[0] ?? '')
            return (
              <li key={alert.id} className={`alert alert-${alert.severity}`}>
                <p className="alert-head">
                  <span className={`badge badge-${alert.severity}`}>
                    {t(`alerts.severity.${alert.severity}`)}
                  </span>
                  <span className="alert-kind">{t(`alerts.kind.${alert.kind}`)}</span>
                </p>
                <p className="alert-message">{word(alert)}</p>
                {alert.advice && (
                  <p className="alert-advice">
                    <strong>{t('alerts.advice')}:</strong> {word(alert.advice)}
                  </p>
                )}
                {target && (
                  <button type="button" onClick={() => open(target.id)}>
                    {t('alerts.open', { company: target.company })}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
