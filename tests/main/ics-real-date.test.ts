import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRealDate } from '../../src/main/ics/realDate'

/** The rule as first written, with a regular expression. */
function byRegex(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return true
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return month >= 1 && month <= 12 && day >= 1 && day <= days!
}

describe('real calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31T10:00:00', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['20261207', true],
    ['2026-1-07', true],
  ])('%s → %s', (value, real) => expect(isRealDate(value)).toBe(real))

  it('answers as the regular expression did, for any text', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      )
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (value) => {
        expect(isRealDate(value)).toBe(byRegex(value))
      }),
      { numRuns: 5000 },
    )
  })
})
