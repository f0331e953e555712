import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ClashIndex, findConflicts, isActive, type Clash } from '../../../src/shared/schedule/conflicts'
import { TravelBook } from '../../../src/shared/schedule/travel'
import type { Interview, Mode, Status } from '../../../src/shared/model/interview'
import { at } from '../../helpers/interviews'

const defaults = { travelBufferMinutes: 60, prepBufferMinutes: 15 }
const book = (estimates: { from: string; to: string; minutes: number }[] = []) =>
  new TravelBook(estimates, defaults)
const kinds = (clashes: Clash[]) => clashes.map((c) => c.kind)

describe('clash finder', () => {
  it.each<[string, Interview[], string[]]>([
    ['intersecting times are an overlap', [at('2026-12-07T03:00', 90), at('2026-12-07T04:00')], ['overlap']],
    [
      'one inside the other is an overlap',
      [at('2026-12-07T03:00', 240), at('2026-12-07T04:00', 30)],
      ['overlap'],
    ],
    [
      'back-to-back at the same place is fine',
      [at('2026-12-07T03:00'), at('2026-12-07T04:00', 60, { location: '  menara SUDIRMAN,  jakarta ' })],
      [],
    ],
    [
      'back-to-back at different places is a travel clash, not an overlap',
      [at('2026-12-07T03:00'), at('2026-12-07T04:00', 60, { location: 'Sentosa Tower, BSD' })],
      ['travel'],
    ],
    [
      'a gap shorter than the default travel time at different places is a travel clash',
      [at('2026-12-07T03:00'), at('2026-12-07T04:30', 60, { location: 'BSD' })],
      ['travel'],
    ],
    [
      'a gap as long as the travel time is fine',
      [at('2026-12-07T03:00'), at('2026-12-07T05:00', 60, { location: 'BSD' })],
      [],
    ],
    [
      'video after onsite needs only the preparation gap',
      [at('2026-12-07T03:00'), at('2026-12-07T04:20', 60, { mode: 'video', location: undefined })],
      [],
    ],
    [
      'a call 5 minutes after another call is a preparation clash',
      [at('2026-12-07T03:00', 60, { mode: 'phone' }), at('2026-12-07T04:05', 30, { mode: 'video' })],
      ['prep'],
    ],
    [
      'cancelled, declined, completed and missed interviews never clash',
      [
        at('2026-12-07T03:00', 60, { status: 'cancelled' }),
        at('2026-12-07T03:00', 60, { status: 'declined' }),
        at('2026-12-07T03:00', 60, { status: 'completed' }),
        at('2026-12-07T03:00', 60, { status: 'no-show' }),
        at('2026-12-07T03:30'),
      ],
      [],
    ],
    [
      'invited interviews clash too',
      [at('2026-12-07T03:00', 60, { status: 'invited' }), at('2026-12-07T03:30')],
      ['overlap'],
    ],
    [
      'starts with milliseconds still sort and clash correctly',
      [at('2026-12-07T03:00:00.750Z', 60), at('2026-12-07T02:30:00.250Z', 31)],
      ['overlap'],
    ],
    [
      'days apart nothing clashes',
      [at('2026-12-07T03:00'), at('2026-12-08T03:00', 60, { location: 'BSD' })],
      [],
    ],
  ])('%s', (_rule, interviews, expected) => {
    expect(kinds(findConflicts(interviews, book()))).toEqual(expected)
  })

  it('uses the travel time the user recorded for the pair, in either direction', () => {
    const estimates = [{ from: 'Sudirman', to: 'BSD', minutes: 75 }]
    const morning = at('2026-12-07T03:00')
    const bsd = at('2026-12-07T05:00', 60, { location: 'Sentosa Tower, BSD City' })
    const [clash] = findConflicts([morning, bsd], book(estimates))
    expect(clash).toMatchObject({
      kind: 'travel',
      gapMinutes: 60,
      neededMinutes: 75,
      need: { estimate: { to: 'BSD' } },
    })
    const back = at('2026-12-07T07:00', 60, { location: 'Menara Sudirman' })
    expect(findConflicts([bsd, back], book(estimates))).toMatchObject([{ neededMinutes: 75 }])
  })

  it('an estimate shorter than the default clears a gap the default would flag', () => {
    const estimates = [{ from: 'Sudirman', to: 'Kuningan', minutes: 20 }]
    const interviews = [at('2026-12-07T03:00'), at('2026-12-07T04:30', 60, { location: 'Kuningan City' })]
    expect(findConflicts(interviews, book())).toHaveLength(1)
    expect(findConflicts(interviews, book(estimates))).toHaveLength(0)
  })

  it('checking one slot against a prepared schedule finds the same clashes', () => {
    const schedule = [at('2026-12-07T03:00'), at('2026-12-07T06:00', 60, { location: 'BSD' })]
    const index = new ClashIndex(schedule, book())
    expect(kinds(index.clashesWith(at('2026-12-07T03:30')))).toEqual(['overlap'])
    expect(kinds(index.clashesWith(at('2026-12-07T04:30', 60, { location: 'Kuningan' })))).toEqual([
      'travel',
      'travel',
    ])
    expect(index.clashesWith({ ...schedule[0]!, startsAt: '2026-12-07T03:15:00.000Z' })).toEqual([])
  })
})

describe('clash finder agrees with the naive all-pairs reference', () => {
  const naive = (interviews: Interview[], travel: TravelBook) => {
    const active = interviews.filter(isActive)
    const found: string[] = []
    for (let i = 0; i < active.length; i += 1) {
      for (let j = 0; j < active.length; j += 1) {
        if (i === j) continue
        const [a, b] = [active[i]!, active[j]!]
        const [as, ae, bs] = [Date.parse(a.startsAt), Date.parse(a.endsAt), Date.parse(b.startsAt)]
        // Count each pair once, from the one that starts first (ties broken by index order like a stable sort).
        if (bs < as || (bs === as && (Date.parse(b.endsAt) < ae || (Date.parse(b.endsAt) === ae && j < i))))
          continue
        if (bs < ae) found.push(`overlap:${[a.id, b.id].sort().join(':')}`)
        else if ((bs - ae) / 60_000 < travel.need(a, b).minutes) found.push(`gap:${a.id}:${b.id}`)
      }
    }
    return found.sort()
  }
  // Which of two overlapping interviews counts as "first" does not matter; the order of a gap does.
  const key = (clash: Clash) =>
    clash.kind === 'overlap'
      ? `overlap:${[clash.first.id, clash.second.id].sort().join(':')}`
      : `gap:${clash.first.id}:${clash.second.id}`
  const places = ['Sudirman', 'BSD', 'Kuningan', 'sudirman ', undefined]
  const arbitrary = fc.array(
    fc.record({
      startSlot: fc.integer({ min: 0, max: 3 * 24 * 4 }),
      quarters: fc.integer({ min: 1, max: 16 }),
      mode: fc.constantFrom<Mode>('onsite', 'onsite', 'video', 'phone'),
      place: fc.constantFrom(...places),
      status: fc.constantFrom<Status>('invited', 'confirmed', 'confirmed', 'cancelled'),
    }),
    { maxLength: 40 },
  )

  it('on random schedules', () => {
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const interviews = specs.map((spec) =>
          at(
            new Date(Date.parse('2026-12-07T00:00:00Z') + spec.startSlot * 900_000).toISOString(),
            spec.quarters * 15,
            {
              mode: spec.mode,
              location: spec.place,
              status: spec.status,
            },
          ),
        )
        const travel = book([{ from: 'Sudirman', to: 'BSD', minutes: 90 }])
        expect(findConflicts(interviews, travel).map(key).sort()).toEqual(naive(interviews, travel))
      }),
      { numRuns: 300 },
    )
  })
})
