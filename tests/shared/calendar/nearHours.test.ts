import { describe, expect, it } from 'vitest'
import { isNear, nearHours, sameRange } from '../../../src/shared/calendar/nearHours'

describe('the hours a time grid draws in full', () => {
  it('are the viewport’s whole hours and two more either side, within the day', () => {
    // 48 px an hour, scrolled to 07:00, 480 px tall: 07:00–17:00 on screen.
    expect(nearHours(7 * 48, 480, 48)).toEqual({ from: 5 * 60, to: 19 * 60 })
    // Half an hour in: the partly shown hours count.
    expect(nearHours(7.5 * 48, 480, 48)).toEqual({ from: 5 * 60, to: 20 * 60 })
    expect(nearHours(0, 480, 48)).toEqual({ from: 0, to: 12 * 60 })
    expect(nearHours(24 * 48 - 480, 480, 48)).toEqual({ from: 12 * 60, to: 24 * 60 })
  })

  it('are all of them while the grid has no height to go by', () => {
    expect(nearHours(300, 0, 48)).toBeUndefined()
    expect(nearHours(300, Number.NaN, 48)).toBeUndefined()
    expect(isNear(undefined, 23 * 60, 24 * 60)).toBe(true)
  })

  it('take in a drawing that reaches into them from either side, and nothing that only touches them', () => {
    const range = { from: 5 * 60, to: 19 * 60 }
    expect(isNear(range, 4 * 60, 5 * 60 + 1)).toBe(true)
    expect(isNear(range, 18 * 60 + 59, 20 * 60)).toBe(true)
    expect(isNear(range, 4 * 60, 5 * 60)).toBe(false)
    expect(isNear(range, 19 * 60, 20 * 60)).toBe(false)
    expect(isNear(range, 22 * 60, 23 * 60)).toBe(false)
  })

  it('compare by their minutes', () => {
    expect(sameRange({ from: 60, to: 120 }, { from: 60, to: 120 })).toBe(true)
    expect(sameRange({ from: 60, to: 120 }, { from: 60, to: 180 })).toBe(false)
    expect(sameRange(undefined, undefined)).toBe(true)
    expect(sameRange(undefined, { from: 0, to: 60 })).toBe(false)
  })
})
