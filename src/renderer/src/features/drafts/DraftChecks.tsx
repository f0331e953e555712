import { useTranslation } from 'react-i18next'
import type { DraftCheck } from '../../../../shared/drafts/types'

/** The proofreading results, updated as the user edits. */
export function DraftChecks({ checks }: { checks: DraftCheck[] }) {
  const { t } = useTranslation()
  return (
    <section className="preview wide" aria-live="polite" aria-label={t('drafts.checksTitle')}>
      <h3>{t('drafts.checksTitle')}</h3>
      {checks.length === 0 ? (
        <p className="preview-line preview-ok">{t('drafts.allGood')}</p>
      ) : (
        checks.map((check) => (
          <p key={check.code} className={`preview-line preview-${check.severity}`}>
            {check.message}
          </p>
        ))
      )}
    </section>
  )
}
