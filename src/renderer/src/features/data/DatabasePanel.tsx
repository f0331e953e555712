import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DatabaseStatus } from '../../../../shared/model/backup'
import { call } from '../../api/client'
import { errorText } from '../../api/errorText'
import { useToast } from '../../ui/Toast'

/** Where the data lives, whether it is sound, and a way to see the folder. */
export function DatabasePanel() {
  const { t } = useTranslation()
  const toast = useToast()
  const [status, setStatus] = useState<DatabaseStatus>()
  const [integrity, setIntegrity] = useState<string>()
  useEffect(() => {
    void call('database/status', {}).then((result) => result.ok && setStatus(result.value))
  }, [])

  async function check() {
    const result = await call('database/check', {})
    if (!result.ok) return toast(errorText(t, result.error), 'error')
    setIntegrity(result.value.ok ? t('data.healthy') : result.value.problems.join('; '))
  }

  return (
    <section className="panel" aria-labelledby="database-title">
      <h2 id="database-title">{t('data.databaseTitle')}</h2>
      {status && <p className="hint mono">{t('data.file', { file: status.file })}</p>}
      <div className="actions start">
        <button type="button" onClick={() => void check()}>
          {t('data.check')}
        </button>
        <button type="button" onClick={() => void call('database/openFolder', {})}>
          {t('data.openFolder')}
        </button>
      </div>
      {integrity && <p role="status">{integrity}</p>}
    </section>
  )
}
