import type { DatabaseStatus } from '../../../shared/model/backup'
import type { Settings } from '../../../shared/model/settings'
import type { Result } from '../../../shared/result'
import { call } from '../api/client'
import { browserLanguage, browserZone } from '../i18n'
import { fetchFirstWindow } from '../features/calendar/useCalendarInterviews'

/**
 * The settings; in browser mode the browser's language and zone are offered first, and become the
 * settings' own where the user has not chosen yet (Electron's main process reads the system's itself).
 */
async function loadSettings(): Promise<Result<Settings>> {
  if (window.api) return call('settings/get', {})
  const adopted = await call('settings/adoptDefaults', {
    language: browserLanguage(),
    timeZone: browserZone(),
  })
  // A zone this app's zone list does not know is no reason not to start.
  return adopted.ok ? adopted : call('settings/get', {})
}

/**
 * The first calls, sent as the script starts, before React has drawn anything: the database's status and the
 * settings together, and as soon as the settings answer, the interviews of the calendar's first window. Sent
 * one after the other from the components that need them, they cost a round trip and a render each before
 * the calendar could show its interviews.
 */
let early: { status?: Promise<Result<DatabaseStatus>>; settings?: Promise<Result<Settings>> } = {}

/** The app proper opens on this database (read-only, with a line saying so); any other brings up recovery. */
export const opensApp = (status: DatabaseStatus) => status.state === 'ok' || status.state === 'read-only'

export function startBoot(): void {
  const status = call('database/status', {})
  const settings = loadSettings()
  early = { status, settings }
  // Only from a database that opened: a damaged one brings up the recovery screen, not the calendar.
  void Promise.all([status, settings]).then(([opened, known]) => {
    if (opened.ok && opensApp(opened.value) && known.ok) fetchFirstWindow(known.value, Date.now())
  })
}

/** The status asked at start, once; later checks ask again. */
export function bootStatus(): Promise<Result<DatabaseStatus>> {
  const status = early.status ?? call('database/status', {})
  early.status = undefined
  return status
}

/**
 * The settings asked at start, once. They were asked before the database was known to be open: if that
 * failed (a damaged file, since recovered), they are asked again.
 */
export function bootSettings(): Promise<Result<Settings>> {
  const settings = early.settings
  early.settings = undefined
  return settings ? settings.then((result) => (result.ok ? result : loadSettings())) : loadSettings()
}
