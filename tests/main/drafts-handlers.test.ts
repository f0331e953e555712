import { testBackend } from '../helpers/backend'
import { describe, expect, it } from 'vitest'
import type { Draft } from '../../src/shared/drafts/types'
import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { interviewInput } from '../helpers/temp'

/** now = Sunday 2026-11-22 03:00Z (10:00 WIB); interviewInput(…, h) starts h hours later. */
async function backend() {
  const app = await testBackend()
  await app.value('settings/update', { userName: 'Budi Santoso' })
  const interview = await app.value<Interview>(
    'interviews/create',
    interviewInput({ status: 'confirmed' }, 30),
  )
  const count = (sql: string) => (app.connection.database.prepare(sql).get() as { n: number }).n
  return { ...app, interview, count }
}

const send = (interviewId: string, kind: string, channel = 'email') => ({
  interviewId,
  kind,
  channel,
  language: 'en',
  subject: 'Subject',
  body: 'Final text as sent',
})

describe('drafts/create', () => {
  it('a reschedule proposes the first three free slots of the same length, a day ahead or more', async () => {
    const app = await backend()
    const draft = await app.value<Draft>('drafts/create', {
      interviewId: app.interview.id,
      kind: 'reschedule',
      channel: 'email',
      language: 'en',
    })
    expect(draft.notice).toEqual({ level: 'short', hoursBefore: 30 })
    expect(draft.body).toContain('Monday, 23 November 2026 at 16:00 (WIB)') // the interview itself
    // Monday 23 Nov from 10:00 WIB (a day after now), skipping the interview's own time and its travel buffer.
    expect(draft.body).toContain('- Monday, 23 November 2026 at 10:00 (WIB)')
    expect(draft.body.match(/^- /gm)).toHaveLength(3)
    expect(draft.checks.map((c) => c.code)).toEqual(['call-first'])
  })

  it('uses the alternatives given, and refuses bad input by name', async () => {
    const app = await backend()
    const draft = await app.value<Draft>('drafts/create', {
      interviewId: app.interview.id,
      kind: 'reschedule',
      channel: 'whatsapp',
      language: 'id',
      alternatives: [{ startsAt: '2026-11-26T03:00:00.000Z', endsAt: '2026-11-26T04:00:00.000Z' }],
    })
    expect(draft.body).toContain('- Kamis, 26 November 2026 pukul 10.00 WIB')
    expect(
      await app.call('drafts/create', {
        interviewId: app.interview.id,
        kind: 'ghost',
        channel: 'email',
        language: 'en',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'kind' }] },
    })
    expect(
      await app.call('drafts/create', {
        interviewId: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1',
        kind: 'cancel',
        channel: 'email',
        language: 'en',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('drafts/markSent', () => {
  it('cancel → cancelled, with the final text in the log', async () => {
    const app = await backend()
    const result = await app.value<{ interview: Interview; followUp: FollowUp }>(
      'drafts/markSent',
      send(app.interview.id, 'cancel'),
    )
    expect(result.interview.status).toBe('cancelled')
    expect(result.followUp).toMatchObject({
      type: 'log',
      kind: 'cancel',
      channel: 'email',
      body: 'Final text as sent',
      subject: 'Subject',
    })
    expect(await app.value('followups/list', { interviewId: app.interview.id })).toEqual([result.followUp])
  })

  it.each([
    ['decline', 'declined'],
    ['confirm', 'confirmed'],
    ['thanks', 'confirmed'],
  ])('%s leaves the status %s', async (kind, status) => {
    const app = await backend()
    const result = await app.value<{ interview: Interview }>('drafts/markSent', send(app.interview.id, kind))
    expect(result.interview.status).toBe(status)
  })

  it('a phone cancellation asks for a written confirmation the same day', async () => {
    const app = await backend()
    await app.value('drafts/markSent', send(app.interview.id, 'cancel', 'phone'))
    const tasks = await app.value<FollowUp[]>('followups/list', { type: 'task' })
    expect(tasks).toMatchObject([{ kind: 'confirm-in-writing', dueAt: '2026-11-22T16:59:59.999Z' }]) // 23:59:59 WIB
  })

  it('a reschedule request keeps the status and sets a chase three working days later', async () => {
    const app = await backend()
    const proposed = [{ startsAt: '2026-11-30T03:00:00.000Z', endsAt: '2026-11-30T04:00:00.000Z' }]
    const result = await app.value<{ interview: Interview }>('drafts/markSent', {
      ...send(app.interview.id, 'reschedule'),
      alternatives: proposed,
    })
    expect(result.interview.status).toBe('confirmed')
    const tasks = await app.value<FollowUp[]>('followups/list', { openOnly: true })
    // Sunday → Mon, Tue, Wed.
    expect(tasks).toMatchObject([{ kind: 'chase-reply', dueAt: '2026-11-25T03:00:00.000Z' }])
  })

  it('is all or nothing: when any part fails, nothing is written', async () => {
    const app = await backend()
    app.connection.database.exec(
      "CREATE TRIGGER no_tasks BEFORE INSERT ON follow_ups WHEN NEW.type = 'task' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    const result = await app.call('drafts/markSent', send(app.interview.id, 'reschedule', 'phone'))
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(app.count('SELECT count(*) AS n FROM follow_ups')).toBe(0)
    expect(app.count('SELECT count(*) AS n FROM interview_history')).toBe(1)
    expect(await app.value('interviews/get', { id: app.interview.id })).toEqual(app.interview)
  })
})

describe('followups/*', () => {
  it('manual entries and tasks; list filters; complete', async () => {
    const app = await backend()
    const note = await app.value<FollowUp>('followups/add', {
      type: 'log',
      interviewId: app.interview.id,
      kind: 'call',
      channel: 'phone',
      note: 'Rina will call back',
    })
    const task = await app.value<FollowUp>('followups/add', {
      type: 'task',
      interviewId: app.interview.id,
      kind: 'custom',
      dueAt: '2026-11-21T00:00:00.000Z',
    })
    expect(await app.value('followups/list', { type: 'log' })).toEqual([note])
    expect(await app.value('followups/list', { kind: 'custom' })).toEqual([task])

    const overdue = (await app.value<Alert[]>('alerts/list')).filter((a) => a.kind === 'followup-due')
    expect(overdue).toMatchObject([
      {
        severity: 'warning',
        taskId: task.id,
        message: expect.stringMatching(/^Follow up with .*: overdue since/),
      },
    ])
    const done = await app.value<FollowUp>('followups/complete', { id: task.id })
    expect(done.doneAt).toBe('2026-11-22T03:00:00.000Z')
    expect((await app.value<Alert[]>('alerts/list')).filter((a) => a.kind === 'followup-due')).toEqual([])
    expect(await app.call('followups/complete', { id: note.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('reminds to send thanks within a day after an interview, until it is sent', async () => {
    const app = await backend()
    const afterwards = { now: '2026-11-23T12:00:00.000Z' } // the interview ended at 10:00Z
    const thanks = async () =>
      (await app.value<Alert[]>('alerts/list', afterwards))
        .filter((a) => a.kind === 'followup-due')
        .map((a) => a.message)
    expect(await thanks()).toEqual([
      expect.stringMatching(/^Send PT Nusantara Data Raya a thank-you note for the interview, by /),
    ])
    app.setNow(afterwards.now)
    await app.value('drafts/markSent', send(app.interview.id, 'thanks'))
    expect(await thanks()).toEqual([])
  })

  it('refuses an entry for an interview that does not exist, and a task without a due date', async () => {
    const app = await backend()
    expect(
      await app.call('followups/add', {
        type: 'log',
        interviewId: '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1',
        kind: 'note',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(
      await app.call('followups/add', { type: 'task', interviewId: app.interview.id, kind: 'custom' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'dueAt' }] },
    })
  })
})
