import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { listAlerts } from '../../src/main/services/schedule'
import { alertTextsEn } from '../../src/shared/i18n/alerts-en'
import { alertTextsId } from '../../src/shared/i18n/alerts-id'
import { Phrasing } from '../../src/shared/i18n/phrasing'
import { wordNotice } from '../../src/shared/i18n/wordNotice'
import type { Language } from '../../src/shared/model/settings'
import type { NoticeText } from '../../src/shared/schedule/noticeText'
import { seedAlertStore } from '../helpers/alertStore'
import { testBackend } from '../helpers/backend'

const NOW = Date.parse('2026-11-22T03:00:00.000Z')

/** The renderer's way of wording a code: i18next over the same catalog. */
function i18nextWords(language: Language, zone: string): (text: NoticeText) => string {
  const instance = i18next.createInstance()
  void instance.init({
    resources: { en: { translation: alertTextsEn }, id: { translation: alertTextsId } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  const say = new Phrasing(language, zone)
  return (text) => wordNotice(text, (key, values) => instance.t(key, values), say)
}

describe("main's alert messages", () => {
  it.each(['en', 'id'] as const)(
    'read exactly as the renderer words the same codes (%s)',
    async (language) => {
      const app = await testBackend({ language, timeZone: 'Asia/Jakarta' })
      seedAlertStore(app.connection.database, NOW, 5)
      const alerts = listAlerts(app.connection.database, { language, timeZone: 'Asia/Jakarta' }, NOW)
      const word = i18nextWords(language, 'Asia/Jakarta')
      expect(new Set(alerts.map((alert) => alert.code)).size).toBeGreaterThan(8)
      for (const alert of alerts) {
        expect(alert.message).toBe(word(alert))
        if (alert.advice) expect(alert.advice.message).toBe(word(alert.advice))
      }
      app.stop()
    },
  )
})
