import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../../shared/result'
import { call } from '../../api/client'
import { useToast } from '../../ui/Toast'
import { sampleInterviews } from '../interviews/samples'

interface EmptyCalendarProps {
  now: number
  zone: string
  report: (error: AppError) => void
  onLoaded: () => void
  onCreate: () => void
}

/** The calendar before the first interview: add one, or load samples to look around. */
export function EmptyCalendar({ now, zone, report, onLoaded, onCreate }: EmptyCalendarProps) {
  const { t } = useTranslation()
  const toast = useToast()

  async function loadSamples() {
    const samples = sampleInterviews(new Date(now), zone)
    for (const sample of samples) {
      const result = await call('interviews/create', sample)
      if (!result.ok) return report(result.error)
    }
    toast(t('agenda.samplesLoaded', { count: samples.length }))
    onLoaded()
  }

  return (
    <div className="empty">
      <h2>{t('agenda.empty.title')}</h2>
      <p>{t('agenda.empty.text')}</p>
      <div className="actions">
        <button type="button" onClick={() => void loadSamples()}>
          {t('agenda.empty.samples')}
        </button>
        <button type="button" className="primary" onClick={onCreate}>
          {t('agenda.newInterview')}
        </button>
      </div>
    </div>
  )
}
