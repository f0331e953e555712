import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview, TimeSlot } from '../../../../shared/model/interview'
import { instantFromWallClock, wallClock } from '../../../../shared/time'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'

interface AnotherTimeDialogProps {
  interview: Interview
  zone: string
  onCancel: () => void
  onChoose: (slot: TimeSlot) => void
}

/** The time the company picked instead of ours: date, start and end in the user's zone. */
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
        <Field label={t('form.fields.date')}>
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label={t('form.fields.startTime')}>
          <input type="time" required value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label={t('form.fields.endTime')}>
          <input type="time" required value={end} onChange={(e) => setEnd(e.target.value)} />
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
