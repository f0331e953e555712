import { errorText } from '../../i18n/errorText'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import { call } from '../../api/client'
import { useToast } from '../../ui/Toast'
import type { OpenDialog } from '../calendar/CalendarDialogs'
import { useStatusReport } from '../interviews/useStatusReport'
import type { Answer } from './PendingRequest'

/**
 * Records the company's answer, then offers what comes next (seed 000): after they chose a time, a
 * written confirmation of the new details; after a refusal, the graceful reply (or, the time already past,
 * the apology).
 */
export function useAnswer(onChanged: (changed?: Interview) => void, open: (dialog: OpenDialog) => void) {
  const { t } = useTranslation()
  const toast = useToast()
  const reportStatus = useStatusReport(onChanged)
  return useCallback(
    async (interview: Interview, answer: Answer) => {
      const result = await call('reschedule/answer', { id: interview.id, ...answer })
      onChanged(result.ok ? result.value : undefined)
      if (!result.ok) return toast(errorText(result.error), 'error')
      const stored = result.value
      if (answer.answer === 'accepted') {
        reportStatus(stored, interview.status)
        toast(t('reschedule.accepted', { company: interview.company }))
        open({ kind: 'message', interview: stored, draft: 'confirm' })
      } else if (answer.answer === 'refused') {
        toast(t('reschedule.refusedDone', { company: interview.company }))
        // Once the interview's time has passed, the reply cannot offer to come then: the apology fits.
        const passed = Date.parse(stored.startsAt) <= Date.now()
        open({ kind: 'message', interview: stored, draft: passed ? 'apology' : 'reschedule-refused' })
      } else toast(t('reschedule.withdrawn', { company: interview.company }))
    },
    [t, toast, reportStatus, onChanged, open],
  )
}
