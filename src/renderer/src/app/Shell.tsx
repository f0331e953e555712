import { useCallback, useEffect, useMemo, useState } from 'react'
import { errorText } from '../i18n/errorText'
import { useTranslation } from 'react-i18next'
import type { DatabaseStatus } from '../../../shared/model/backup'
import type { AppError } from '../../../shared/result'
import type { Language, Settings, SettingsUpdate } from '../../../shared/model/settings'
import { call } from '../api/client'
import { CalendarPage } from '../features/calendar/CalendarPage'
import { applyLanguage } from '../i18n'
import { bootSettings } from './boot'
import { useToast } from '../ui/Toast'
import { LanguageOptions } from '../ui/options'
import { SettingsContext } from './SettingsContext'
import { ScheduleContext } from './ScheduleContext'
import { useScheduleState } from './useScheduleState'
import { applyTheme } from './theme'
import { ReminderNotices } from '../features/alerts/ReminderNotices'
import { lazyPage } from '../ui/lazyPart'

// The pages other than the calendar, each fetched when first opened (or once the calendar is drawn).
const AlertsPage = lazyPage(() => import('../features/alerts/AlertsPage').then((page) => page.AlertsPage))
const FollowUpsPage = lazyPage(() =>
  import('../features/followups/FollowUpsPage').then((page) => page.FollowUpsPage),
)
const DataPage = lazyPage(() => import('../features/data/DataPage').then((page) => page.DataPage))
const SettingsPage = lazyPage(() =>
  import('../features/settings/SettingsPage').then((page) => page.SettingsPage),
)

type Page = 'calendar' | 'alerts' | 'followups' | 'data' | 'settings'
const PAGES: readonly Page[] = ['calendar', 'alerts', 'followups', 'data', 'settings']

/** The app around the pages: navigation, language switch, settings for everyone below. */
export function Shell({ status }: { status: DatabaseStatus }) {
  const { t } = useTranslation()
  const toast = useToast()
  const [settings, setSettings] = useState<Settings>()
  const [page, setPage] = useState<Page>('calendar')
  const [error, setError] = useState<AppError>()
  const [openId, setOpenId] = useState<string>()
  const language = settings?.language ?? ''
  const { alerts, travelTimes, refresh } = useScheduleState(language)
  const open = useCallback((interviewId: string) => {
    setPage('calendar')
    setOpenId(interviewId)
  }, [])
  const schedule = useMemo(
    () => ({ alerts, travelTimes, refresh, open }),
    [alerts, travelTimes, refresh, open],
  )
  const urgent = alerts.filter((alert) => alert.severity !== 'info').length

  // Electron: a click on a desktop reminder opens its interview here.
  useEffect(() => window.appEvents?.onOpenInterview(open), [open])

  useEffect(() => {
    void bootSettings().then((result) => {
      if (!result.ok) return setError(result.error)
      applyLanguage(result.value.language)
      setSettings(result.value)
    })
  }, [])
  const theme = settings?.theme
  useEffect(() => (theme ? applyTheme(theme) : undefined), [theme])
  useEffect(() => {
    if (status.keptAside) toast(t('recovery.keptAside', { file: status.keptAside }))
  }, [status.keptAside, t, toast])

  const save = useCallback(
    async (patch: SettingsUpdate) => {
      const result = await call('settings/update', patch)
      if (!result.ok) {
        if (!result.error.issues) toast(errorText(result.error), 'error')
        return result.error.issues
      }
      applyLanguage(result.value.language)
      setSettings(result.value)
      toast(t('settings.saved', { lng: result.value.language }))
      // Zone, notice hours, the busy-day limit: a setting can change any alert, so all are reloaded (a new
      // language reloads them by itself, worded anew).
      if (result.value.language === language) refresh()
      return undefined
    },
    [t, toast, language, refresh],
  )

  /** Quietly keeps what the user last looked at (the calendar's view and date); no toast, no errors shown. */
  const remember = useCallback(async (patch: SettingsUpdate) => {
    const result = await call('settings/update', patch)
    if (result.ok) setSettings(result.value)
  }, [])

  if (error) return <p className="form-error">{errorText(error)}</p>
  if (!settings) return <p className="muted center">{t('app.loading')}</p>
  return (
    <SettingsContext.Provider value={settings}>
      <ScheduleContext.Provider value={schedule}>
        <div className="shell">
          <nav className="nav" aria-label={t('app.name')}>
            <p className="brand">{t('app.name')}</p>
            {PAGES.map((name) => (
              <button
                key={name}
                type="button"
                className={page === name ? 'nav-item current' : 'nav-item'}
                aria-current={page === name ? 'page' : undefined}
                onClick={() => setPage(name)}
              >
                {t(`app.nav.${name}`)}
                {name === 'alerts' && urgent > 0 && (
                  <span className="nav-badge" aria-label={t('app.alertCount', { count: urgent })}>
                    {urgent}
                  </span>
                )}
              </button>
            ))}
            <div className="language">
              <label htmlFor="ui-language">{t('app.language')}</label>
              <select
                id="ui-language"
                value={settings.language}
                onChange={(event) => void save({ language: event.target.value as Language })}
              >
                <LanguageOptions />
              </select>
            </div>
          </nav>
          <main className="content">
            {page === 'calendar' ? (
              <CalendarPage
                settings={settings}
                openId={openId}
                onOpened={() => setOpenId(undefined)}
                remember={remember}
              />
            ) : page === 'alerts' ? (
              <AlertsPage />
            ) : page === 'followups' ? (
              <FollowUpsPage />
            ) : page === 'data' ? (
              <DataPage />
            ) : (
              <SettingsPage key={JSON.stringify(settings)} settings={settings} onSave={save} />
            )}
          </main>
          <ReminderNotices />
        </div>
      </ScheduleContext.Provider>
    </SettingsContext.Provider>
  )
}
