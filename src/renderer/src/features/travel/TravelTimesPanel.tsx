import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { errorText } from '../../api/errorText'
import { useSchedule } from '../../app/ScheduleContext'
import { Field } from '../../ui/Field'
import { useToast } from '../../ui/Toast'
import { useIssueText } from '../interviews/useFieldErrors'

type Key = 'from' | 'to' | 'minutes'

/** The user's travel estimates between places ("Sudirman ↔ BSD: 75 min"), used by the clash checks. */
export function TravelTimesPanel({ defaultMinutes }: { defaultMinutes: number }) {
  const { t } = useTranslation()
  const toast = useToast()
  const issueText = useIssueText()
  const { travelTimes, refresh } = useSchedule()
  const [values, setValues] = useState({ from: '', to: '', minutes: '' })
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})

  const set = (key: Key) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [key]: event.target.value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }

  async function add(event: FormEvent) {
    event.preventDefault()
    const minutes = values.minutes.trim() === '' ? Number.NaN : Number(values.minutes)
    const result = await call('travel/set', { from: values.from, to: values.to, minutes })
    if (!result.ok) {
      const next: Partial<Record<Key, string>> = {}
      for (const issue of result.error.issues ?? []) {
        const key = issue.path as Key
        if (key in values) next[key] ??= issueText(issue, t(`travel.${key}`))
      }
      setErrors(next)
      if (!result.error.issues) toast(errorText(t, result.error), 'error')
      return
    }
    setValues({ from: '', to: '', minutes: '' })
    refresh()
  }

  async function remove(from: string, to: string) {
    const result = await call('travel/delete', { from, to })
    if (!result.ok) toast(errorText(t, result.error), 'error')
    refresh()
  }

  return (
    <section className="panel" aria-labelledby="travel-title">
      <h2 id="travel-title">{t('travel.title')}</h2>
      <p className="hint">{t('travel.hint')}</p>
      {travelTimes.length === 0 ? (
        <p className="muted">{t('travel.none', { minutes: defaultMinutes })}</p>
      ) : (
        <ul className="travel-list">
          {travelTimes.map((travel) => (
            <li key={`${travel.from}\n${travel.to}`}>
              <span>{t('travel.row', { ...travel })}</span>
              <button
                type="button"
                className="quiet"
                aria-label={`${t('travel.remove')}: ${travel.from} ↔ ${travel.to}`}
                onClick={() => void remove(travel.from, travel.to)}
              >
                {t('travel.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="travel-form" onSubmit={add} noValidate>
        <Field label={t('travel.from')} error={errors.from}>
          <input value={values.from} onChange={set('from')} />
        </Field>
        <Field label={t('travel.to')} error={errors.to}>
          <input value={values.to} onChange={set('to')} />
        </Field>
        <Field label={t('travel.minutes')} error={errors.minutes}>
          <input type="number" min={0} value={values.minutes} onChange={set('minutes')} />
        </Field>
        <button type="submit">{t('travel.add')}</button>
      </form>
    </section>
  )
}
