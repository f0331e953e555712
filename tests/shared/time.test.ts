import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { groupByDay, interviewsByDay, interviewsOnDays } from '../../src/shared/schedule/agenda'
import { monthWeeks } from '../../src/shared/calendar/layout'
import { at } from '../helpers/interviews'
import { TZDate } from '@date-fns/tz'
import {
  dayKey,
  instantFromWallClock,
  instantMs,
  isoInstant,
  wallClock,
  zonedInstant,
  zoneAbbreviation,
  zoneOffset,
} from '../../src/shared/time'

describe("the machine's own zone", () => {
  /** The offset Intl writes as "GMT+05:45", in milliseconds: read another way than the app reads it. */
  const written = (zone: string, at: number) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')!.value
    const match = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!
    return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0
  }

  it('has the offsets Intl gives it, at any instant from 1973 to 2100 (Date reads them in its case)', () => {
    // test:zones runs this under six host zones: DST north and south, half-hour and 45-minute offsets.
    const host = new Intl.DateTimeFormat().resolvedOptions().timeZone
    const instants = fc.integer({ min: Date.UTC(1973, 0, 1), max: Date.UTC(2100, 0, 1) })
    fc.assert(
      fc.property(instants, (at) => zoneOffset(host, at) === written(host, at)),
      { numRuns: 2000 },
    )
    // Another zone still goes through Intl.
    const other = host === 'Asia/Jakarta' ? 'Asia/Kolkata' : 'Asia/Jakarta'
    fc.assert(
      fc.property(instants, (at) => zoneOffset(other, at) === written(other, at)),
      { numRuns: 300 },
    )
  })
})

describe('a machine carried to another zone while the app runs', () => {
  const original = process.env.TZ
  afterEach(() => {
    vi.restoreAllMocks()
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  })

  it("reads the machine's zone again: Jakarta keeps Jakarta's offset once the clock is set to Makassar", () => {
    const at = Date.UTC(2027, 2, 9, 3)
    process.env.TZ = 'Asia/Jakarta'
    const clock = performance.now()
    vi.spyOn(performance, 'now').mockReturnValue(clock + 5_000)
    expect(zoneOffset('Asia/Jakarta', at) / 3_600_000).toBe(7)
    // A few seconds later the machine is in Makassar (UTC+8); an instant not asked before and the one asked.
    process.env.TZ = 'Asia/Makassar'
    vi.spyOn(performance, 'now').mockReturnValue(clock + 10_000)
    expect(zoneOffset('Asia/Jakarta', at + 40 * 86_400_000) / 3_600_000).toBe(7)
    expect(zoneOffset('Asia/Jakarta', at) / 3_600_000).toBe(7)
    expect(zoneOffset('Asia/Makassar', at) / 3_600_000).toBe(8)
  })
})

describe('wall clock ⇄ instant', () => {
  it.each([
    ['2026-12-07', '10:00', 'Asia/Jakarta', '2026-12-07T03:00:00.000Z'],
    ['2026-12-07', '10:00', 'Asia/Makassar', '2026-12-07T02:00:00.000Z'],
    ['2026-12-07', '10:00', 'Asia/Jayapura', '2026-12-07T01:00:00.000Z'],
    ['2026-07-01', '09:30', 'Europe/London', '2026-07-01T08:30:00.000Z'],
    ['2026-12-07', '09:30', 'Pacific/Chatham', '2026-12-06T19:45:00.000Z'],
    // 02:30 does not exist on the night clocks spring forward: it moves forward with the clock.
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(instantFromWallClock(date, time, zone)).toBe(instant)
  })

  it.each([
    ['2026-02-31', '10:00'],
    ['2026-13-01', '10:00'],
    ['2026-12-07', '24:00'],
    ['07/12/2026', '10:00'],
    ['', '10:00'],
  ])('%s %s is not a real moment', (date, time) => {
    expect(instantFromWallClock(date, time, 'Asia/Jakarta')).toBeUndefined()
  })

  it('reads an instant back as the same wall clock', () => {
    expect(wallClock('2026-12-07T03:00:00.000Z', 'Asia/Jakarta')).toEqual({
      date: '2026-12-07',
      time: '10:00',
    })
  })
})

describe('days and zone names', () => {
  it('a late-evening UTC instant is already the next day in Jakarta', () => {
    expect(dayKey('2026-12-06T18:00:00Z', 'Asia/Jakarta')).toBe('2026-12-07')
    expect(dayKey('2026-12-06T18:00:00Z', 'UTC')).toBe('2026-12-06')
  })

  it.each([
    ['Asia/Jakarta', 'WIB'],
    ['Asia/Pontianak', 'WIB'],
    ['Asia/Makassar', 'WITA'],
    ['Asia/Jayapura', 'WIT'],
    ['UTC', 'UTC'],
  ])('%s is abbreviated %s', (zone, abbreviation) => {
    expect(zoneAbbreviation(zone, new Date('2026-12-07T03:00:00Z'))).toBe(abbreviation)
  })

  it('names a zone as it is at each instant, in each locale, however often it is asked (the namer is kept)', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(zoneAbbreviation('Europe/London', new Date('2027-01-15T12:00:00Z'))).toBe('GMT')
      expect(zoneAbbreviation('Europe/London', new Date('2027-07-15T12:00:00Z'))).toBe('BST')
      expect(zoneAbbreviation('America/New_York', new Date('2027-07-15T12:00:00Z'), 'en-US')).toBe('EDT')
      expect(zoneAbbreviation('America/New_York', new Date('2027-01-15T12:00:00Z'), 'en-US')).toBe('EST')
    }
  })
})

describe('agenda grouping', () => {
  const interview = (id: string, startsAt: string) => ({ ...at(startsAt), id })

  it('groups by the start day in the user zone, in time order', () => {
    const days = groupByDay(
      [
        interview('c', '2026-12-07T09:00:00.000Z'),
        interview('a', '2026-12-06T18:00:00.000Z'),
        interview('b', '2026-12-07T02:00:00.000Z'),
      ],
      'Asia/Jakarta',
    )
    expect(days.map((d) => [d.day, d.interviews.map((i) => i.id)])).toEqual([['2026-12-07', ['a', 'b', 'c']]])
  })

  it('splits the same interviews differently for a user in New York', () => {
    const days = groupByDay(
      [interview('a', '2026-12-07T02:00:00.000Z'), interview('b', '2026-12-07T09:00:00.000Z')],
      'America/New_York',
    )
    expect(days.map((d) => d.day)).toEqual(['2026-12-06', '2026-12-07'])
  })

  it('puts any interviews, in any order, in the days and order a full sort then a day key per interview gives', () => {
    // Starts every 90 minutes over a year from 1 March 2026 (DST changes, 30-minute ones at Lord Howe, and a
    // year's end), ids from four letters so equal starts are ordered by id.
    const start = Date.parse('2026-03-01T00:00:00Z')
    const starts = fc.integer({ min: 0, max: 6000 }).map((steps) => start + steps * 5_400_000)
    const zone = fc.constantFrom('America/New_York', 'Asia/Jakarta', 'UTC', 'Australia/Lord_Howe')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(starts, fc.constantFrom('a', 'b', 'c', 'd')), { maxLength: 60 }),
        zone,
        (list, zoneName) => {
          const interviews = list.map(([ms, id]) => interview(id, new Date(ms).toISOString()))
          const expected = new Map<string, string[]>()
          const sorted = [...interviews].sort((a, b) =>
            a.startsAt === b.startsAt ? a.id.localeCompare(b.id) : a.startsAt < b.startsAt ? -1 : 1,
          )
          for (const item of sorted)
            expected.set(dayKey(item.startsAt, zoneName), [
              ...(expected.get(dayKey(item.startsAt, zoneName)) ?? []),
              item.id,
            ])
          const grouped = interviewsByDay(interviews, zoneName)
          expect([...grouped].map(([day, items]) => [day, items.map((i) => i.id)])).toEqual([...expected])
        },
      ),
    )
  })

  it('puts in the shown days exactly what a day key per interview puts there, whatever the order and ISO form', () => {
    // The weeks of a month holding a DST change (March, April, October) or a year's end; up to 120 interviews
    // at random 20-minute steps over the 83 days around it, in any order, some written without milliseconds
    // (the contract accepts that too).
    const zone = fc.constantFrom(
      'America/New_York',
      'Asia/Jakarta',
      'UTC',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    )
    const month = fc.constantFrom('2026-03-15', '2026-04-05', '2026-10-04', '2026-12-31', '2027-01-01')
    fc.assert(
      fc.property(
        zone,
        month,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6000 }), fc.boolean()), { maxLength: 120 }),
        (zoneName, anchor, list) => {
          const days = monthWeeks(anchor, 1).flat()
          const start = Date.parse(`${anchor}T00:00:00Z`) - 45 * 86_400_000
          const interviews = list.map(([step, short], i) => {
            const iso = new Date(start + step * 20 * 60_000).toISOString()
            return interview(`i${String(i).padStart(3, '0')}`, short ? iso.replace('.000Z', 'Z') : iso)
          })
          const shown = new Set(days)
          const expected = [...interviewsByDay(interviews, zoneName)].filter(([day]) => shown.has(day))
          expect([...interviewsOnDays(interviews, days, zoneName)]).toEqual(expected)
        },
      ),
    )
  })

  it('a day that begins at 00:00 local time holds an interview at that minute, and the day before does not', () => {
    // Jakarta is UTC+7: 7 December begins at 17:00 UTC on the 6th.
    const days = ['2026-12-06', '2026-12-07']
    const grouped = interviewsOnDays(
      [interview('a', '2026-12-06T16:59:00.000Z'), interview('b', '2026-12-06T17:00:00.000Z')],
      days,
      'Asia/Jakarta',
    )
    expect([...grouped].map(([day, items]) => [day, items.map((i) => i.id)])).toEqual([
      ['2026-12-06', ['a']],
      ['2026-12-07', ['b']],
    ])
    expect(interviewsOnDays([interview('c', '2026-12-08T17:00:00.000Z')], days, 'Asia/Jakarta').size).toBe(0)
  })
})

describe('reading instants', () => {
  it('agrees with Date.parse on every toISOString form, leap days and centuries included', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1601-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString()
          expect(instantMs(iso)).toBe(Date.parse(iso))
        },
      ),
      { numRuns: 2000 },
    )
    expect(instantMs('2028-02-29T23:59:59.999Z')).toBe(Date.parse('2028-02-29T23:59:59.999Z'))
  })

  it('writes epoch milliseconds exactly as toISOString does, year 0 to 9999 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_198_755_200_000, max: 253_433_923_200_000 }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString())
      }),
      { numRuns: 5000 },
    )
    for (const iso of ['0000-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2000-02-29T12:00:00.000Z'])
      expect(isoInstant(Date.parse(iso))).toBe(iso)
    expect(isoInstant(1.9)).toBe(new Date(1.9).toISOString())
    expect(isoInstant(-1.9)).toBe(new Date(-1.9).toISOString())
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError)
  })

  it('hands other forms to Date.parse', () => {
    expect(instantMs('2026-12-07T03:00:00Z')).toBe(Date.parse('2026-12-07T03:00:00Z'))
  })
})

describe('wall clock in a zone → instant (the fast path used by imports)', () => {
  it('is exact across a change of offset and back within a week (Brazil, October 2000)', () => {
    const wall = (at: number, zone: string) => {
      const date = new TZDate(at, zone)
      return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()]
    }
    for (const zone of ['America/Recife', 'America/Noronha', 'America/Boa_Vista']) {
      for (let hour = 0; hour < 20 * 24; hour += 1) {
        const at = Date.UTC(2000, 9, 2) + hour * 3_600_000
        const [year, month, day, h, minute] = wall(at, zone) as [number, number, number, number, number]
        // The instant found shows the same wall time (a repeated hour may give its first occurrence).
        expect(wall(zonedInstant(year, month, day, h, minute, 0, zone), zone)).toEqual([
          year,
          month,
          day,
          h,
          minute,
        ])
      }
    }
  })

  it.each([
    [
      'a skipped time moves forward (New York, spring)',
      [2026, 3, 8, 2, 30],
      'America/New_York',
      '2026-03-08T07:30:00.000Z',
    ],
    [
      'a repeated time is the first one (New York, autumn)',
      [2026, 11, 1, 1, 30],
      'America/New_York',
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'a repeated time is the first one (London, autumn)',
      [2013, 10, 27, 1, 0],
      'Europe/London',
      '2013-10-27T00:00:00.000Z',
    ],
    [
      'a half-hour DST gap moves forward half an hour (Lord Howe)',
      [2026, 10, 4, 2, 15],
      'Australia/Lord_Howe',
      '2026-10-03T15:45:00.000Z',
    ],
    [
      'a repeated time east of UTC is the first one too (Lord Howe, autumn)',
      [2012, 4, 1, 1, 30],
      'Australia/Lord_Howe',
      '2012-03-31T14:30:00.000Z',
    ],
    ['a 45-minute zone (Chatham)', [2026, 12, 7, 9, 30], 'Pacific/Chatham', '2026-12-06T19:45:00.000Z'],
  ] as const)('%s', (_name, [y, m, d, h, mi], zone, iso) => {
    expect(new Date(zonedInstant(y, m, d, h, mi, 0, zone)).toISOString()).toBe(iso)
  })

  it('round-trips every real wall-clock time, and picks the first of a repeated one, in any host zone', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Jakarta',
      'Pacific/Chatham',
      'America/Sao_Paulo',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (zone, date) => {
          const at = Math.floor(date.getTime() / 60_000) * 60_000
          const wall = new TZDate(at, zone)
          const [y, m, d, h, mi] = [
            wall.getFullYear(),
            wall.getMonth() + 1,
            wall.getDate(),
            wall.getHours(),
            wall.getMinutes(),
          ]
          const result = zonedInstant(y, m, d, h, mi, 0, zone)
          const back = new TZDate(result, zone)
          expect([
            back.getFullYear(),
            back.getMonth() + 1,
            back.getDate(),
            back.getHours(),
            back.getMinutes(),
          ]).toEqual([y, m, d, h, mi])
          // `at` has this wall time; when the clock repeats it, ours is the earlier instant.
          expect(result).toBeLessThanOrEqual(at)
        },
      ),
      { numRuns: 5000 },
    )
  })
})
