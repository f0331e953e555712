import { describe, expect, it } from 'vitest'
import { busyDays } from '../../../src/shared/schedule/sameDay'
import { freeSlots } from '../../../src/shared/schedule/freeSlots'
import { at, settings } from '../../helpers/interviews'

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

describe('free slots', () => {
  const now = Date.parse('2026-12-06T00:00:00Z') // Sunday 07:00 WIB
  const query = { from: now, to: Date.parse('2026-12-12T00:00:00Z'), durationMinutes: 60, count: 3, now }

  it('are the first slots inside working hours, Monday to Friday, in the user zone', () => {
    const slots = freeSlots([], settings(), query)
    expect(slots.map((s) => s.startsAt)).toEqual([
      '2026-12-07T01:00:00.000Z', // Monday 08:00 WIB
      '2026-12-07T02:00:00.000Z',
      '2026-12-07T03:00:00.000Z',
    ])
  })

  it('keep travel time clear around onsite interviews and preparation around calls', () => {
    const interviews = [
      at('2026-12-07T02:00', 60), // 09:00–10:00 WIB onsite: busy 08:00–11:00
      at('2026-12-07T05:00', 30, { mode: 'video' }), // 12:00–12:30 WIB: busy 11:45–12:45
    ]
    const slots = freeSlots(interviews, settings(), { ...query, count: 2 })
    expect(slots.map((s) => s.startsAt)).toEqual(['2026-12-07T06:00:00.000Z', '2026-12-07T07:00:00.000Z'])
  })

  it('never propose a time in the past or after the range', () => {
    const later = Date.parse('2026-12-07T08:40:00Z') // Monday 15:40 WIB
    const slots = freeSlots([], settings(), {
      ...query,
      now: later,
      to: Date.parse('2026-12-08T03:00:00Z'),
      count: 5,
    })
    // 16:00–17:00 WIB still fits on Monday; then Tuesday from 08:00 until the range ends at 10:00.
    expect(slots.map((s) => s.startsAt)).toEqual([
      '2026-12-07T09:00:00.000Z',
      '2026-12-08T01:00:00.000Z',
      '2026-12-08T02:00:00.000Z',
    ])
    expect(Date.parse(slots[0]!.startsAt)).toBeGreaterThan(later)
  })

  it('start on tidy local half hours even in a :45 zone', () => {
    const slots = freeSlots([], settings({ timeZone: 'Asia/Kathmandu' }), { ...query, count: 1 })
    expect(slots[0]!.startsAt).toBe('2026-12-07T02:15:00.000Z') // 08:00 NPT
  })

  it('keep working hours on a 23-hour DST day', () => {
    const ny = settings({
      timeZone: 'America/New_York',
      workingHours: { days: [7], start: '09:00', end: '11:00' },
    })
    const sunday = Date.parse('2026-03-08T05:00:00Z') // midnight EST, the night clocks spring forward
    const slots = freeSlots([], ny, {
      from: sunday,
      to: sunday + 86_400_000,
      durationMinutes: 60,
      count: 5,
      now: sunday,
    })
    expect(slots.map((s) => s.startsAt)).toEqual(['2026-03-08T13:00:00.000Z', '2026-03-08T14:00:00.000Z']) // 09:00, 10:00 EDT
  })
})
