import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../../shared/model/backup'
import { call } from '../../api/client'
import { dateLocale } from '../../i18n'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useToast } from '../../ui/Toast'
import { useZone } from '../../app/SettingsContext'
import { backupReason, backupWhen } from './backupLabels'

/** Backups: the list with date and size, back up now, restore (after a confirmation). */
export function BackupsPanel() {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const zone = useZone()
  const [backups, setBackups] = useState<Backup[]>([])
  const [folder, setFolder] = useState('')
  const [restoring, setRestoring] = useState<Backup>()
  const locale = dateLocale(i18n.language)

  const load = useCallback(
    () =>
      Promise.all([call('backup/list', {}), call('database/status', {})]).then(([list, status]) => {
        if (list.ok) setBackups(list.value)
        if (status.ok) setFolder(status.value.backupsDir)
      }),
    [],
  )
  useEffect(() => {
    void load()
  }, [load])

  async function create() {
    const result = await call('backup/create', {})
    toast(result.ok ? t('backups.created') : errorText(result.error), result.ok ? 'info' : 'error')
    await load()
  }

  async function restore(backup: Backup) {
    setRestoring(undefined)
    const result = await call('backup/restore', { file: backup.file })
    if (!result.ok) return toast(t('backups.restoreFailed', { reason: errorText(result.error) }), 'error')
    // Everything on screen may have changed: start over from the restored data.
    window.location.reload()
  }

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="hint">{t('backups.hint')}</p>
      {folder && <p className="hint mono">{t('backups.folder', { dir: folder })}</p>}
      <button type="button" onClick={() => void create()}>
        {t('backups.create')}
      </button>
      {backups.length === 0 ? (
        <p className="muted">{t('backups.none')}</p>
      ) : (
        <table className="backups">
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.file}>
                <td>{backupWhen(backup, zone, locale)}</td>
                <td>{t(`backups.reason.${backupReason(backup)}`)}</td>
                <td className="num">{t('backups.size', { size: Math.ceil(backup.bytes / 1024) })}</td>
                <td>
                  <button type="button" className="quiet" onClick={() => setRestoring(backup)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          text={t('backups.restoreText', { when: backupWhen(restoring, zone, locale) })}
          confirmLabel={t('backups.restore')}
          onCancel={() => setRestoring(undefined)}
          onConfirm={() => void restore(restoring)}
        />
      )}
    </section>
  )
}
