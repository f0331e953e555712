import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../../src/shared/model/followup'
import { dueTaskReminders } from '../../../src/shared/schedule/reminders'

const SET = '2026-12-01T01:00:00.000Z'
const task = (id: string, change: Partial<FollowUp>): FollowUp =>
  ({
    id,
    interviewId: 'i1',
    type: 'task',
    kind: 'custom',
    at: SET,
    dueAt: '2026-12-03T03:00:00.000Z',
    ...change,
  }) as FollowUp

describe('reminders of follow-up tasks', () => {
  const since = Date.parse('2026-12-03T02:59:00.000Z')
  const now = Date.parse('2026-12-03T03:00:30.000Z')

  it('remind of the user’s own, at the time chosen, once the check passes it', () => {
    const due = dueTaskReminders([task('a', {})], since, now)
    expect(due).toMatchObject([{ key: 'task:a:2026-12-03T03:00:00.000Z', kind: 'task', interviewId: 'i1' }])
    expect(dueTaskReminders([task('a', {})], now, now + 60_000)).toEqual([])
  })

  it('leave out one done, one due when it was set, and the app’s deadlines (those are in the alerts)', () => {
    const tasks = [
      task('done', { doneAt: '2026-12-02T00:00:00.000Z' }),
      task('at-once', { at: '2026-12-03T03:00:00.000Z' }),
      task('chase', { kind: 'chase-reply' }),
      task('confirm', { kind: 'confirm-in-writing' }),
      task('log', { type: 'log' }),
    ]
    expect(dueTaskReminders(tasks, since, now)).toEqual([])
  })
})
