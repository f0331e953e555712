import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '../../../../shared/result'

/** Translates a FieldIssue into "<Field label> <what is wrong>" in the UI language. */
export function useIssueText() {
  const { t } = useTranslation()
  return useCallback(
    (issue: FieldIssue, label: string) =>
      `${label} ${t(`validation.${issue.code}`, { ...issue.params, defaultValue: t('validation.invalid') })}`,
    [t],
  )
}
