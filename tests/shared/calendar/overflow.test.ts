import { describe, expect, it } from 'vitest'
import { layoutDay } from '../../../src/shared/calendar/layout'
import { capColumns } from '../../../src/shared/calendar/overflow'
import { at } from '../../helpers/interviews'

const zone = 'Asia/Jakarta'
/** An interview on 7 December 2026 at a Jakarta wall-clock time (UTC+7). */
const jakarta = (time: string, minutes: number, company: string) => {
  const [hours, mins] = time.split(':').map(Number) as [number, number]
  const utc = `2026-12-07T${String(hours - 7).padStart(2, '0')}:${String(mins).padStart(2, '0')}`
  return at(utc, minutes, { company })
}
const capped = (items: ReturnType<typeof jakarta>[], cap: number) => {
  const { shown, overflow } = capColumns(layoutDay(items, '2026-12-07', zone), cap)
  return {
    shown: shown.map((p) => `${p.item.company}:${p.column}/${p.columns}`),
    overflow: overflow.map((run) => ({
      top: run.top,
      bottom: run.bottom,
      place: `${run.column}/${run.columns}`,
      items: run.items.map((item) => item.company),
    })),
  }
}

describe('at most a few interviews side by side', () => {
  it('a group that fits is drawn as laid out, with nothing behind "+N"', () => {
    const result = capped(
      [jakarta('10:00', 60, 'A'), jakarta('10:30', 60, 'B'), jakarta('12:00', 30, 'C')],
      3,
    )
    expect(result).toEqual({ shown: ['A:0/2', 'B:1/2', 'C:0/1'], overflow: [] })
  })

  it('a crowded group keeps its first columns; the later ones become one "+N" over their extent', () => {
    const result = capped(
      [
        jakarta('09:00', 60, 'A'), // column 0
        jakarta('09:15', 60, 'B'), // column 1
        jakarta('09:30', 60, 'C'), // column 2: hidden
        jakarta('09:45', 90, 'D'), // column 3: hidden
        jakarta('13:00', 60, 'E'), // alone, another group
      ],
      3,
    )
    expect(result.shown).toEqual(['A:0/3', 'B:1/3', 'E:0/1'])
    expect(result.overflow).toEqual([{ top: 570, bottom: 675, place: '2/3', items: ['C', 'D'] }])
  })

  it('an interview alone past the cap is drawn in the last column itself rather than as "+1"', () => {
    const result = capped(
      [
        jakarta('09:00', 120, 'A'), // column 0
        jakarta('09:00', 60, 'B'), // column 1
        jakarta('09:00', 30, 'C'), // column 2
        jakarta('10:00', 60, 'D'), // column 1 again: the group has three columns
      ],
      2,
    )
    // B and C overlap: "+2"; D, after them, is alone in the last column and drawn there.
    expect(result.shown).toEqual(['A:0/2', 'D:1/2'])
    expect(result.overflow.map((run) => run.items)).toEqual([['B', 'C']])
  })

  it('hidden interviews that do not overlap each other get a "+N" each, every interview kept once', () => {
    const items = [
      jakarta('09:00', 240, 'Long'), // 09:00–13:00, column 0
      jakarta('09:00', 60, 'A'), // column 1
      jakarta('09:00', 30, 'B'), // column 2: hidden
      jakarta('11:00', 60, 'C'), // column 1
      jakarta('11:00', 30, 'D'), // column 2: hidden
    ]
    const result = capped(items, 2)
    expect(result.shown).toEqual(['Long:0/2'])
    expect(result.overflow.map((run) => run.items)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ])
    const all = [...result.shown.map((s) => s.split(':')[0]), ...result.overflow.flatMap((run) => run.items)]
    expect(all.sort()).toEqual(['A', 'B', 'C', 'D', 'Long'])
  })
})
