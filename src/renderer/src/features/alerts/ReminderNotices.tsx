import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReminderNotice } from '../../../../shared/schedule/reminders'
import { call } from '../../api/client'
import { useSchedule } from '../../app/ScheduleContext'

const POLL_MS = 60_000

/**
 * Browser mode's reminders: due reminders appear in the page until dismissed. (In Electron the main
 * process shows them as desktop notifications instead, so this stays idle there.)
 */
export function ReminderNotices() {
  const { t } = useTranslation()
  const { open } = useSchedule()
  const [notices, setNotices] = useState<ReminderNotice[]>([])

  useEffect(() => {
    if (window.api) return undefined
    const poll = () =>
      void call('reminders/due', {}).then((result) => {
        if (result.ok && result.value.length > 0) setNotices((current) => [...current, ...result.value])
      })
    poll()
    const timer = setInterval(poll, POLL_MS)
    return () => clearInterval(timer)
  }, [])

  const dismiss = (key: string) => setNotices((current) => current.filter((notice) => notice.key !== key))
  if (notices.length === 0) return null
  return (
    <aside className="reminders" aria-label={t('reminders.title')}>
      {notices.map((notice) => (
        <div key={notice.key} className="reminder" role="alert">
          <p className="reminder-title">{notice.title}</p>
          <p>{notice.body}</p>
          <div className="actions">
            <button type="button" onClick={() => dismiss(notice.key)}>
              {t('reminders.dismiss')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                dismiss(notice.key)
                open(notice.interviewId)
              }}
            >
              {t('reminders.open')}
            </button>
          </div>
        </div>
      ))}
    </aside>
  )
}
