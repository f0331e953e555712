import { useTranslation } from 'react-i18next'
import { checkMessage } from '../../../../shared/drafts/checkMessages'
import type { DraftCheck } from '../../../../shared/drafts/types'
import type { Language } from '../../../../shared/model/settings'

/**
 * The proofreading results, updated as the user edits. Each is written from its code and params in the
 * language of the UI, whatever the language of the message.
 */
export function DraftChecks({ checks }: { checks: DraftCheck[] }) {
  const { t, i18n } = useTranslation()
  const language: Language = i18n.language === 'id' ? 'id' : 'en'
  return (
    <section className="preview wide" aria-live="polite" aria-label={t('drafts.checksTitle')}>
      <h3>{t('drafts.checksTitle')}</h3>
      {checks.length === 0 ? (
        <p className="preview-line preview-ok">{t('drafts.allGood')}</p>
      ) : (
        checks.map((check, index) => (
          <p
            key={`${check.code}-${index}`}
            className={`preview-line preview-${check.severity}`}
            data-check={check.code}
          >
            {checkMessage(check.code, check.params, language)}
          </p>
        ))
      )}
    </section>
  )
}
