import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Alternative } from '../../../../shared/drafts/types'
import { instantFromWallClock } from '../../../../shared/time'
import { writtenWhen } from '../../../../shared/drafts/when'
import { DateField } from '../../ui/DateField'
import { TimeField } from '../../ui/TimeField'

interface Props {
  alternatives: Alternative[]
  zone: string
  durationMs: number
  onChange: (alternatives: Alternative[]) => void
}

/**
 * The times a reschedule request proposes: remove one, or add another (date and time in the interview's zone).
 * Listed in the language of the app around them, whatever language the message is written in.
 */
export function AlternativesEditor({ alternatives, zone, durationMs, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'id' ? 'id' : 'en'
  const [date, setDate] = useState('')
  const [time, setTime] = useState('10:00')
  const add = () => {
    const startsAt = instantFromWallClock(date, time, zone)
    if (!startsAt) return
    const endsAt = new Date(Date.parse(startsAt) + durationMs).toISOString()
    onChange([...alternatives, { startsAt, endsAt }].sort((a, b) => a.startsAt.localeCompare(b.startsAt)))
  }
  return (
    <fieldset className="alternatives wide">
      <legend>{t('drafts.alternatives')}</legend>
      <ul>
        {alternatives.map((slot) => (
          <li key={slot.startsAt}>
            <span>{writtenWhen(slot.startsAt, zone, language)}</span>
            <button
              type="button"
              className="quiet"
              onClick={() => onChange(alternatives.filter((other) => other !== slot))}
            >
              {t('drafts.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="add-time">
        <DateField aria-label={t('form.fields.date')} value={date} onChange={setDate} />
        <TimeField aria-label={t('form.fields.startTime')} value={time} onChange={setTime} />
        <button type="button" onClick={add} disabled={!date}>
          {t('drafts.addTime')}
        </button>
      </div>
    </fieldset>
  )
}
