import { describe, expect, it } from 'vitest'
import { clashAdvice } from '../../../src/shared/schedule/advice'
import type { Clash } from '../../../src/shared/schedule/conflicts'
import { dueReminders } from '../../../src/shared/schedule/reminders'
import type { Interview } from '../../../src/shared/model/interview'
import { at, settings } from '../../helpers/interviews'

const clash = (first: Interview, second: Interview): Clash => ({
  kind: 'overlap',
  first,
  second,
  gapMinutes: -30,
  neededMinutes: 0,
})
const H = 3600_000

describe('clash advice', () => {
  const now = Date.parse('2026-12-04T00:00:00Z')

  it.each([
    ['the lower-priority interview moves', { priority: 2 }, { priority: 5 }, 'first', 'lower-priority'],
    ['…whichever comes first', { priority: 5 }, { priority: 1 }, 'second', 'lower-priority'],
    ['an unrated interview counts as 3', {}, { priority: 4 }, 'first', 'lower-priority'],
  ] as const)('%s', (_rule, a, b, moves, reason) => {
    const first = at('2026-12-07T03:00', 90, a)
    const second = at('2026-12-07T04:00', 60, b)
    const advice = clashAdvice(clash(first, second), now, settings())
    expect(advice.move).toBe(moves === 'first' ? first : second)
    expect(advice.reason).toBe(reason)
  })

  it('on a tie, one not yet confirmed moves before one the candidate has confirmed', () => {
    const first = at('2026-12-07T03:00', 90, { status: 'invited' })
    const second = at('2026-12-07T04:00', 60, { status: 'confirmed' })
    expect(clashAdvice(clash(first, second), now, settings())).toMatchObject({
      move: first,
      keep: second,
      reason: 'unconfirmed',
    })
    // The user's priority still comes first: a confirmed interview that matters less is the one to move.
    const lesser = at('2026-12-07T04:00', 60, { status: 'confirmed', priority: 2 })
    expect(clashAdvice(clash(first, lesser), now, settings())).toMatchObject({
      move: lesser,
      reason: 'lower-priority',
    })
  })

  it('on a tie, the one whose notice is still ample moves, so the message goes out in good time', () => {
    const first = at('2026-12-05T20:00', 90) // 44 h ahead: short notice
    const second = at('2026-12-06T01:00', 60, { location: 'BSD' }) // 49 h ahead: ample
    expect(clashAdvice(clash(first, second), now, settings())).toMatchObject({
      move: second,
      reason: 'ample-notice',
    })
  })

  it('on a full tie, the later one moves', () => {
    const first = at('2026-12-07T03:00', 90)
    const second = at('2026-12-07T04:00')
    expect(clashAdvice(clash(first, second), now, settings())).toMatchObject({
      move: second,
      keep: first,
      reason: 'later',
    })
  })
})

describe('due reminders', () => {
  const interview = at('2026-12-07T03:00', 60, { status: 'invited', createdAt: '2026-11-20T00:00:00.000Z' })
  const start = Date.parse(interview.startsAt)
  const remind = (since: number, now: number, toMove: { interview: Interview; since: number }[] = []) =>
    dueReminders([interview], toMove, settings(), since, now).map(
      (r) => r.kind + (r.offsetMinutes ? `:${r.offsetMinutes}` : ''),
    )

  it.each([
    ['24 h before', start - 24 * H - 60_000, start - 24 * H, ['upcoming:1440']],
    ['2 h before', start - 2 * H - 60_000, start - 2 * H + 1000, ['upcoming:120']],
    ['between the lines nothing new', start - 20 * H, start - 19 * H, []],
    ['72 h before an unconfirmed one', start - 72 * H - 1000, start - 72 * H, ['unconfirmed']],
    ['after the start nothing', start - 1000, start + 1000, []],
  ])('%s', (_when, since, now, expected) => {
    expect(remind(since, now)).toEqual(expected)
  })

  it('after a long absence only the latest upcoming reminder shows', () => {
    expect(remind(start - 30 * H, start - H)).toEqual(['upcoming:120'])
  })

  it('an invitation added inside the 72-hour window is flagged as soon as it exists', () => {
    const late = { ...interview, createdAt: new Date(start - 50 * H).toISOString() }
    expect(
      dueReminders([late], [], settings(), start - 50 * H - 1000, start - 50 * H).map((r) => r.kind),
    ).toEqual(['unconfirmed'])
  })

  it('warns 12 h before the 48-hour line passes for an interview that has to move', () => {
    const line = start - 48 * H
    expect(remind(line - 12 * H - 1000, line - 12 * H, [{ interview, since: 0 }])).toEqual(['notice-line'])
    expect(remind(line - 12 * H - 1000, line - 12 * H)).toEqual([])
  })

  it('confirmed interviews get no unconfirmed reminder; keys change when the interview moves', () => {
    const confirmed = { ...interview, status: 'confirmed' as const }
    expect(dueReminders([confirmed], [], settings(), start - 72 * H - 1000, start - 72 * H)).toEqual([])
    const moved = { ...interview, startsAt: new Date(start + H).toISOString() }
    const [a] = dueReminders([interview], [], settings(), start - 25 * H, start - 24 * H)
    const [b] = dueReminders([moved], [], settings(), start - 24 * H, start - 23 * H)
    expect(a!.key).not.toBe(b!.key)
  })
})
