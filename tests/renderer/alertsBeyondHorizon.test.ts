import { describe, expect, it } from 'vitest'
import { beyondHorizon } from '../../src/renderer/src/features/calendar/useAlertsBeyondHorizon'
import { ALERT_HORIZON_DAYS, MAX_ALERT_RANGE_DAYS } from '../../src/shared/schedule/alerts'

const DAY = 86_400_000
const NOW = Date.parse('2026-12-01T00:00:00.000Z')
const days = (n: number) => NOW + n * DAY

describe('the calendar period that asks for its own alerts', () => {
  it('is nothing while the fetched period lies within the default horizon', () => {
    expect(beyondHorizon({ from: days(-10), to: days(40) }, NOW)).toBeUndefined()
    expect(beyondHorizon(undefined, NOW)).toBeUndefined()
  })

  it('is the part past the horizon, overlapping it by a day, and the same all day long', () => {
    const window = { from: days(80), to: days(110) }
    const range = { from: days(ALERT_HORIZON_DAYS - 1), to: days(110) }
    expect(beyondHorizon(window, NOW)).toEqual(range)
    expect(beyondHorizon(window, NOW + 23 * 3_600_000)).toEqual(range)
    expect(beyondHorizon({ from: days(200), to: days(230) }, NOW)).toEqual({ from: days(200), to: days(230) })
  })

  it("cuts the agenda's open end at the longest period one call may cover", () => {
    expect(beyondHorizon({ from: days(0), to: Infinity }, NOW)).toEqual({
      from: days(ALERT_HORIZON_DAYS - 1),
      to: days(ALERT_HORIZON_DAYS - 1 + MAX_ALERT_RANGE_DAYS),
    })
  })
})
