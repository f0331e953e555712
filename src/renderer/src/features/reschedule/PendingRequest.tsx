import { useState } from 'react'
import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import type { Interview, TimeSlot } from '../../../../shared/model/interview'
import { zoneAbbreviation } from '../../../../shared/time'
import { dateLocale } from '../../i18n'
import { spanText } from '../calendar/period'
import { AnotherTimeDialog } from './AnotherTimeDialog'
import { atClockPattern } from '../../i18n/clock'

export type Answer = { answer: 'accepted'; slot: TimeSlot } | { answer: 'refused' | 'withdrawn' }

interface PendingRequestProps {
  interview: Interview
  zone: string
  onAnswer: (answer: Answer) => void
}

/** A reschedule request waiting for the company: the times proposed, and what they answered. */
export function PendingRequest({ interview, zone, onAnswer }: PendingRequestProps) {
  const { t, i18n } = useTranslation()
  const [choosing, setChoosing] = useState(false)
  const request = interview.reschedule
  if (!request) return null
  const locale = dateLocale(i18n.language)
  const when = (slot: TimeSlot) =>
    `${spanText(slot.startsAt, slot.endsAt, zone, locale)} ${zoneAbbreviation(zone, new Date(slot.startsAt))}`
  return (
    <section className="pending-request" aria-labelledby="pending-request-title">
      <h3 id="pending-request-title">{t('reschedule.pendingTitle')}</h3>
      <p className="muted">
        {t('reschedule.pending', {
          when: format(Date.parse(request.requestedAt), `EEEE, d MMMM yyyy ${atClockPattern(locale)}`, {
            in: tz(zone),
            locale,
          }),
        })}
      </p>
      <ul>
        {request.proposed.map((slot) => (
          <li key={slot.startsAt}>
            <span>{when(slot)}</span>{' '}
            <button
              type="button"
              className="small primary"
              aria-label={t('reschedule.choseLabel', { time: when(slot) })}
              onClick={() => onAnswer({ answer: 'accepted', slot })}
            >
              {t('reschedule.chose')}
            </button>
          </li>
        ))}
      </ul>
      <div className="details-actions">
        <button type="button" className="small" onClick={() => setChoosing(true)}>
          {t('reschedule.another')}
        </button>
        <button type="button" className="small" onClick={() => onAnswer({ answer: 'refused' })}>
          {t('reschedule.refused')}
        </button>
        <button type="button" className="small quiet" onClick={() => onAnswer({ answer: 'withdrawn' })}>
          {t('reschedule.withdraw')}
        </button>
      </div>
      {choosing && (
        <AnotherTimeDialog
          interview={interview}
          zone={zone}
          onCancel={() => setChoosing(false)}
          onChoose={(slot) => {
            setChoosing(false)
            onAnswer({ answer: 'accepted', slot })
          }}
        />
      )}
    </section>
  )
}
