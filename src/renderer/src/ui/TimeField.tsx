import type { InputHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { clockAt } from '../../../shared/calendar/layout'
import { clockText } from '../i18n/clock'
import { clockOfText } from './dateText'
import { useTypedText } from './useTypedText'

type TimeFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string
  onChange: (value: string) => void
  /** Arrow up and down move by this many minutes. */
  step?: number
}

/**
 * A typed 24-hour time, the same in every browser (a native time input follows the browser's locale and
 * may show "08:00 AM"), written as the UI language writes times. Arrow keys move it by a quarter hour. A time still being typed is handed on as it
 * is, so the form's check names it.
 */
export function TimeField({ value, onChange, step = 15, ...rest }: TimeFieldProps) {
  const { t, i18n } = useTranslation()
  // Shown as the UI language writes times ("09.00" in Indonesian); either way of typing is understood.
  const show = (clock: string) => clockText(clock, i18n.language)
  const [text, setText] = useTypedText(value, clockOfText, show)
  const commit = (next: string) => {
    setText(next)
    onChange(clockOfText(next) ?? next)
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('fields.timePlaceholder')}
      maxLength={5}
      value={text}
      onChange={(event) => commit(event.target.value)}
      onBlur={() => {
        const clock = clockOfText(text)
        setText(clock ? show(clock) : text)
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
        const clock = clockOfText(text)
        if (!clock) return
        event.preventDefault()
        const minutes = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3))
        commit(show(clockAt(minutes + (event.key === 'ArrowUp' ? step : -step), step)))
      }}
    />
  )
}
