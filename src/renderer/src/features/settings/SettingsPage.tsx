import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { setDay, format } from 'date-fns'
import type { Settings, SettingsUpdate } from '../../../../shared/model/settings'
import { THEMES } from '../../../../shared/model/values'
import type { FieldIssue } from '../../../../shared/result'
import { dateLocale } from '../../i18n'
import { Field } from '../../ui/Field'
import { TimeField } from '../../ui/TimeField'
import { LanguageOptions, ZoneOptions } from '../../ui/options'
import { useIssueText } from '../interviews/useFieldErrors'
import { TravelTimesPanel } from '../travel/TravelTimesPanel'
import { settingsPatch, settingsValuesOf, type SettingsValues } from './settingsForm'
import { countryNames } from '../../i18n/countries'

type Key = keyof SettingsValues
type Save = (patch: SettingsUpdate) => Promise<FieldIssue[] | undefined>

const LABELS: Record<Exclude<Key, 'workingHours.days'>, string> = {
  userName: 'settings.userName',
  userEmail: 'settings.userEmail',
  userPhone: 'settings.userPhone',
  signature: 'settings.signature',
  language: 'settings.language',
  theme: 'settings.theme',
  timeZone: 'settings.timeZone',
  'noticeHours.short': 'settings.noticeShort',
  'noticeHours.late': 'settings.noticeLate',
  travelBufferMinutes: 'settings.travelBuffer',
  prepBufferMinutes: 'settings.prepBuffer',
  'workingHours.start': 'settings.workStart',
  'workingHours.end': 'settings.workEnd',
  holidayCountry: 'settings.holidayCountry',
  reminderOffsetsMinutes: 'settings.reminders',
  sameDayWarningCount: 'settings.sameDayWarning',
}

/** The user's profile (for signatures), language and zone, scheduling rules, and backups. */
export function SettingsPage({ settings, onSave }: { settings: Settings; onSave: Save }) {
  const { t, i18n } = useTranslation()
  const issueText = useIssueText()
  const [values, setValues] = useState(() => settingsValuesOf(settings))
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})
  const locale = dateLocale(i18n.language)

  const set = (key: Key) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [key]: event.target.value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }
  const label = (key: Key) => (key === 'workingHours.days' ? t('settings.workingDays') : t(LABELS[key]))
  const input = (
    key: Exclude<Key, 'workingHours.days' | 'language' | 'theme' | 'holidayCountry'>,
    type = 'text',
  ) => (
    <Field label={label(key)} error={errors[key]}>
      {type === 'time' ? (
        <TimeField value={values[key]} onChange={(value) => set(key)({ target: { value } })} />
      ) : (
        <input type={type} value={values[key]} onChange={set(key)} />
      )}
    </Field>
  )
  const toggleDay = (day: number) =>
    setValues((current) => {
      const days = current['workingHours.days']
      return {
        ...current,
        'workingHours.days': days.includes(day) ? days.filter((d) => d !== day) : [...days, day],
      }
    })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const issues = await onSave(settingsPatch(values))
    const next: Partial<Record<Key, string>> = {}
    for (const issue of issues ?? []) {
      const key = (Object.keys(values) as Key[]).find(
        (k) => issue.path === k || issue.path.startsWith(`${k}.`),
      )
      if (key) next[key] ??= issueText(issue, label(key))
    }
    setErrors(next)
  }

  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <form className="settings-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('settings.profile')}</legend>
          <p className="hint">{t('settings.profileHint')}</p>
          {input('userName')}
          {input('userEmail', 'email')}
          {input('userPhone', 'tel')}
          <Field label={label('signature')} error={errors.signature}>
            <textarea rows={3} value={values.signature} onChange={set('signature')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('settings.display')}</legend>
          <Field label={label('language')} error={errors.language}>
            <select value={values.language} onChange={set('language')}>
              <LanguageOptions />
            </select>
          </Field>
          <Field label={label('theme')} error={errors.theme}>
            <select value={values.theme} onChange={set('theme')}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`settings.themes.${theme}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={label('timeZone')} error={errors.timeZone}>
            <select value={values.timeZone} onChange={set('timeZone')}>
              <ZoneOptions current={values.timeZone} />
            </select>
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('settings.scheduling')}</legend>
          {input('noticeHours.short', 'number')}
          {input('noticeHours.late', 'number')}
          {input('travelBufferMinutes', 'number')}
          {input('prepBufferMinutes', 'number')}
          <div className="field">
            <span className="label">{label('workingHours.days')}</span>
            <div className="days" role="group" aria-label={label('workingHours.days')}>
              {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                <label key={day} className="check">
                  <input
                    type="checkbox"
                    checked={values['workingHours.days'].includes(day)}
                    onChange={() => toggleDay(day)}
                  />
                  {format(setDay(new Date(2026, 0, 5), day % 7), 'EEE', { locale })}
                </label>
              ))}
            </div>
          </div>
          {input('workingHours.start', 'time')}
          {input('workingHours.end', 'time')}
          <Field
            label={label('holidayCountry')}
            error={errors.holidayCountry}
            hint={t('settings.holidayHint')}
          >
            <select value={values.holidayCountry} onChange={set('holidayCountry')}>
              {countryOptions(values.holidayCountry, i18n.language).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          {input('sameDayWarningCount', 'number')}
          {input('reminderOffsetsMinutes')}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
        </div>
      </form>
      <TravelTimesPanel defaultMinutes={settings.travelBufferMinutes} />
    </section>
  )
}

/** Countries whose holidays people most often need here, and the current one, named in the UI's language. */
const COUNTRIES = ['ID', 'SG', 'MY', 'PH', 'TH', 'VN', 'AU', 'JP', 'AE', 'NL', 'DE', 'GB', 'US']

function countryOptions(current: string, language: string): [string, string][] {
  const name = countryNames(language)
  const codes = COUNTRIES.includes(current) ? COUNTRIES : [current, ...COUNTRIES]
  return codes.map((code) => [code, name(code)])
}
