import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { format } from 'date-fns'
import { dayKeyOfText, textOfDayKey } from './dateText'
import { useTypedText } from './useTypedText'
import { lazyPart } from './lazyPart'

const DayPicker = lazyPart(() => import('./DayPickerPart').then((part) => part.DayPickerPart))

type DateFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** A day key (yyyy-MM-dd), or what the user is typing. */
  value: string
  onChange: (value: string) => void
}

/** The picker hands over local midnights; only the calendar day matters. */
const keyOf = (date: Date) => format(date, 'yyyy-MM-dd')

/**
 * A date in the app's language whatever the browser's: typed day first (30/11/2026) or picked from a
 * calendar (react-day-picker with the date-fns locale, fully keyboard-usable). A native date input would
 * show the browser's own format, e.g. 11/30/2026.
 */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation()
  const [text, setText] = useTypedText(value, dayKeyOfText, textOfDayKey)
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const box = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (!open) return undefined
    const away = (event: MouseEvent) => !box.current?.contains(event.target as Node) && setOpen(false)
    document.addEventListener('mousedown', away)
    return () => document.removeEventListener('mousedown', away)
  }, [open])

  const key = dayKeyOfText(text)
  const selected = key
    ? new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8)))
    : undefined
  const close = () => {
    setOpen(false)
    toggle.current?.focus()
  }
  return (
    <span className="date-field" ref={box}>
      <input
        {...rest}
        type="text"
        autoComplete="off"
        placeholder={t('fields.datePlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          onChange(dayKeyOfText(event.target.value) ?? event.target.value)
        }}
        onBlur={() => setText(textOfDayKey(dayKeyOfText(text) ?? text))}
      />
      <button
        ref={toggle}
        type="button"
        className="quiet date-toggle"
        aria-label={t('fields.pickDate')}
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3zm12 8H5v9h14zM7 12h3v3H7z"
          />
        </svg>
      </button>
      {open && (
        <div
          className="date-popover"
          role="group"
          aria-label={t('fields.pickDate')}
          onKeyDown={(event) => {
            // Escape closes the calendar, not the dialog around it.
            if (event.key !== 'Escape') return
            event.preventDefault()
            event.stopPropagation()
            close()
          }}
        >
          <DayPicker
            language={i18n.language}
            selected={selected}
            onSelect={(date) => {
              if (!date) return
              const picked = keyOf(date)
              setText(textOfDayKey(picked))
              onChange(picked)
              close()
            }}
          />
        </div>
      )}
    </span>
  )
}
