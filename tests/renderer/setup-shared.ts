import { beforeEach } from 'vitest'
import { resetTransport } from '../../src/renderer/src/api/client'
import { browserLanguage, i18n } from '../../src/renderer/src/i18n'

/**
 * The files of this project share modules, so each test starts from what a fresh page would have: the UI
 * language it boots in (another file may have left Indonesian), and no transport yet (the client keeps the
 * first one it builds, with the `fetch` or `window.api` of that moment, not this test's fake).
 */
beforeEach(async () => {
  resetTransport()
  await i18n.changeLanguage(browserLanguage())
})
