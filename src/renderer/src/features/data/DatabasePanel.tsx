import { useEffect, useState } from 'react'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import type { DatabaseStatus } from '../../../../shared/model/backup'
import { call } from '../../api/client'
import { useToast } from '../../ui/Toast'

/** Where the data lives, whether it is sound, and a way to see the folder. */
export function DatabasePanel() {
  const { t } = useTranslation()
  const toast = useToast()
  const [status, setStatus] = useState<DatabaseStatus>()
  const [integrity, setIntegrity] = useState<string>()
  // Browser mode may run where no file manager can be opened (a server, a container): then the path,
  // ready to copy, is the way to the folder.
  const [showPath, setShowPath] = useState(!window.api)
  const folder = status?.file.replace(/[\\/][^\\/]*$/, '')
  useEffect(() => {
    void call('database/status', {}).then((result) => result.ok && setStatus(result.value))
  }, [])

  async function check() {
    const result = await call('database/check', {})
    if (!result.ok) return toast(errorText(result.error), 'error')
    setIntegrity(result.value.ok ? t('data.healthy') : result.value.problems.join('; '))
  }

  async function openFolder() {
    const result = await call('database/openFolder', {})
    if (!result.ok) return toast(errorText(result.error), 'error')
    if (!result.value.opened) setShowPath(true)
  }

  return (
    <section className="panel" aria-labelledby="database-title">
      <h2 id="database-title">{t('data.databaseTitle')}</h2>
      {status && <p className="hint mono">{t('data.file', { file: status.file })}</p>}
      <div className="actions start">
        <button type="button" onClick={() => void check()}>
          {t('data.check')}
        </button>
        <button type="button" onClick={() => void openFolder()}>
          {t('data.openFolder')}
        </button>
      </div>
      {showPath && folder && (
        <p className="folder-path">
          {t('data.folderIs')} <code>{folder}</code>{' '}
          <button
            type="button"
            className="small"
            onClick={() => void navigator.clipboard.writeText(folder).then(() => toast(t('data.pathCopied')))}
          >
            {t('data.copyPath')}
          </button>
        </p>
      )}
      {integrity && <p role="status">{integrity}</p>}
    </section>
  )
}
