import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

/** now = Sunday 2026-11-22 03:00Z (10:00 WIB); the interview starts 30 hours later. */
async function backend() {
  const app = await testBackend()
  const interview = await app.value<Interview>(
    'interviews/create',
    interviewInput({ status: 'confirmed' }, 30),
  )
  const count = () =>
    (app.connection.database.prepare('SELECT count(*) AS n FROM follow_ups').get() as { n: number }).n
  return { ...app, interview, count }
}

describe('a logged call with a reminder (followups/add remindAt)', () => {
  it('stores the entry and a task to follow it up, due then, with the same note', async () => {
    const app = await backend()
    const logged = await app.value<FollowUp>('followups/add', {
      type: 'log',
      interviewId: app.interview.id,
      kind: 'call',
      note: 'Bu Rina minta ditelepon lagi setelah rapat',
      remindAt: '2026-11-22T07:00:00.000Z',
    })
    expect(logged).toMatchObject({ type: 'log', kind: 'call', at: '2026-11-22T03:00:00.000Z' })
    const tasks = await app.value<FollowUp[]>('followups/list', { type: 'task', openOnly: true })
    expect(tasks).toEqual([
      {
        id: expect.any(String),
        interviewId: app.interview.id,
        type: 'task',
        kind: 'custom',
        at: '2026-11-22T03:00:00.000Z',
        dueAt: '2026-11-22T07:00:00.000Z',
        note: 'Bu Rina minta ditelepon lagi setelah rapat',
      },
    ])
    // Due within the day: an alert says so, and once the time has passed, that it is overdue.
    const due = async (now?: string) =>
      (await app.value<Alert[]>('alerts/list', now ? { now } : {})).filter((a) => a.kind === 'followup-due')
    expect(await due()).toMatchObject([{ code: 'task-due', taskId: tasks[0]!.id, severity: 'info' }])
    expect(await due('2026-11-22T08:00:00.000Z')).toMatchObject([
      { code: 'task-overdue', severity: 'warning' },
    ])
  })

  it('a reminder without a note is a plain follow-up task', async () => {
    const app = await backend()
    await app.value('followups/add', {
      type: 'log',
      interviewId: app.interview.id,
      kind: 'email-received',
      remindAt: '2026-11-25T02:00:00.000Z',
    })
    const [task] = await app.value<FollowUp[]>('followups/list', { type: 'task' })
    expect(task).toMatchObject({ kind: 'custom', dueAt: '2026-11-25T02:00:00.000Z' })
    expect(task).not.toHaveProperty('note')
  })

  it('refuses a reminder in the past, naming the field, and writes neither', async () => {
    const app = await backend()
    for (const remindAt of ['2026-11-22T03:00:00.000Z', '2026-11-20T03:00:00.000Z'])
      expect(
        await app.call('followups/add', {
          type: 'log',
          interviewId: app.interview.id,
          kind: 'call',
          remindAt,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'remindAt', code: 'in_the_past' }] },
      })
    expect(app.count()).toBe(0)
  })

  it('refuses a reminder that is not a time, and one on a task (strict contract)', async () => {
    const app = await backend()
    expect(
      await app.call('followups/add', {
        type: 'log',
        interviewId: app.interview.id,
        kind: 'call',
        remindAt: 'Kamis pagi',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'remindAt' }] } })
    expect(
      await app.call('followups/add', {
        type: 'task',
        interviewId: app.interview.id,
        kind: 'custom',
        dueAt: '2026-11-25T02:00:00.000Z',
        remindAt: '2026-11-25T02:00:00.000Z',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(app.count()).toBe(0)
  })

  it('writes both or neither: a task that cannot be stored takes the entry back with it', async () => {
    const app = await backend()
    // A trigger stands in for a failing second insert (a full disk, a locked file).
    app.connection.database.exec(
      `CREATE TRIGGER no_tasks BEFORE INSERT ON follow_ups WHEN NEW.type = 'task'
       BEGIN SELECT RAISE(ABORT, 'no tasks'); END`,
    )
    const result = await app.call('followups/add', {
      type: 'log',
      interviewId: app.interview.id,
      kind: 'call',
      remindAt: '2026-11-25T02:00:00.000Z',
    })
    expect(result).toMatchObject({ ok: false })
    expect(app.count()).toBe(0)
  })
})
