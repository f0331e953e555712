import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

/** now = Sunday 2026-11-22 03:00Z; the interview starts 30 hours later. */
async function backend() {
  const app = await testBackend()
  const interview = await app.value<Interview>('interviews/create', interviewInput({ status: 'invited' }, 30))
  const log = (input: Record<string, unknown>) =>
    app.value<FollowUp>('followups/add', { type: 'log', interviewId: interview.id, ...input })
  const entries = () => app.value<FollowUp[]>('followups/list', { interviewId: interview.id })
  return { ...app, interview, log, entries }
}

describe('what the user logged by hand can be corrected and removed', () => {
  it('a call’s note is corrected, and cleared when emptied; a note entry keeps its text', async () => {
    const app = await backend()
    const called = await app.log({ kind: 'call', channel: 'phone', note: 'Bu Sari: jadwal tetap' })
    const corrected = await app.value<FollowUp>('followups/update', {
      id: called.id,
      note: '  Bu Sari: jadwal tetap, bawa KTP  ',
    })
    expect(corrected).toEqual({ ...called, note: 'Bu Sari: jadwal tetap, bawa KTP' })
    expect(await app.entries()).toEqual([corrected])
    const cleared = await app.value<FollowUp>('followups/update', { id: called.id, note: ' ' })
    expect(cleared).toEqual({ ...called, note: undefined })
    expect('note' in cleared).toBe(false)

    // A call the company made is logged, and corrected, like one the user made.
    const received = await app.log({ kind: 'call-received', channel: 'phone', note: 'HR menelepon' })
    const fixed = await app.value<FollowUp>('followups/update', {
      id: received.id,
      note: 'HR menelepon pagi',
    })
    expect(fixed).toEqual({ ...received, note: 'HR menelepon pagi' })

    const note = await app.log({ kind: 'note', note: 'Tanya soal parkir' })
    const refused = await app.call('followups/update', { id: note.id, note: '' })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'note', code: 'required' }] },
    })
    expect((await app.entries()).find((entry) => entry.id === note.id)?.note).toBe('Tanya soal parkir')
  })

  it('an entry is deleted and given back whole, so it can be put back as it was', async () => {
    const app = await backend()
    const received = await app.log({
      kind: 'email-received',
      channel: 'email',
      at: '2026-11-21T09:15:00.000Z',
      note: 'Undangan dikirim ulang',
    })
    const deleted = await app.value<FollowUp>('followups/delete', { id: received.id })
    expect(deleted).toEqual(received)
    expect(await app.entries()).toEqual([])
    const { id: _old, type: _log, ...rest } = deleted
    const back = await app.log(rest)
    expect({ ...back, id: received.id }).toEqual(received)
    expect(await app.call('followups/delete', { id: received.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('a reminder the user set can be deleted, and its alert goes with it', async () => {
    const app = await backend()
    await app.log({ kind: 'call', note: 'Tunggu kabar', remindAt: '2026-11-22T04:00:00.000Z' })
    const [reminder] = await app.value<FollowUp[]>('followups/list', { type: 'task' })
    app.setNow('2026-11-22T05:00:00.000Z')
    const due = (alerts: Alert[]) => alerts.filter((alert) => alert.kind === 'followup-due')
    expect(due(await app.value<Alert[]>('alerts/list'))).toHaveLength(1)
    await app.value('followups/delete', { id: reminder!.id })
    expect(due(await app.value<Alert[]>('alerts/list'))).toEqual([])
  })

  it('a message marked as sent, a task the app set and a finished reminder are records, and are refused', async () => {
    const app = await backend()
    const { followUp: sent } = await app.value<{ followUp: FollowUp }>('drafts/markSent', {
      interviewId: app.interview.id,
      kind: 'confirm',
      channel: 'email',
      language: 'id',
      subject: 'Konfirmasi Kehadiran',
      body: 'Dengan hormat, saya mengonfirmasi kehadiran saya.',
    })
    const task = await app.value<FollowUp>('followups/add', {
      type: 'task',
      interviewId: app.interview.id,
      kind: 'send-thanks',
      dueAt: '2026-11-24T03:00:00.000Z',
    })
    const reminder = await app.value<FollowUp>('followups/add', {
      type: 'task',
      interviewId: app.interview.id,
      kind: 'custom',
      dueAt: '2026-11-24T03:00:00.000Z',
    })
    await app.value('followups/complete', { id: reminder.id })
    const before = await app.entries()
    for (const entry of [sent, task, reminder]) {
      for (const [channel, input] of [
        ['followups/update', { id: entry.id, note: 'diubah' }],
        ['followups/delete', { id: entry.id }],
      ] as const) {
        expect(await app.call(channel, input)).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', issues: [{ path: 'id', code: 'not_users_own' }] },
        })
      }
    }
    expect(await app.entries()).toEqual(before)
  })

  it('refuses unknown fields and a note over 5000 characters by name', async () => {
    const app = await backend()
    const called = await app.log({ kind: 'call' })
    expect(await app.call('followups/update', { id: called.id, note: 'x', at: called.at })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'at', code: 'unknown_field' }] },
    })
    expect(await app.call('followups/update', { id: called.id, note: 'x'.repeat(5001) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'note' }] },
    })
    expect(await app.call('followups/delete', {})).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'id' }] },
    })
  })
})
