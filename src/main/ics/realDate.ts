/** Calendar dates, apart from ical.js: the main process checks them too and need not load it. */

/** The number written in `count` digits from `from`, or -1 when one of them is not a digit. */
function digits(value: string, from: number, count: number): number {
  let number = 0
  for (let i = from; i < from + count; i += 1) {
    const digit = value.charCodeAt(i) - 48
    if (!(digit >= 0 && digit <= 9)) return -1
    number = number * 10 + digit
  }
  return number
}

/**
 * True for a real calendar date: "2026-02-31" rolls over in most parsers; here it is refused. A value not
 * starting "dddd-dd-dd" is not a date to judge (true). Read digit by digit: it runs twice per imported event.
 */
export function isRealDate(value: string): boolean {
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return true
  const [year, month, day] = [digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2)]
  if (year < 0 || month < 0 || day < 0) return true
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1]!
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
}
