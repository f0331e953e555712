import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAnswer } from '../../src/renderer/src/features/reschedule/useAnswer'
import type { Interview } from '../../src/shared/model/interview'

const interview = (startsAt: string): Interview =>
  ({
    id: '5b1d0f0e-8c2a-4b1e-9f3a-2f8f6f0c1a11',
    company: 'Kopi Kita',
    position: 'Barista',
    mode: 'onsite',
    contact: {},
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
    timeZone: 'Asia/Jakarta',
    status: 'invited',
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
  }) as Interview

/** The draft offered after recording a refusal, the server answering with the interview as stored. */
async function offeredAfterRefusal(startsAt: string) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(
    async () => new Response(JSON.stringify({ ok: true, value: interview(startsAt) })),
  )
  const open = vi.fn()
  const { result } = renderHook(() => useAnswer(vi.fn(), open))
  await result.current(interview(startsAt), { answer: 'refused' })
  return (open.mock.calls[0]![0] as { draft: string }).draft
}

describe('after the company refuses a reschedule', () => {
  afterEach(() => vi.useRealTimers())

  it('the reply is offered while the interview is still ahead, the apology once its time has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-01T02:00:00.000Z') })
    expect(await offeredAfterRefusal('2026-12-02T03:00:00.000Z')).toBe('reschedule-refused')
    expect(await offeredAfterRefusal('2026-12-01T01:00:00.000Z')).toBe('apology')
  })
})
