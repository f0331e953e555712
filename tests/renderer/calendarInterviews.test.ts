import { describe, expect, it } from 'vitest'
import { covers, upsert, windowAround } from '../../src/renderer/src/features/calendar/useCalendarInterviews'
import type { Interview } from '../../src/shared/model/interview'

const at = (id: string, startsAt: string) => ({ id, startsAt }) as Interview

describe('the calendar fetches its period and patches changes', () => {
  it('fetches one more period on each side, and the agenda from its day on', () => {
    expect(windowAround({ from: 100, to: 200 })).toEqual({ from: 0, to: 300 })
    expect(windowAround({ from: 100, to: Infinity })).toEqual({ from: 100, to: Infinity })
  })

  it('a step inside the fetched window needs no fetch; one past it does', () => {
    const window = windowAround({ from: 100, to: 200 })
    expect(covers(window, { from: 200, to: 300 })).toBe(true)
    expect(covers(window, { from: 300, to: 400 })).toBe(false)
  })

  it('a changed interview replaces its old self, in start order', () => {
    const list = [at('a', '2026-12-01'), at('b', '2026-12-03'), at('c', '2026-12-05')]
    expect(upsert(list, at('a', '2026-12-04')).map((i) => i.id)).toEqual(['b', 'a', 'c'])
    expect(upsert(list, at('d', '2026-12-09')).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(upsert([], at('d', '2026-12-09')).map((i) => i.id)).toEqual(['d'])
  })
})
