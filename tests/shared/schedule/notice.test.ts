import { describe, expect, it } from 'vitest'
import { noticeLevel, noticeLines } from '../../../src/shared/schedule/notice'

const thresholds = { short: 48, late: 24 }
const start = Date.parse('2026-12-07T03:00:00Z')
const hoursBefore = (h: number) => start - h * 3600_000

describe('notice level', () => {
  it.each([
    [72, 'ample'],
    [48, 'ample'],
    [47.9, 'short'],
    [30, 'short'],
    [24, 'short'],
    [23.99, 'late'],
    [0.5, 'late'],
    [0, 'past'],
    [-2, 'past'],
  ])('a message %s h before the start gives %s notice', (hours, level) => {
    expect(noticeLevel(hoursBefore(hours), start, thresholds).level).toBe(level)
  })

  it('follows the thresholds in the settings', () => {
    expect(noticeLevel(hoursBefore(60), start, { short: 72, late: 36 }).level).toBe('short')
  })

  it('reports the hours before, negative once started', () => {
    expect(noticeLevel(hoursBefore(30), start, thresholds).hoursBefore).toBe(30)
    expect(noticeLevel(hoursBefore(-1.5), start, thresholds).hoursBefore).toBe(-1.5)
  })

  it('draws the notice lines 48 h and 24 h before the start', () => {
    expect(noticeLines(start, thresholds)).toEqual({ short: hoursBefore(48), late: hoursBefore(24) })
  })
})

describe('notice across daylight-saving changes counts real elapsed hours', () => {
  // New York springs forward on 8 March 2026 (a 23-hour day) and falls back on 1 November 2026 (25 hours).
  it('across the 23-hour night, "same wall-clock time yesterday" is only 23 h: late, not short', () => {
    const interview = Date.parse('2026-03-08T14:00:00Z') // 10:00 EDT on 8 March
    const dayBefore = Date.parse('2026-03-07T15:00:00Z') // 10:00 EST on 7 March
    expect(noticeLevel(dayBefore, interview, thresholds)).toEqual({ level: 'late', hoursBefore: 23 })
  })

  it('across the 25-hour night, the same wall-clock time yesterday is 25 h: short', () => {
    const interview = Date.parse('2026-11-01T15:00:00Z') // 10:00 EST on 1 November
    const dayBefore = Date.parse('2026-10-31T14:00:00Z') // 10:00 EDT on 31 October
    expect(noticeLevel(dayBefore, interview, thresholds)).toEqual({ level: 'short', hoursBefore: 25 })
  })
})
