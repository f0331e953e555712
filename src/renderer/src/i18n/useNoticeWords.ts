import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { Phrasing } from '../../../shared/i18n/phrasing'
import { wordNotice } from '../../../shared/i18n/wordNotice'
import type { Language } from '../../../shared/model/settings'
import type { NoticeText } from '../../../shared/schedule/noticeText'
import { useZone } from '../app/SettingsContext'

/** Words an alert's or a reminder's code from the catalog, in the app's language and display zone. */
export function useNoticeWords(): (text: NoticeText) => string {
  const { t, i18n } = useTranslation()
  const zone = useZone()
  const language: Language = i18n.language === 'id' ? 'id' : 'en'
  return useCallback(
    (text: NoticeText) => wordNotice(text, (key, values) => t(key, values), new Phrasing(language, zone)),
    [t, language, zone],
  )
}
