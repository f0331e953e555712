import { DayPicker } from 'react-day-picker'
import { enGB, id as idLocale } from 'react-day-picker/locale'
import 'react-day-picker/style.css'

interface DayPickerPartProps {
  language: string
  selected: Date | undefined
  onSelect: (date: Date | undefined) => void
}

/**
 * react-day-picker with its locales and styles, picking one day from a month starting on Monday, focused as
 * it opens: a fifth of what the first screen would otherwise load, so the date fields fetch it (through
 * `lazyPart`) when their calendar is first opened, or once the calendar is drawn.
 */
export function DayPickerPart({ language, selected, onSelect }: DayPickerPartProps) {
  return (
    <DayPicker
      mode="single"
      locale={language === 'id' ? idLocale : enGB}
      weekStartsOn={1}
      selected={selected}
      defaultMonth={selected}
      autoFocus
      onSelect={onSelect}
    />
  )
}
