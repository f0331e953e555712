import { describe, expect, it } from 'vitest'
import {
  addMonths,
  clockAt,
  droppedTimes,
  dayBounds,
  isAllDay,
  isDayKey,
  layoutDay,
  monthWeeks,
  moveFocus,
  overlapping,
  step,
  visibleRange,
  weekOf,
  type Placed,
} from '../../../src/shared/calendar/layout'
import type { Interview } from '../../../src/shared/model/interview'
import { at } from '../../helpers/interviews'

const HOUR = 3_600_000
/** Columns as "company:column/columns", in drawing order. */
const columnsOf = (placed: Placed<Interview>[]) =>
  placed.map((p) => `${p.item.company}:${p.column}/${p.columns}`)

describe('weeks and months', () => {
  it('a week starts on Monday or Sunday as the locale says', () => {
    // 22 November 2026 is a Sunday.
    expect(weekOf('2026-11-22', 1)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ])
    expect(weekOf('2026-11-22', 0)[0]).toBe('2026-11-22')
  })

  it('a month shows the whole weeks holding its first and last day: 4, 5 or 6 rows', () => {
    const november = monthWeeks('2026-11-15', 1)
    expect(november).toHaveLength(6)
    expect(november[0]![0]).toBe('2026-10-26')
    expect(november.at(-1)!.at(-1)).toBe('2026-12-06')
    expect(monthWeeks('2026-11-15', 0)).toHaveLength(5)
    // February 2027 begins on a Monday and has exactly four weeks.
    expect(monthWeeks('2027-02-10', 1)).toHaveLength(4)
    for (const week of november) expect(week).toHaveLength(7)
  })

  it('moving by a month keeps the day or takes the month’s last one', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15')
  })

  it('previous/next moves a month, a week or a day; arrows move a day or a row', () => {
    expect(step('month', '2026-11-22', 1)).toBe('2026-12-22')
    expect(step('week', '2026-11-22', -1)).toBe('2026-11-15')
    expect(step('day', '2026-12-31', 1)).toBe('2027-01-01')
    expect(step('agenda', '2026-11-22', 1)).toBe('2026-11-29')
    expect(moveFocus('month', '2026-11-22', 'ArrowDown')).toBe('2026-11-29')
    expect(moveFocus('week', '2026-11-22', 'ArrowUp')).toBe('2026-11-21')
    expect(moveFocus('month', '2026-11-22', 'ArrowLeft')).toBe('2026-11-21')
    expect(moveFocus('month', '2026-11-22', 'Enter')).toBeUndefined()
  })

  it('day keys are checked as real dates', () => {
    expect(isDayKey('2026-02-28')).toBe(true)
    expect(isDayKey('2026-02-31')).toBe(false)
    expect(isDayKey('26-02-01')).toBe(false)
  })
})

describe('days in a zone', () => {
  it('a day lasts 23 or 25 hours when the clocks change, 24 otherwise', () => {
    const length = (key: string, zone: string) => {
      const { start, end } = dayBounds(key, zone)
      return (end - start) / HOUR
    }
    expect(length('2026-03-08', 'America/New_York')).toBe(23)
    expect(length('2026-11-01', 'America/New_York')).toBe(25)
    expect(length('2026-03-29', 'Europe/London')).toBe(23)
    expect(length('2026-11-22', 'Asia/Jakarta')).toBe(24)
    expect(new Date(dayBounds('2026-11-22', 'Asia/Jakarta').start).toISOString()).toBe(
      '2026-11-21T17:00:00.000Z',
    )
  })

  it('a view asks for interviews from its first midnight to its last; the agenda has no end', () => {
    const week = visibleRange('week', '2026-11-22', 1, 'Asia/Jakarta')
    expect(new Date(week.from).toISOString()).toBe('2026-11-15T17:00:00.000Z')
    expect(new Date(week.to).toISOString()).toBe('2026-11-22T17:00:00.000Z')
    expect(visibleRange('agenda', '2026-11-22', 1, 'Asia/Jakarta').to).toBe(Number.POSITIVE_INFINITY)
  })

  it('an interview is in a range when it overlaps it, whichever ISO form its times are written in', () => {
    const week = visibleRange('week', '2026-11-22', 1, 'Asia/Jakarta')
    const inWeek = overlapping(week.from, week.to)
    const times = (startsAt: string, endsAt: string) => ({ startsAt, endsAt })
    // Ends as the week begins, or starts as it ends: outside. Runs into it from the day before: inside.
    expect(inWeek(times('2026-11-15T16:00:00.000Z', '2026-11-15T17:00:00.000Z'))).toBe(false)
    expect(inWeek(times('2026-11-22T17:00:00.000Z', '2026-11-22T18:00:00.000Z'))).toBe(false)
    expect(inWeek(times('2026-11-15T16:00:00.000Z', '2026-11-15T17:30:00.000Z'))).toBe(true)
    expect(inWeek(times('2026-11-22T16:00:00Z', '2026-11-22T16:30:00Z'))).toBe(true)
    expect(inWeek(times('2026-11-22T17:00:00Z', '2026-11-22T17:30:00.5Z'))).toBe(false)
    // The agenda's range has no end.
    expect(
      overlapping(week.from, Number.POSITIVE_INFINITY)(times('2099-01-01T00:00:00Z', '2099-01-01T01:00:00Z')),
    ).toBe(true)
  })

  it('an invitation imported as all-day runs from one local midnight to the next', () => {
    expect(isAllDay(at('2026-11-21T17:00', 24 * 60), 'Asia/Jakarta')).toBe(true)
    expect(isAllDay(at('2026-11-21T17:00', 60), 'Asia/Jakarta')).toBe(false)
    expect(isAllDay(at('2026-11-21T18:00', 24 * 60), 'Asia/Jakarta')).toBe(false)
    // The spring-forward day in New York is 23 hours long.
    expect(isAllDay(at('2026-03-08T05:00', 23 * 60), 'America/New_York')).toBe(true)
  })
})

describe('placing interviews in a day column', () => {
  const zone = 'Asia/Jakarta'
  const jakarta = (time: string, minutes: number, company: string) =>
    at(`2026-12-07T${time}`, minutes, { company }) // UTC; Jakarta is 7 hours ahead

  it('positions follow the wall clock in the user’s zone', () => {
    const [placed] = layoutDay([jakarta('03:00', 90, 'A')], '2026-12-07', zone)
    expect(placed).toMatchObject({ top: 600, bottom: 690, column: 0, columns: 1 })
  })

  it('overlapping interviews sit side by side; back-to-back ones keep the full width', () => {
    const placed = layoutDay(
      [
        jakarta('02:00', 60, 'A'), // 09:00–10:00
        jakarta('03:00', 60, 'B'), // 10:00–11:00, right after A
        jakarta('03:30', 60, 'C'), // 10:30–11:30, overlaps B
        jakarta('06:00', 30, 'D'), // 13:00, alone
      ],
      '2026-12-07',
      zone,
    )
    expect(columnsOf(placed)).toEqual(['A:0/1', 'B:0/2', 'C:1/2', 'D:0/1'])
  })

  it('a column freed inside a group is reused, and the group keeps its widest count', () => {
    const placed = layoutDay(
      [
        jakarta('02:00', 180, 'Long'), // 09:00–12:00
        jakarta('02:00', 60, 'First'), // 09:00–10:00
        jakarta('03:00', 60, 'Second'), // 10:00–11:00: takes First's column
        jakarta('03:30', 30, 'Third'), // 10:30–11:00: a third column
      ],
      '2026-12-07',
      zone,
    )
    expect(columnsOf(placed)).toEqual(['Long:0/3', 'First:1/3', 'Second:1/3', 'Third:2/3'])
  })

  it('an interview across midnight is cut at the day’s edges and marked as continuing', () => {
    const late = at('2026-12-07T16:00', 120, { company: 'Late' }) // 23:00–01:00 in Jakarta
    const [today] = layoutDay([late], '2026-12-07', zone)
    const [tomorrow] = layoutDay([late], '2026-12-08', zone)
    expect(today).toMatchObject({ top: 1380, bottom: 1440, continuesAfter: true, continuesBefore: false })
    expect(tomorrow).toMatchObject({ top: 0, bottom: 60, continuesBefore: true, continuesAfter: false })
    expect(layoutDay([late], '2026-12-09', zone)).toEqual([])
  })

  it('a very short call is still drawn a quarter of an hour tall', () => {
    const [placed] = layoutDay([jakarta('03:00', 5, 'Call')], '2026-12-07', zone)
    expect(placed!.bottom - placed!.top).toBe(15)
  })

  it('on a 23-hour day the skipped hour stays empty and later times keep their place', () => {
    const ny = 'America/New_York'
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT. 01:30 EST = 06:30Z; 10:00 EDT = 14:00Z.
    const placed = layoutDay(
      [at('2026-03-08T06:30', 60, { company: 'Across' }), at('2026-03-08T14:00', 60, { company: 'Ten' })],
      '2026-03-08',
      ny,
    )
    expect(placed.map((p) => [p.top, p.bottom])).toEqual([
      [90, 210], // 01:30 → 03:30 on the wall clock: one real hour drawn across the gap
      [600, 660],
    ])
  })

  it('on a 25-hour day both 01:15s are drawn in the repeated hour, side by side', () => {
    const ny = 'America/New_York'
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST. 01:15 EDT = 05:15Z, 01:15 EST = 06:15Z.
    const placed = layoutDay(
      [at('2026-11-01T05:15', 30, { company: 'EDT' }), at('2026-11-01T06:15', 30, { company: 'EST' })],
      '2026-11-01',
      ny,
    )
    expect(placed.map((p) => [p.top, p.bottom])).toEqual([
      [75, 105],
      [75, 105],
    ])
    expect(columnsOf(placed)).toEqual(['EDT:0/2', 'EST:1/2'])
    // And the day's last hour is still inside it: 23:30 EST = 04:30Z next day.
    const [last] = layoutDay([at('2026-11-02T04:30', 30, { company: 'Last' })], '2026-11-01', ny)
    expect(last).toMatchObject({ top: 1410, bottom: 1440, continuesAfter: false })
  })

  it('a pointer position snaps to whole quarter hours inside the day', () => {
    expect(clockAt(607, 15)).toBe('10:00')
    expect(clockAt(608, 15)).toBe('10:15')
    expect(clockAt(-20, 30)).toBe('00:00')
    expect(clockAt(1439, 30)).toBe('23:30')
  })
})

describe('dropping a dragged interview', () => {
  const zone = 'Asia/Jakarta'
  const interview = at('2026-12-07T03:00', 90) // Monday 10:00–11:30 in Jakarta

  it('over a month cell: the same time of day on the new day, same length', () => {
    expect(droppedTimes(interview, { kind: 'move', day: '2026-12-09', grab: 0 }, zone)).toEqual({
      startsAt: '2026-12-09T03:00:00.000Z',
      endsAt: '2026-12-09T04:30:00.000Z',
    })
  })

  it('in a column: the grabbed point follows the pointer, snapped to a quarter hour', () => {
    // Grabbed 20 minutes below the top, released at 14:27 on Tuesday → top 14:07 → 14:00.
    const drop = { kind: 'move' as const, day: '2026-12-08', minutes: 14 * 60 + 27, grab: 20 }
    expect(droppedTimes(interview, drop, zone)).toEqual({
      startsAt: '2026-12-08T07:00:00.000Z',
      endsAt: '2026-12-08T08:30:00.000Z',
    })
    // Never above midnight.
    expect(droppedTimes(interview, { ...drop, minutes: 5 }, zone).startsAt).toBe('2026-12-07T17:00:00.000Z')
  })

  it('resizing moves the end only, at least a quarter hour after the start, at most to midnight', () => {
    const resize = (minutes: number) =>
      droppedTimes(interview, { kind: 'resize', day: '2026-12-07', minutes, grab: 0 }, zone)
    expect(resize(12 * 60 + 8)).toEqual({ startsAt: interview.startsAt, endsAt: '2026-12-07T05:15:00.000Z' })
    expect(resize(9 * 60).endsAt).toBe('2026-12-07T03:15:00.000Z')
    expect(resize(24 * 60 + 30).endsAt).toBe('2026-12-07T17:00:00.000Z')
  })

  it('a move across the spring-forward night keeps the real length', () => {
    const ny = 'America/New_York'
    const evening = at('2026-03-07T23:00', 60) // Saturday 18:00–19:00 EST
    const moved = droppedTimes(evening, { kind: 'move', day: '2026-03-08', minutes: 18 * 60, grab: 0 }, ny)
    expect(moved).toEqual({ startsAt: '2026-03-08T22:00:00.000Z', endsAt: '2026-03-08T23:00:00.000Z' })
  })
})
