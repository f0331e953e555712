import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAlertsByInterview } from '../../src/renderer/src/features/calendar/useAlertsByInterview'
import type { Alert } from '../../src/shared/schedule/alerts'

const alert = (id: string, interviewIds: string[]) =>
  ({ id, kind: 'overlap', severity: 'danger', interviewIds, message: id }) as Alert

describe('the alerts by interview', () => {
  it('keeps the list of every interview whose alerts a patch left as they were', () => {
    const ab = alert('ab', ['a', 'b'])
    const c = alert('c', ['c'])
    const hook = renderHook(({ alerts }) => useAlertsByInterview(alerts), {
      initialProps: { alerts: [ab, c] },
    })
    const first = hook.result.current
    expect(first.get('a')).toEqual([ab])
    expect(first.get('b')).toEqual([ab])
    expect(first.get('c')).toEqual([c])
    // A patch for c: a new alert object for it, the others kept.
    const c2 = alert('c', ['c'])
    hook.rerender({ alerts: [ab, c2] })
    const second = hook.result.current
    expect(second).not.toBe(first)
    expect(second.get('a')).toBe(first.get('a'))
    expect(second.get('b')).toBe(first.get('b'))
    expect(second.get('c')).not.toBe(first.get('c'))
    expect(second.get('c')).toEqual([c2])
    // An alert more for b: b's list is new, a's is kept; an interview without alerts is left out.
    const bd = alert('bd', ['b', 'd'])
    hook.rerender({ alerts: [ab, bd] })
    const third = hook.result.current
    expect(third.get('a')).toBe(first.get('a'))
    expect(third.get('b')).toEqual([ab, bd])
    expect(third.get('d')).toEqual([bd])
    expect(third.has('c')).toBe(false)
    // The same alert objects in a new list: every list kept.
    hook.rerender({ alerts: [ab, bd] })
    expect(hook.result.current.get('b')).toBe(third.get('b'))
    expect(hook.result.current.get('d')).toBe(third.get('d'))
  })
})
