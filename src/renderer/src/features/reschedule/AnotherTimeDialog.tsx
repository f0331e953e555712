import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview, TimeSlot } from '../../../../shared/model/interview'
import { instantFromWallClock, wallClock, zoneAbbreviation } from '../../../../shared/time'
import { DateField } from '../../ui/DateField'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { TimeField } from '../../ui/TimeField'

interface AnotherTimeDialogProps {
  interview: Interview
  zone: string
  onCancel: () => void
  onChoose: (slot: TimeSlot) => void
}

/**
 * The time the company picked instead of ours: date, start and end in the user's zone, typed as the app's
 * language writes them (the browser's own date and time boxes follow its locale: 12/10/2026, 09:00 AM).
 */
export function AnotherTimeDialog({ interview, zone, onCancel, onChoose }: AnotherTimeDialogProps) {
  const { t } = useTranslation()
  const first = interview.reschedule?.proposed[0] ?? interview
  const [date, setDate] = useState(wallClock(first.startsAt, zone).date)
  const [start, setStart] = useState(wallClock(first.startsAt, zone).time)
  const [end, setEnd] = useState(wallClock(first.endsAt, zone).time)
  const startsAt = instantFromWallClock(date, start, zone)
  const endsAt = instantFromWallClock(date, end, zone)
  const valid = startsAt !== undefined && endsAt !== undefined && Date.parse(endsAt) > Date.parse(startsAt)
  return (
    <Dialog title={t('reschedule.anotherTitle', { company: interview.company })} onClose={onCancel}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) onChoose({ startsAt: startsAt!, endsAt: endsAt! })
        }}
      >
        <Field
          label={t('form.fields.date')}
          hint={`${t('form.fields.timeZone')}: ${zoneAbbreviation(zone, new Date(startsAt ?? first.startsAt))}`}
        >
          <DateField required value={date} onChange={setDate} />
        </Field>
        <Field label={t('form.fields.startTime')}>
          <TimeField required value={start} onChange={setStart} />
        </Field>
        <Field label={t('form.fields.endTime')}>
          <TimeField required value={end} onChange={setEnd} />
        </Field>
        {!valid && <p className="problem">{t('reschedule.invalidTime')}</p>}
        <div className="actions wide">
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('reschedule.moveThere')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
