import { testBackend } from '../helpers/backend'
import { describe, expect, it } from 'vitest'
import type { Draft, DraftCheck } from '../../src/shared/drafts/types'
import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { interviewInput } from '../helpers/temp'
import { sendVideoFirstCancel } from '../helpers/videoFirst'

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
  it('a reschedule proposes three times on later working days, a day ahead or more, spread over the days', async () => {
    const app = await backend()
    const draft = await app.value<Draft>('drafts/create', {
      interviewId: app.interview.id,
      kind: 'reschedule',
      channel: 'email',
      language: 'en',
    })
    expect(draft.notice).toEqual({ level: 'short', hoursBefore: 30 })
    expect(draft.body).toContain('Monday, 23 November 2026 at 16:00 (WIB)') // the interview itself
    // The days after the original one, keeping its hour on the first day and swapping to a morning next.
    expect(draft.body).toContain('1. Tuesday, 24 November at 16:00 (WIB)')
    expect(draft.body).toContain('2. Wednesday, 25 November at 10:00 (WIB)')
    expect(draft.body).toContain('3. Thursday, 26 November at 16:00 (WIB)')
    expect(draft.alternatives).toHaveLength(3)
    expect(draft.checks.map((c) => c.code)).toEqual(['no-contact-title', 'call-first'])
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
    expect(draft.body).toContain('- Kamis, 26 November pukul 10.00 WIB')
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

describe('drafts/create: reasons and titles', () => {
  it('refuses a reason the kind does not offer, naming the field', async () => {
    const app = await backend()
    expect(
      await app.call('drafts/create', {
        interviewId: app.interview.id,
        kind: 'confirm',
        channel: 'email',
        language: 'en',
        reason: { category: 'illness' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason.category' }] } })
  })

  it('addresses a contact by the stored title, and an unknown title never by a guess', async () => {
    const app = await backend()
    const titled = await app.value<Interview>(
      'interviews/create',
      interviewInput({ contact: { name: 'Maya Putri', title: 'ms' } }, 72),
    )
    const draft = (id: string) =>
      app.value<Draft>('drafts/create', { interviewId: id, kind: 'cancel', channel: 'email', language: 'id' })
    expect((await draft(titled.id)).body.split('\n')[0]).toBe('Yth. Ibu Maya Putri,')
    expect((await draft(app.interview.id)).body.split('\n')[0]).toBe('Yth. Rina Kartika,')
    expect((await draft(app.interview.id)).body).not.toMatch(/Bapak\/Ibu Rina/)
  })
})

describe('drafts/check', () => {
  const check = (interviewId: string, change: Record<string, unknown>) => ({
    interviewId,
    kind: 'cancel',
    channel: 'email',
    language: 'en',
    subject: 'Cancellation of Interview – Data Analyst',
    body: 'Dear Rina Kartika, I must cancel my interview on Monday, 23 November 2026 at 16:00 (WIB). Thank you.',
    ...change,
  })

  it('an empty body is a finding, not an error', async () => {
    const app = await backend()
    const checks = await app.value<DraftCheck[]>('drafts/check', check(app.interview.id, { body: '' }))
    expect(checks).toEqual([{ code: 'empty', severity: 'danger', message: 'The message is empty.' }])
  })

  it('reads a wrong weekday in the edited text, in the UI language with code and params', async () => {
    const app = await backend()
    await app.value('settings/update', { language: 'id' })
    const checks = await app.value<DraftCheck[]>(
      'drafts/check',
      check(app.interview.id, {
        body: 'I must cancel my interview on Tuesday, 23 November 2026. Thank you.',
      }),
    )
    expect(checks).toContainEqual({
      code: 'wrong-weekday',
      severity: 'danger',
      params: { found: 'on Tuesday, 23 November 2026' },
      message: '“on Tuesday, 23 November 2026”: nama hari tidak sesuai dengan tanggalnya.',
    })
  })

  it('flags a proposed time on a Saturday and one that clashes with another interview', async () => {
    const app = await backend()
    const other = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'PT Lain', status: 'confirmed', priority: 5 }, 72), // Wednesday 10:00 WIB
    )
    const checks = await app.value<DraftCheck[]>(
      'drafts/check',
      check(app.interview.id, {
        kind: 'reschedule',
        alternatives: [
          { startsAt: '2026-11-28T03:00:00.000Z', endsAt: '2026-11-28T04:00:00.000Z' }, // Saturday
          { startsAt: other.startsAt, endsAt: other.endsAt },
          { startsAt: '2026-11-26T03:00:00.000Z', endsAt: '2026-11-26T04:00:00.000Z' }, // Thursday: fine
        ],
      }),
    )
    expect(checks.filter((c) => c.code === 'proposed-time').map((c) => c.params?.problems)).toEqual([
      'weekend',
      'clash',
    ])
  })

  it('refuses an unknown kind or channel by name', async () => {
    const app = await backend()
    for (const [field, value] of [
      ['kind', 'ghost'],
      ['channel', 'fax'],
    ]) {
      expect(await app.call('drafts/check', check(app.interview.id, { [field!]: value }))).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: field }] },
      })
    }
  })
})

describe('drafts/markSent', () => {
  it('cancel → cancelled, with the final text in the log', async () => {
    const app = await backend()
    const result = await app.value<{ interview: Interview; followUp: FollowUp; checks: DraftCheck[] }>(
      'drafts/markSent',
      send(app.interview.id, 'cancel'),
    )
    expect(result.interview.status).toBe('cancelled')
    // The checks on the text as sent come back too: this one has no thanks and no date.
    expect(result.checks.map((c) => c.code)).toContain('no-thanks')
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

  it('a cancellation that first asks for video cancels nothing yet; a task waits for the answer', async () => {
    const app = await testBackend()
    // Onsite, in 5 hours (under a day's notice), an unforeseen problem: the draft asks to hold it by video.
    const { onsite, draft, sent } = await sendVideoFirstCancel(app, 'jalan menuju lokasi terendam banjir')
    expect(draft.body).toMatch(/by video/)
    expect(sent.interview.status).toBe('confirmed')
    const tasks = await app.value<FollowUp[]>('followups/list', { type: 'task', openOnly: true })
    expect(tasks).toMatchObject([
      {
        kind: 'video-answer',
        dueAt: onsite.startsAt,
        note: expect.stringContaining('go ahead by video call at the same time'),
      },
    ])
    // Another reason, or more notice, cancels as before.
    const ill = await app.value<Interview>('interviews/create', interviewInput({ status: 'confirmed' }, 6))
    const cancelled = await app.value<{ interview: Interview }>('drafts/markSent', {
      ...send(ill.id, 'cancel'),
      reason: { category: 'illness' },
    })
    expect(cancelled.interview.status).toBe('cancelled')
    const ahead = await app.value<Interview>('interviews/create', interviewInput({ status: 'confirmed' }, 60))
    const early = await app.value<{ interview: Interview }>('drafts/markSent', {
      ...send(ahead.id, 'cancel'),
      reason: { category: 'unforeseen' },
    })
    expect(early.interview.status).toBe('cancelled')
  })

  it('a phone cancellation asks for a written confirmation the same day', async () => {
    const app = await backend()
    await app.value('drafts/markSent', send(app.interview.id, 'cancel', 'phone'))
    const tasks = await app.value<FollowUp[]>('followups/list', { type: 'task' })
    expect(tasks).toMatchObject([{ kind: 'confirm-in-writing', dueAt: '2026-11-22T16:59:59.999Z' }]) // 23:59:59 WIB
  })

  it('the written message a task asked for does the task: the cancel email after the call, a thank-you', async () => {
    const app = await backend()
    const open = () => app.value<FollowUp[]>('followups/list', { type: 'task', openOnly: true })
    await app.value('drafts/markSent', send(app.interview.id, 'cancel', 'phone'))
    await app.value('followups/add', {
      interviewId: app.interview.id,
      type: 'task',
      kind: 'send-thanks',
      dueAt: '2026-11-23T10:00:00.000Z',
    })
    expect((await open()).map((task) => task.kind).sort()).toEqual(['confirm-in-writing', 'send-thanks'])
    await app.value('drafts/markSent', send(app.interview.id, 'cancel', 'email'))
    expect((await open()).map((task) => task.kind)).toEqual(['send-thanks'])
    await app.value('drafts/markSent', send(app.interview.id, 'thanks', 'whatsapp'))
    expect(await open()).toEqual([])
  })

  it('a reschedule request keeps the status and sets a chase a day before the agreed time', async () => {
    const app = await backend()
    const proposed = [{ startsAt: '2026-11-30T03:00:00.000Z', endsAt: '2026-11-30T04:00:00.000Z' }]
    const result = await app.value<{ interview: Interview }>('drafts/markSent', {
      ...send(app.interview.id, 'reschedule'),
      alternatives: proposed,
    })
    expect(result.interview.status).toBe('confirmed')
    const tasks = await app.value<FollowUp[]>('followups/list', { openOnly: true })
    // The interview is on Monday at 09:00Z, before three working days (Wednesday) are up.
    expect(tasks).toMatchObject([{ kind: 'chase-reply', dueAt: '2026-11-22T09:00:00.000Z' }])
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
