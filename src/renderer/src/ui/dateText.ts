import { isValid, parse } from 'date-fns'

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/

/**
 * What the user typed in a date field → a day key (yyyy-MM-dd), or undefined while it is not a real date.
 * Both app languages write the day first ("30/11/2026"; "30-11-2026" and "30.11.2026" too), and an ISO
 * key is taken as it is.
 */
export function dayKeyOfText(text: string): string | undefined {
  const trimmed = text.trim()
  if (DAY_KEY.test(trimmed)) return isValid(parse(trimmed, 'yyyy-MM-dd', new Date())) ? trimmed : undefined
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed)
  if (!match) return undefined
  const key = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
  return isValid(parse(key, 'yyyy-MM-dd', new Date())) ? key : undefined
}

/** A day key as the date field shows it: 30/11/2026. */
export function textOfDayKey(key: string): string {
  return DAY_KEY.test(key) ? `${key.slice(8, 10)}/${key.slice(5, 7)}/${key.slice(0, 4)}` : key
}

/**
 * What the user typed in a time field → "HH:mm", or undefined while incomplete: "8:30", "08.30" (the
 * Indonesian way), "0830", "830" and "8" (whole hours) are all understood.
 */
export function clockOfText(text: string): string | undefined {
  const trimmed = text.trim()
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed) ?? /^(\d)(\d{2})$/.exec(trimmed)
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
