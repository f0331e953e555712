import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Interview } from '../../../src/shared/model/interview'
import { publicHolidays } from '../../../src/shared/schedule/holidays'
import {
  isOfficeDay,
  minuteOfDay,
  nextDay,
  withinOfficeHours,
  type HolidayCheck,
} from '../../../src/shared/schedule/officeHours'
import {
  proposeTimes,
  slotProblems,
  WAKING,
  type ProposalContext,
} from '../../../src/shared/schedule/proposeTimes'
import { TravelBook } from '../../../src/shared/schedule/travel'
import { dayKey } from '../../../src/shared/time'
import { at, settings } from '../../helpers/interviews'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Europe/London', 'America/New_York'] as const
const userSettings = settings({ timeZone: 'Asia/Jakarta' })
const book = new TravelBook([], userSettings)

function context(overrides: Partial<ProposalContext> & { interview: Interview }): ProposalContext {
  return {
    others: [],
    settings: userSettings,
    book,
    isHoliday: () => false,
    now: Date.parse('2026-11-30T02:00:00Z'), // Monday 09:00 WIB
    ...overrides,
  }
}

/** Whether two spans keep the gap the schedule needs between them (travel or preparation). */
function clear(a: Interview, b: Interview): boolean {
  const [first, second] = Date.parse(a.startsAt) <= Date.parse(b.startsAt) ? [a, b] : [b, a]
  const gap = Date.parse(second.startsAt) - Date.parse(first.endsAt)
  return gap >= book.need(first, second).minutes * 60_000
}

describe('default reschedule times', () => {
  it('an 08:00 interview gets three later working days, never its own slot or the same morning', () => {
    // Wednesday 2 December, 08:00–09:00 WIB.
    const interview = at('2026-12-02T01:00', 60, { timeZone: 'Asia/Jakarta' })
    const slots = proposeTimes(context({ interview }))
    expect(slots).toHaveLength(3)
    const days = slots.map((slot) => dayKey(slot.startsAt, 'Asia/Jakarta'))
    expect(new Set(days).size).toBe(3)
    expect(days.every((day) => day > '2026-12-02')).toBe(true)
    // The first keeps the interview's own hour; the next offers an afternoon.
    expect(slots.map((slot) => minuteOfDay(Date.parse(slot.startsAt), 'Asia/Jakarta') / 60)).toEqual([
      8, 14, 8,
    ])
  })

  it('a London company gets London office hours, inside the user’s waking hours in Jakarta', () => {
    // Wednesday 2 December, 10:00–11:00 GMT (17:00 WIB).
    const interview = at('2026-12-02T10:00', 60, { timeZone: 'Europe/London' })
    for (const slot of proposeTimes(context({ interview }))) {
      const start = Date.parse(slot.startsAt)
      expect(
        withinOfficeHours(
          start,
          Date.parse(slot.endsAt),
          'Europe/London',
          userSettings.workingHours,
          () => false,
        ),
      ).toBe(true)
      expect(minuteOfDay(start, 'Asia/Jakarta')).toBeGreaterThanOrEqual(WAKING.start)
      expect(minuteOfDay(Date.parse(slot.endsAt) - 1, 'Asia/Jakarta')).toBeLessThan(WAKING.end)
    }
  })

  it('the interview being moved does not block its own new times, while other interviews do', () => {
    const interview = at('2026-12-02T01:00', 60, { timeZone: 'Asia/Jakarta' })
    const later = { ...interview, startsAt: '2026-12-03T01:00:00.000Z', endsAt: '2026-12-03T02:00:00.000Z' }
    // Its own record, as stored, sits at Thursday 08:00: that must not count as a clash.
    const slots = proposeTimes(context({ interview, others: [later] }))
    expect(slots[0]!.startsAt).toBe('2026-12-03T01:00:00.000Z')
    const other = at('2026-12-03T01:00', 60, { timeZone: 'Asia/Jakarta', company: 'Other' })
    const around = proposeTimes(context({ interview, others: [other] }))
    expect(around.every((slot) => clear({ ...interview, ...slot }, other))).toBe(true)
  })

  it('after illness, nothing before the second working day from today', () => {
    // Now Monday 30 November; interview Tuesday 1 December.
    const interview = at('2026-12-01T03:00', 60, { timeZone: 'Asia/Jakarta' })
    const slots = proposeTimes(context({ interview, reason: 'illness' }))
    expect(slots.every((slot) => dayKey(slot.startsAt, 'Asia/Jakarta') >= '2026-12-02')).toBe(true)
    const plain = proposeTimes(context({ interview }))
    expect(dayKey(plain[0]!.startsAt, 'Asia/Jakarta')).toBe('2026-12-02')
  })

  it('skips Indonesia’s public holidays from the holiday data (Christmas 2026 is a Friday)', () => {
    const holidays = publicHolidays('ID')
    expect(holidays('2026-12-25')).toBe(true)
    expect(holidays('2026-12-24')).toBe(false)
    // Thursday 24 December 10:00 WIB: the next working days are 28, 29, 30 December.
    const interview = at('2026-12-24T03:00', 60, { timeZone: 'Asia/Jakarta' })
    const slots = proposeTimes(
      context({ interview, isHoliday: holidays, now: Date.parse('2026-12-21T02:00:00Z') }),
    )
    expect(slots.map((slot) => dayKey(slot.startsAt, 'Asia/Jakarta'))).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
    ])
  })

  it('names what is wrong with a time the user typed', () => {
    const interview = at('2026-12-02T03:00', 60, { timeZone: 'Asia/Jakarta' })
    const busy = at('2026-12-08T03:00', 60, { timeZone: 'Asia/Jakarta', priority: 5 })
    const c = context({ interview, others: [busy], isHoliday: (day) => day === '2026-12-25' })
    const problems = (startsAt: string) =>
      slotProblems({ startsAt, endsAt: new Date(Date.parse(startsAt) + HOUR).toISOString() }, c)
    expect(problems('2026-11-29T03:00:00.000Z')).toContain('past')
    expect(problems('2026-11-30T08:00:00.000Z')).toContain('too-soon')
    expect(problems('2026-12-05T03:00:00.000Z')).toEqual(['weekend']) // Saturday 10:00 WIB
    expect(problems('2026-12-25T03:00:00.000Z')).toEqual(['holiday'])
    expect(problems('2026-12-07T12:00:00.000Z')).toEqual(['outside-office-hours']) // Monday 19:00 WIB
    expect(problems('2026-12-08T03:30:00.000Z')).toEqual(['clash'])
    expect(problems('2026-12-09T03:00:00.000Z')).toEqual([])
  })
})

/** A random schedule around a random interview, in one of the four zones, with random holidays. */
const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    dayOffset: fc.integer({ min: 0, max: 20 }),
    startMinute: fc.integer({ min: 0, max: 47 }).map((half) => half * 30),
    duration: fc.constantFrom(30, 45, 60, 90, 120),
    reason: fc.constantFrom(undefined, 'illness', 'family-emergency', 'schedule-conflict'),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }),
    others: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 40 }),
        minute: fc.integer({ min: 0, max: 95 }).map((quarter) => quarter * 15),
        duration: fc.constantFrom(30, 60, 90),
        mode: fc.constantFrom('onsite', 'video', 'phone'),
        zone: fc.constantFrom(...ZONES),
        status: fc.constantFrom('invited', 'confirmed', 'cancelled'),
      }),
      { maxLength: 25 },
    ),
  })
  .map((s) => {
    const now = Date.parse('2026-11-30T02:00:00Z')
    const base = now + s.dayOffset * DAY
    const start = base - (base % DAY) + s.startMinute * 60_000
    const interview = at(new Date(start).toISOString(), s.duration, { timeZone: s.zone })
    const holidayDays = new Set(s.holidays.map((d) => dayKey(now + d * DAY, s.zone)))
    const isHoliday: HolidayCheck = (day) => holidayDays.has(day)
    const others = s.others.map((o, i) =>
      at(new Date(now - (now % DAY) + o.day * DAY + o.minute * 60_000).toISOString(), o.duration, {
        timeZone: o.zone,
        mode: o.mode as Interview['mode'],
        status: o.status as Interview['status'],
        location: i % 2 ? 'Menara Sudirman, Jakarta' : 'BSD City',
      }),
    )
    return context({ interview, others, isHoliday, now, reason: s.reason as ProposalContext['reason'] })
  })

describe('every proposed time meets every rule (property)', () => {
  it('over random schedules, zones and holidays', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const slots = proposeTimes(c)
        const zone = c.interview.timeZone
        const duration = Date.parse(c.interview.endsAt) - Date.parse(c.interview.startsAt)
        const original = dayKey(c.interview.startsAt, zone)
        for (const slot of slots) {
          const start = Date.parse(slot.startsAt)
          const end = Date.parse(slot.endsAt)
          const day = dayKey(start, zone)
          expect(end - start).toBe(duration)
          expect(start - c.now).toBeGreaterThanOrEqual(DAY)
          expect(day > original).toBe(true)
          expect(isOfficeDay(day, c.settings.workingHours, c.isHoliday)).toBe(true)
          expect(withinOfficeHours(start, end, zone, c.settings.workingHours, c.isHoliday)).toBe(true)
          expect(minuteOfDay(start, c.settings.timeZone)).toBeGreaterThanOrEqual(WAKING.start)
          expect(minuteOfDay(end - 1, c.settings.timeZone)).toBeLessThan(WAKING.end)
          for (const other of c.others) {
            if (other.status === 'cancelled') continue
            expect(clear({ ...c.interview, ...slot }, other)).toBe(true)
          }
          // The checks the composer runs on a typed time agree with the finder.
          expect(slotProblems(slot, c)).toEqual([])
          if (c.reason === 'illness' || c.reason === 'family-emergency') {
            let second = dayKey(c.now, zone)
            for (let counted = 0; counted < 2;) {
              second = nextDay(second)
              if (isOfficeDay(second, c.settings.workingHours, c.isHoliday)) counted += 1
            }
            expect(day >= second).toBe(true)
          }
        }
        if (slots.length === 3) {
          expect(new Set(slots.map((slot) => dayKey(slot.startsAt, zone))).size).toBeGreaterThanOrEqual(2)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('finds three times whenever the calendar is empty', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        expect(proposeTimes({ ...c, others: [] })).toHaveLength(3)
      }),
      { numRuns: 100 },
    )
  })
})
