import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'

/** Each `interviews/list` call waits here until the test answers it, as a slow server would. */
const pending: { input: { from?: string }; answer: (list: Interview[]) => void }[] = []
vi.mock('../../src/renderer/src/api/client', () => ({
  call: (channel: string, input: { from?: string }) =>
    new Promise((resolve) => {
      if (channel !== 'interviews/list') throw new Error(`unexpected ${channel}`)
      pending.push({ input, answer: (list) => resolve({ ok: true, value: list }) })
    }),
}))
const { PatchLog, useCalendarInterviews } =
  await import('../../src/renderer/src/features/calendar/useCalendarInterviews')

const march = (day: number) => Date.UTC(2027, 2, day)
const at = (id: string, day: number) =>
  ({ id, startsAt: new Date(march(day) + 9 * 3_600_000).toISOString() }) as Interview
const days = (list: readonly Interview[] | undefined) =>
  list?.map((i) => `${i.id}@${i.startsAt.slice(8, 10)}`)

describe('a fetch answered after a change never puts the old interview back', () => {
  beforeEach(() => {
    pending.length = 0
  })

  it('a move patched in while the next period loads stays moved when that load answers', async () => {
    const report = vi.fn()
    const { result, rerender } = renderHook(({ range }) => useCalendarInterviews(range, report, 'UTC'), {
      initialProps: { range: { from: march(8), to: march(15) } },
    })
    await waitFor(() => expect(pending).toHaveLength(1))
    act(() => pending[0]!.answer([at('a', 9), at('b', 12)]))
    await waitFor(() => expect(days(result.current.interviews)).toEqual(['a@09', 'b@12']))

    // A step past the fetched window sends a fetch; the store is read before the move is written...
    rerender({ range: { from: march(1), to: march(31) } })
    await waitFor(() => expect(pending).toHaveLength(2))
    // ...the move's reply comes back first and is patched in...
    act(() => result.current.patch(at('a', 11)))
    expect(days(result.current.interviews)).toEqual(['a@11', 'b@12'])
    // ...and the fetch's older reading arrives after it.
    act(() => pending[1]!.answer([at('a', 9), at('b', 12), at('c', 20)]))
    await waitFor(() => expect(days(result.current.interviews)).toEqual(['a@11', 'b@12', 'c@20']))
    expect(report).not.toHaveBeenCalled()
  })

  it('a change patched before a fetch was sent yields to what that fetch read', () => {
    const log = new PatchLog()
    log.add(at('a', 11))
    const mark = log.mark()
    // Changed again since (by the undo of a move, say, which reloads): the fetch read the newer time.
    expect(days(log.applySince(mark, [at('a', 10)]))).toEqual(['a@10'])
    // And the patch is forgotten: a later fetch does not bring it back either.
    expect(days(log.applySince(0, [at('a', 10)]))).toEqual(['a@10'])
  })

  it('a patch after the mark is applied to every reply until a fetch sent after it answers', () => {
    const log = new PatchLog()
    const first = log.mark()
    log.add(at('a', 11))
    expect(days(log.applySince(first, [at('a', 9)]))).toEqual(['a@11'])
    const second = log.mark()
    expect(days(log.applySince(second, [at('a', 12)]))).toEqual(['a@12'])
  })
})
