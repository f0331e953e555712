import { describe, expect, it } from 'vitest'
import { busyDays } from '../../../src/shared/schedule/sameDay'
import { at } from '../../helpers/interviews'

describe('same-day load', () => {
  it.each([
    [1, []],
    [2, ['info']],
    [3, ['warning']],
    [4, ['warning']],
  ])('%i interviews on one day → %j', (count, severities) => {
    const interviews = Array.from({ length: count }, (_, i) => at(`2026-12-07T0${i * 2}:00`, 60))
    expect(busyDays(interviews, 'Asia/Jakarta', 3).map((d) => d.severity)).toEqual(severities)
  })

  it("counts calendar days in the user's zone, not UTC", () => {
    // 23:00 and 01:00 UTC are two UTC days but one Jakarta day (06:00 and 08:00 WIB).
    const interviews = [at('2026-12-06T23:00'), at('2026-12-07T01:00', 60, { location: 'BSD' })]
    expect(busyDays(interviews, 'Asia/Jakarta', 3).map((d) => d.day)).toEqual(['2026-12-07'])
    expect(busyDays(interviews, 'UTC', 3)).toEqual([])
  })

  it('ignores interviews that are no longer happening', () => {
    expect(
      busyDays([at('2026-12-07T02:00'), at('2026-12-07T05:00', 60, { status: 'cancelled' })], 'UTC', 3),
    ).toEqual([])
  })

  it('follows the warning count in the settings', () => {
    const two = [at('2026-12-07T02:00'), at('2026-12-07T05:00')]
    expect(busyDays(two, 'UTC', 2)[0]?.severity).toBe('warning')
  })
})
