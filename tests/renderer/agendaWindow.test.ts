import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'

/** Each call waits here until the test answers it, as a slow server would. */
const sent: { channel: string; input: Record<string, unknown>; answer: (value: unknown) => void }[] = []
vi.mock('../../src/renderer/src/api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) =>
    new Promise((resolve) => sent.push({ channel, input, answer: (value) => resolve({ ok: true, value }) })),
}))
const { AGENDA_PAGE, useCalendarInterviews } =
  await import('../../src/renderer/src/features/calendar/useCalendarInterviews')

const DAY = 86_400_000
const FROM = Date.UTC(2027, 2, 1)
/** Ten interviews a day from 1 March 2027 (UTC), in start order. */
const interviews = (count: number) =>
  Array.from({ length: count }, (_, n) => {
    const start = FROM + Math.floor(n / 10) * DAY + (8 + (n % 10)) * 3_600_000
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 1_800_000).toISOString(),
    } as Interview
  })
const lists = () => sent.filter((call) => call.channel === 'interviews/list')

/**
 * An agenda from 1 March, answered: 200 of 260 interviews and the rest of the 200th's day (20 March), which
 * is its last: 1 to 20 March, whole.
 */
async function agenda() {
  const hook = renderHook(
    ({ from }) => useCalendarInterviews({ from, to: Number.POSITIVE_INFINITY }, vi.fn(), 'UTC'),
    { initialProps: { from: FROM } },
  )
  await waitFor(() =>
    expect(sent.map((call) => call.channel)).toEqual(['interviews/list', 'interviews/count']),
  )
  expect(sent[0]!.input).toEqual({
    from: new Date(FROM).toISOString(),
    limit: 2 * AGENDA_PAGE,
    withHolds: true,
    wholeDaysIn: 'UTC',
  })
  act(() => {
    sent[0]!.answer(interviews(200))
    sent[1]!.answer(260)
  })
  await waitFor(() => expect(hook.result.current.window).toEqual({ from: FROM, to: FROM + 20 * DAY }))
  return hook
}

describe("the agenda's window", () => {
  beforeEach(() => {
    sent.length = 0
  })

  it('ends with its last interview’s day, and counts what starts after it', async () => {
    const { result } = await agenda()
    expect(result.current.beyond).toBe(60)
    expect(result.current.pending).toBe(false)
  })

  it('a change that may cross the cut asks for the window again; one inside it does not', async () => {
    const { result } = await agenda()
    const [first] = interviews(1)
    // Moved within the window: patched, nothing asked.
    act(() => result.current.patch({ ...first!, startsAt: new Date(FROM + DAY).toISOString() }))
    await new Promise((done) => setTimeout(done, 10))
    expect(lists()).toHaveLength(1)
    // Moved past the cut: the count of what is still to come changes, so the window is asked again.
    act(() => result.current.patch({ ...first!, startsAt: new Date(FROM + 25 * DAY).toISOString() }))
    await waitFor(() => expect(lists()).toHaveLength(2))
    expect(lists()[1]!.input).toMatchObject({ limit: 2 * AGENDA_PAGE })
  })

  it('a step past the days fetched is pending until its own window comes; a reload meanwhile asks for that one', async () => {
    const { result, rerender } = await agenda()
    const later = FROM + 21 * DAY
    rerender({ from: later })
    expect(result.current.pending).toBe(true)
    await waitFor(() => expect(lists()).toHaveLength(2))
    expect(lists()[1]!.input).toMatchObject({ from: new Date(later).toISOString() })
    // A change without a reply to patch from reloads: the window on its way, not the one shown.
    act(() => result.current.reload())
    await waitFor(() => expect(lists()).toHaveLength(3))
    expect(lists()[2]!.input).toEqual(lists()[1]!.input)
  })
})
