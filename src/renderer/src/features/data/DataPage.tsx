import { useTranslation } from 'react-i18next'
import { BackupsPanel } from './BackupsPanel'
import { DatabasePanel } from './DatabasePanel'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'

/** Bringing interviews in, taking everything out, backups and the database itself. */
export function DataPage() {
  const { t } = useTranslation()
  return (
    <section className="page" aria-labelledby="data-title">
      <header className="page-header">
        <h1 id="data-title">{t('data.title')}</h1>
      </header>
      <ImportPanel />
      <ExportPanel />
      <BackupsPanel />
      <DatabasePanel />
    </section>
  )
}
