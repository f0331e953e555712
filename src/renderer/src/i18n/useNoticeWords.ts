import { useCallback } from 'react'
import { Phrasing } from '../../../shared/i18n/phrasing'
import { wordNotice } from '../../../shared/i18n/wordNotice'
import type { Language } from '../../../shared/model/settings'
import type { NoticeText } from '../../../shared/schedule/noticeText'
import { useZone } from '../app/SettingsContext'
import { useLanguageT } from './useLanguageT'

/** Words an alert's or a reminder's code from the catalog, in the app's language and display zone. */
export function useNoticeWords(): (text: NoticeText) => string {
  const { t, language: shown } = useLanguageT()
  const zone = useZone()
  const language: Language = shown === 'id' ? 'id' : 'en'
  return useCallback(
    (text: NoticeText) => wordNotice(text, (key, values) => t(key, values), new Phrasing(language, zone)),
    [t, language, zone],
  )
}
