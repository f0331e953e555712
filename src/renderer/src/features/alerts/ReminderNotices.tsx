import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { useSchedule } from '../../app/ScheduleContext'
import { reminderNote, reminderTitle } from '../../../../shared/i18n/wordNotice'
import type { ReminderNotice } from '../../../../shared/schedule/reminders'
import { useNoticeWords } from '../../i18n/useNoticeWords'
import { useKeptNotices } from '../../ui/Toast'
import { afterPaint } from '../../ui/afterPaint'

const POLL_MS = 60_000

/**
 * Browser mode's reminders: due reminders join the page's notices and stay until dismissed. (In Electron
 * the main process shows them as desktop notifications instead, so this stays idle there.)
 */
export function ReminderNotices() {
  const { open } = useSchedule()
  const keep = useKeptNotices()

  useEffect(() => {
    if (window.api) return undefined
    const poll = () =>
      void call('reminders/due', {}).then((result) => {
        if (!result.ok) return
        for (const notice of result.value)
          keep({
            key: notice.key,
            title: reminderTitle(notice.params.company, notice.position),
            text: <ReminderText notice={notice} />,
            action: { label: <OpenLabel />, run: () => open(notice.interviewId) },
          })
      })
    // After the first frame: the calendar's first month is asked for first.
    const cancel = afterPaint(poll)
    const timer = setInterval(poll, POLL_MS)
    return () => {
      cancel()
      clearInterval(timer)
    }
  }, [keep, open])

  return null
}

/** A reminder's text, worded from its code in the app's language and zone as they are now. */
function ReminderText({ notice }: { notice: ReminderNotice }) {
  const text = useNoticeWords()(notice)
  const { i18n } = useTranslation()
  if (!notice.note) return text
  // A task's note is the user's own words for what to follow up.
  return (
    <>
      {text}
      <br />
      {reminderNote(notice.note, i18n.language)}
    </>
  )
}

function OpenLabel() {
  const { t } = useTranslation()
  return t('reminders.open')
}
