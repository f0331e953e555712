import { describe, expect, it } from 'vitest'
import { orderFollowUps } from '../../src/renderer/src/features/followups/followUpOrder'
import type { FollowUp } from '../../src/shared/model/followup'

const item = (id: string, change: Partial<FollowUp>): FollowUp =>
  ({
    id,
    interviewId: 'i1',
    type: 'log',
    kind: 'call',
    at: '2026-12-04T01:00:00.000Z',
    ...change,
  }) as FollowUp

describe('the follow-ups page orders what it lists', () => {
  it('open tasks soonest due first, the log newest first by the time each shows', () => {
    const items = [
      item('tuesday', { type: 'task', kind: 'custom', dueAt: '2026-12-08T03:00:00.000Z' }),
      item('call-0106', { at: '2026-12-04T01:06:00.000Z' }),
      item('monday-late', { type: 'task', kind: 'custom', dueAt: '2026-12-07T16:59:00.000Z' }),
      // Set at 01.00 and done at 01.09: it shows "done 01.09", so it goes above the call at 01.08.
      item('done-0109', {
        type: 'task',
        kind: 'custom',
        dueAt: '2026-12-09T00:00:00.000Z',
        doneAt: '2026-12-04T01:09:00.000Z',
      }),
      item('email-0108', { kind: 'email-received', at: '2026-12-04T01:08:00.000Z' }),
      item('monday-early', { type: 'task', kind: 'custom', dueAt: '2026-12-07T02:00:00.000Z' }),
    ]
    const { tasks, log } = orderFollowUps(items)
    expect(tasks.map((task) => task.id)).toEqual(['monday-early', 'monday-late', 'tuesday'])
    expect(log.map((entry) => entry.id)).toEqual(['done-0109', 'email-0108', 'call-0106'])
  })
})
