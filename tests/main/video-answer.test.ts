import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { testBackend } from '../helpers/backend'
import { sendVideoFirstCancel } from '../helpers/videoFirst'

/**
 * A cancellation sent on the day of an onsite interview, after an unforeseen problem, asks first whether it can
 * be held by video at the same time: a task waits for the company's answer, and recording that answer (the
 * interview by video, or cancelled) settles it.
 */
async function askedForVideo() {
  const app = await testBackend()
  const { onsite } = await sendVideoFirstCancel(app, 'the road to the office is flooded')
  const open = () => app.value<FollowUp[]>('followups/list', { type: 'task', openOnly: true })
  return { app, onsite, open }
}

describe('the answer to a cancellation that asked for video first', () => {
  it('waits as its own kind of task, named in the alerts', async () => {
    const { app, onsite, open } = await askedForVideo()
    expect(await open()).toMatchObject([{ kind: 'video-answer', interviewId: onsite.id }])
    const alerts = await app.value<Alert[]>('alerts/list')
    expect(alerts.filter((alert) => alert.kind === 'followup-due').map((alert) => alert.message)).toEqual([
      expect.stringMatching(
        /^Get an answer from PT Nusantara Data Raya on holding the interview by video: due /,
      ),
    ])
  })

  it('"by video": the interview keeps its time and status, becomes a video call, and the task is done', async () => {
    const { app, onsite, open } = await askedForVideo()
    const moved = await app.value<Interview>('interviews/update', { id: onsite.id, mode: 'video' })
    expect(moved).toMatchObject({ mode: 'video', status: 'confirmed', startsAt: onsite.startsAt })
    expect(await open()).toEqual([])
    const [task] = await app.value<FollowUp[]>('followups/list', { kind: 'video-answer' })
    expect(task?.doneAt).toBe('2026-11-22T03:00:00.000Z')
  })

  it('"cancelled": the status is cancelled and the task is done', async () => {
    const { app, onsite, open } = await askedForVideo()
    await app.value('interviews/update', { id: onsite.id, status: 'cancelled' })
    expect(await open()).toEqual([])
  })

  it('another change (a note, the priority) leaves the task waiting', async () => {
    const { app, onsite, open } = await askedForVideo()
    await app.value('interviews/update', { id: onsite.id, priority: 5, notes: 'Asked HR by email' })
    expect(await open()).toMatchObject([{ kind: 'video-answer' }])
  })
})
