import { describe, expect, it } from 'vitest'
import { outsideWorkingHours } from '../../../src/shared/schedule/workingHours'

const settings = {
  timeZone: 'Asia/Jakarta',
  workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
}
// Monday 7 December 2026 in Jakarta (UTC+7): 10:00 WIB is 03:00Z.
const wib = (time: string, day = '07') => new Date(`2026-12-${day}T${time}:00+07:00`).toISOString()

describe('outside working hours (Mon–Fri 08:00–17:00, Jakarta)', () => {
  it.each([
    ['10:00–11:00 on a Monday is inside', wib('10:00'), wib('11:00'), false],
    ['08:00–17:00 exactly is inside', wib('08:00'), wib('17:00'), false],
    ['an 18:30 video call is outside', wib('18:30'), wib('19:15'), true],
    ['16:30–17:30 runs past the end', wib('16:30'), wib('17:30'), true],
    ['07:30–08:30 starts too early', wib('07:30'), wib('08:30'), true],
    ['Saturday morning is outside', wib('10:00', '12'), wib('11:00', '12'), true],
    ['23:00 to midnight is outside', wib('23:00'), wib('00:00', '08'), true],
  ])('%s', (_name, startsAt, endsAt, outside) => {
    expect(outsideWorkingHours(startsAt, endsAt, settings)).toBe(outside)
  })

  it('is read on the user’s own wall clock: 10:00 in London is 17:00 in Jakarta', () => {
    const london = new Date('2026-12-07T10:00:00Z').toISOString()
    const later = new Date('2026-12-07T11:00:00Z').toISOString()
    expect(outsideWorkingHours(london, later, settings)).toBe(true)
    expect(outsideWorkingHours(london, later, { ...settings, timeZone: 'Europe/London' })).toBe(false)
  })
})
