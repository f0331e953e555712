import { useState } from 'react'

/**
 * The text of a typed field over a value it parses to. The text is the user's while it means the value
 * (or is unfinished); a value set from outside (a new dialog, the calendar moving) replaces it. Adjusted
 * during render rather than in an effect, so the field never shows a stale text for a frame.
 */
export function useTypedText(
  value: string,
  parse: (text: string) => string | undefined,
  show: (value: string) => string,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => show(value))
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    if (parse(text) !== value && text !== value) setText(show(value))
  }
  return [text, setText]
}
