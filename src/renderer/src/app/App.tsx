import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DatabaseStatus } from '../../../shared/model/backup'
import { DATABASE_REPLACED_EVENT } from '../api/client'
import { bootStatus, opensApp } from './boot'
import { ToastProvider } from '../ui/Toast'
import { lazyPage } from '../ui/lazyPart'
import { Shell } from './Shell'

/** Only a damaged or replaced data file needs it: fetched then. */
const RecoveryScreen = lazyPage(() =>
  import('../features/data/RecoveryScreen').then((part) => part.RecoveryScreen),
)

/** First asks whether the database opened; the app proper, or the way out of a damaged file. */
export function App() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<DatabaseStatus>()
  const [unreachable, setUnreachable] = useState<'noAccess' | 'notConnected'>()

  const [checks, setChecks] = useState(0)
  const shown = useRef(status)
  useEffect(() => {
    shown.current = status
  })
  // Any call that finds the data file replaced under the app brings up the way out at once (once: the
  // status read then says "replaced" too).
  useEffect(() => {
    const recheck = () => {
      if (shown.current?.state !== 'replaced') setChecks((n) => n + 1)
    }
    window.addEventListener(DATABASE_REPLACED_EVENT, recheck)
    return () => window.removeEventListener(DATABASE_REPLACED_EVENT, recheck)
  }, [])
  useEffect(() => {
    let current = true
    void bootStatus().then((result) => {
      if (!current) return
      if (result.ok) setStatus(result.value)
      else setUnreachable(result.error.code === 'UNAUTHORIZED' ? 'noAccess' : 'notConnected')
    })
    return () => {
      current = false
    }
  }, [checks])

  return (
    <ToastProvider>
      {unreachable ? (
        <div className="center unreachable" role="alert">
          <h1>{t('app.name')}</h1>
          <p>{t(`app.${unreachable}`)}</p>
          <p>{t('app.howToOpen')}</p>
        </div>
      ) : !status ? (
        <p className="muted center">{t('app.loading')}</p>
      ) : opensApp(status) ? (
        <>
          {status.state === 'read-only' && (
            <p className="form-error center" role="alert">
              {t('recovery.readOnly')}
            </p>
          )}
          <Shell status={status} />
        </>
      ) : (
        <RecoveryScreen status={status} onRecovered={() => setChecks((n) => n + 1)} />
      )}
    </ToastProvider>
  )
}
