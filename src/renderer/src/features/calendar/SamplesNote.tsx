import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'

interface SamplesNoteProps {
  samples: Interview[]
  onRemove: (samples: Interview[], done: string) => void
}

/** Says how many sample interviews are in the calendar, with one button to remove them all. */
export function SamplesNote({ samples, onRemove }: SamplesNoteProps) {
  const { t } = useTranslation()
  if (samples.length === 0) return null
  return (
    <p className="samples-note">
      {t('agenda.samplesShown', { count: samples.length })}{' '}
      <button
        type="button"
        className="quiet"
        onClick={() => onRemove(samples, t('agenda.samplesRemoved', { count: samples.length }))}
      >
        {t('agenda.removeSamples')}
      </button>
    </p>
  )
}
