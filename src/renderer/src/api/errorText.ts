import type { TFunction } from 'i18next'
import type { AppError } from '../../../shared/result'

/** Codes whose meaning does not depend on the call: shown in the UI language with what to do. */
const TRANSLATED = ['DISK_FULL', 'READ_ONLY', 'BUSY', 'DB_REPLACED', 'DB_LOCKED', 'TOO_LARGE'] as const

/** A failed call in words for the user: the UI's own text for storage troubles, else the app's message. */
export function errorText(t: TFunction, error: Pick<AppError, 'code' | 'message'>): string {
  return (TRANSLATED as readonly string[]).includes(error.code)
    ? t(`errors.${error.code}`)
    : t('errors.generic', { message: error.message })
}
