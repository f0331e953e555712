import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Alert } from '../../src/shared/schedule/alerts'

/** Each call waits here until the test answers it, as a slow server would. */
const pending: { channel: string; input: { ids?: string[] }; answer: (value: unknown) => void }[] = []
vi.mock('../../src/renderer/src/api/client', () => ({
  call: (channel: string, input: { ids?: string[] }) =>
    new Promise((resolve) =>
      pending.push({ channel, input, answer: (value) => resolve({ ok: true, value }) }),
    ),
}))
const { useScheduleState } = await import('../../src/renderer/src/app/useScheduleState')

const clash = {
  id: 'overlap:a:b',
  kind: 'overlap',
  severity: 'danger',
  interviewIds: ['a', 'b'],
  at: '2027-03-09T09:00:00.000Z',
  message: 'a and b overlap',
} as Alert
const waiting = (channel: string, ids?: boolean) =>
  pending.filter((call) => call.channel === channel && (ids === undefined || 'ids' in call.input === ids))

describe('alerts loaded in full while a change is patched', () => {
  it('a full load that read the store before a move is patched again for the moved interview', async () => {
    const { result } = renderHook(() => useScheduleState('en'))
    await waitFor(() => expect(waiting('alerts/list', false)).toHaveLength(1))
    // The move's patch is asked and answered (no clash any more) before the full load answers...
    act(() => result.current.refresh(['a']))
    const first = waiting('alerts/list', true)
    expect(first.map((call) => call.input.ids)).toEqual([['a']])
    act(() => first[0]!.answer([]))
    // ...which still has the clash it read before the move.
    act(() => {
      waiting('travel/list')[0]!.answer([])
      waiting('alerts/list', false)[0]!.answer([clash])
    })
    await waitFor(() => expect(waiting('alerts/list', true)).toHaveLength(2))
    // The moved interview and its old clash partner are asked again, and the stale clash goes.
    const again = waiting('alerts/list', true)[1]!
    expect(again.input.ids?.toSorted()).toEqual(['a', 'b'])
    act(() => again.answer([]))
    await waitFor(() => expect(result.current.alerts).toEqual([]))
  })

  it('with no patch since it was sent, a full load is taken as it is and nothing more is asked', async () => {
    pending.length = 0
    const { result } = renderHook(() => useScheduleState('en'))
    await waitFor(() => expect(waiting('alerts/list', false)).toHaveLength(1))
    act(() => {
      waiting('travel/list')[0]!.answer([])
      waiting('alerts/list', false)[0]!.answer([clash])
    })
    await waitFor(() => expect(result.current.alerts).toEqual([clash]))
    expect(waiting('alerts/list', true)).toHaveLength(0)
  })
})
