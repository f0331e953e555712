import { errorText } from '../../i18n/errorText'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview, Status } from '../../../../shared/model/interview'
import { call } from '../../api/client'
import { useToast } from '../../ui/Toast'

/**
 * Reports a status change in a toast that can undo it for a while; the undo is a change of its own (the
 * history records it as an undo). `onChanged` gets the stored interview (or nothing when the call failed),
 * so whatever shows it can patch it in rather than reload.
 */
export function useStatusReport(onChanged: (changed?: Interview) => void) {
  const { t } = useTranslation()
  const toast = useToast()
  return useCallback(
    (interview: Interview, previous: Status) => {
      if (interview.status === previous) return
      const name = (status: Status) => t(`status.${status}`)
      toast(
        t('statusChange.changed', { company: interview.company, status: name(interview.status) }),
        'info',
        {
          action: {
            label: t('statusChange.undo'),
            run: () =>
              void call('interviews/update', { id: interview.id, status: previous, undo: true }).then(
                (result) => {
                  if (result.ok)
                    toast(t('statusChange.undone', { company: interview.company, status: name(previous) }))
                  else toast(errorText(result.error), 'error')
                  onChanged(result.ok ? result.value : undefined)
                },
              ),
          },
        },
      )
    },
    [t, toast, onChanged],
  )
}

/**
 * Changes a status and reports it with its undo; returns the stored interview, or nothing on failure.
 * `onShown`, when given, gets the interview with its new status at once, before the store answers, so a
 * view can draw it in the frame the user chose it; a failed change is then put right by `onChanged`
 * (called with nothing, the view reloads what is stored) along with its error.
 */
export function useStatusChange(
  onChanged: (changed?: Interview) => void,
  onShown?: (shown: Interview) => void,
) {
  const toast = useToast()
  const report = useStatusReport(onChanged)
  return useCallback(
    async (interview: Interview, status: Status): Promise<Interview | undefined> => {
      onShown?.({ ...interview, status })
      const result = await call('interviews/update', { id: interview.id, status })
      onChanged(result.ok ? result.value : undefined)
      if (!result.ok) {
        toast(errorText(result.error), 'error')
        return undefined
      }
      report(result.value, interview.status)
      return result.value
    },
    [toast, report, onChanged, onShown],
  )
}
