import { useEffect, useState } from 'react'
import type { AppError } from '../../../../shared/result'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import type { Backup, DatabaseStatus } from '../../../../shared/model/backup'
import { call } from '../../api/client'
import { browserZone, dateLocale } from '../../i18n'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { backupWhen } from './backupLabels'

/**
 * Shown instead of the app when the database cannot be opened. It explains in plain words and offers
 * the two ways out; neither deletes the damaged file.
 */
export function RecoveryScreen({ status, onRecovered }: { status: DatabaseStatus; onRecovered: () => void }) {
  const { t, i18n } = useTranslation()
  const [backups, setBackups] = useState<Backup[]>([])
  const [error, setError] = useState<AppError>()
  const [confirmFresh, setConfirmFresh] = useState(false)
  const zone = browserZone()
  const locale = dateLocale(i18n.language)

  useEffect(() => {
    void call('backup/list', {}).then((result) => result.ok && setBackups(result.value))
  }, [])

  async function run(action: Promise<{ ok: true } | { ok: false; error: AppError }>) {
    const result = await action
    if (result.ok) onRecovered()
    else setError(result.error)
  }

  const newest = backups[0]
  const replaced = status.state === 'replaced'
  const title =
    status.state === 'too-new'
      ? 'recovery.tooNewTitle'
      : replaced
        ? 'recovery.replacedTitle'
        : 'recovery.title'
  return (
    <main className="recovery">
      <h1>{t(title)}</h1>
      <p className="problem">{replaced ? t('recovery.replaced') : status.problem}</p>
      {!replaced && <p>{t('recovery.intro')}</p>}
      <p className="mono">{status.file}</p>
      {!replaced && <p>{t(status.state === 'too-new' ? 'recovery.tooNew' : 'recovery.choose')}</p>}
      <div className="actions">
        {newest ? (
          <button
            type="button"
            className="primary"
            onClick={() => void run(call('backup/restore', { file: newest.file }))}
          >
            {t('recovery.restoreNewest', { when: backupWhen(newest, zone, locale) })}
          </button>
        ) : (
          <p className="muted">{t('recovery.noBackups')}</p>
        )}
        {replaced ? (
          <button type="button" onClick={() => void run(call('database/reset', {}))}>
            {t('recovery.reopen')}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirmFresh(true)}>
            {t('recovery.fresh')}
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {confirmFresh && (
        <ConfirmDialog
          title={t('recovery.freshTitle')}
          text={t('recovery.freshText')}
          confirmLabel={t('recovery.fresh')}
          onCancel={() => setConfirmFresh(false)}
          onConfirm={() => {
            setConfirmFresh(false)
            void run(call('database/reset', {}))
          }}
        />
      )}
    </main>
  )
}
