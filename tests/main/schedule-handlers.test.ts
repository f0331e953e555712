import { testBackend } from '../helpers/backend'
import { describe, expect, it } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import type { ReminderNotice } from '../../src/shared/schedule/reminders'
import { interviewInput } from '../helpers/temp'

/** now = 2026-11-22T03:00Z; interviewInput(…, h) starts h hours later. */
const backend = () => testBackend()

describe('alerts/list on a real database', () => {
  it('reports an overlap with advice, the notice to give, and same-day load', async () => {
    const app = await backend()
    const keep = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Keep', priority: 5, status: 'confirmed' }, 100),
    )
    const move = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Move', priority: 2, status: 'confirmed' }, 100.5),
    )
    const alerts = await app.value<Alert[]>('alerts/list')
    // The notice deadline comes before the day itself, so it is the more urgent of the two notes.
    expect(alerts.map((a) => a.kind)).toEqual(['overlap', 'notice', 'same-day'])
    expect(alerts[0]).toMatchObject({
      severity: 'danger',
      interviewIds: [keep.id, move.id],
      advice: { moveId: move.id },
    })
    expect(alerts[1]).toMatchObject({ code: 'notice-ahead', params: { company: 'Move', hours: 48 } })
    expect(alerts[1]!.message).toMatch(
      /^If you move or cancel the interview with Move, tell them before .* WIB to give them 48 hours' notice\.$/,
    )
  })

  it('uses the recorded travel times and answers in the language of the settings', async () => {
    const app = await backend()
    await app.value('settings/update', { language: 'id' })
    await app.value('travel/set', { from: 'Sudirman', to: 'BSD', minutes: 75 })
    await app.value(
      'interviews/create',
      interviewInput({ company: 'Pagi', location: 'Menara Sudirman', status: 'confirmed' }, 100),
    )
    await app.value(
      'interviews/create',
      interviewInput({ company: 'Siang', location: 'Sentosa Tower, BSD', status: 'confirmed' }, 102),
    )
    const travel = (await app.value<Alert[]>('alerts/list')).find((a) => a.kind === 'travel')
    expect(travel).toMatchObject({
      gapMinutes: 60,
      neededMinutes: 75,
      code: 'travel',
      params: { place: 'BSD' },
    })
    expect(travel!.message).toContain('perjalanan ke BSD memerlukan sekitar 75 menit')
  })

  it('takes `now` from the call when given', async () => {
    const app = await backend()
    await app.value('interviews/create', interviewInput({ company: 'Invited' }, 100))
    expect(await app.value<Alert[]>('alerts/list')).toEqual([])
    const later = await app.value<Alert[]>('alerts/list', { now: '2026-11-24T03:00:00.000Z' })
    expect(later.map((a) => a.kind)).toEqual(['unconfirmed'])
  })
})

describe('travel/*', () => {
  it('stores one estimate per pair whichever way it is given, and deletes it', async () => {
    const app = await backend()
    await app.value('travel/set', { from: 'Sudirman', to: 'BSD', minutes: 75 })
    await app.value('travel/set', { from: ' bsd ', to: 'SUDIRMAN', minutes: 90 })
    expect(await app.value('travel/list')).toEqual([{ from: 'bsd', to: 'SUDIRMAN', minutes: 90 }])
    expect(await app.value('travel/delete', { from: 'Sudirman', to: 'BSD' })).toEqual({
      from: 'Sudirman',
      to: 'BSD',
    })
    expect(await app.value('travel/list')).toEqual([])
    expect(await app.call('travel/delete', { from: 'Sudirman', to: 'BSD' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it.each([
    [{ from: 'BSD', to: ' bsd', minutes: 10 }, 'to'],
    [{ from: '', to: 'BSD', minutes: 10 }, 'from'],
    [{ from: 'A', to: 'B', minutes: -1 }, 'minutes'],
    [{ from: 'A', to: 'B', minutes: 30, note: 'x' }, 'note'],
  ])('refuses %j on %s', async (input, path) => {
    const app = await backend()
    const result = await app.call('travel/set', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path }] } })
  })
})

describe('reminders/due', () => {
  it('returns each due reminder once, remembered in the database', async () => {
    const app = await backend()
    const interview = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Soon', status: 'confirmed' }, 30),
    )
    const at = (iso: string) => {
      app.setNow(iso)
      return app.value<ReminderNotice[]>('reminders/due')
    }
    expect(await at('2026-11-22T03:01:00.000Z')).toEqual([])
    const due = await at('2026-11-23T08:00:00.000Z') // 24 h before the start has passed
    expect(due).toMatchObject([{ kind: 'upcoming', interviewId: interview.id }])
    expect(due[0]).toMatchObject({
      code: 'upcoming',
      params: { company: 'Soon', startsAt: interview.startsAt },
    })
    const hours = due[0]!.code === 'upcoming' ? due[0]!.params.hours : NaN
    expect(due[0]!.body).toMatch(new RegExp(`^Interview with Soon in ${hours} hours?: \\w+day, .* WIB\\.$`))
    expect(await at('2026-11-23T08:01:00.000Z')).toEqual([])
  })

  it('reminds of a follow-up task when it falls due, once, with its note; not of one done before', async () => {
    const app = await backend()
    // An interview far ahead, so that only the tasks remind.
    const interview = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Later', status: 'confirmed' }, 30 * 24),
    )
    const logCall = (note: string, remindAt: string) =>
      app.value('followups/add', { interviewId: interview.id, type: 'log', kind: 'call', note, remindAt })
    await logCall('Call Rina back about the test', '2026-11-23T02:00:00.000Z')
    await logCall('Ask about parking', '2026-11-23T04:00:00.000Z')
    const tasks = await app.value<{ id: string; note?: string }[]>('followups/list', {
      interviewId: interview.id,
      type: 'task',
    })
    const done = tasks.find((task) => task.note === 'Ask about parking')
    await app.value('followups/complete', { id: done!.id })
    const at = (iso: string) => {
      app.setNow(iso)
      return app.value<ReminderNotice[]>('reminders/due')
    }
    expect(await at('2026-11-23T01:59:00.000Z')).toEqual([])
    const due = await at('2026-11-23T02:00:30.000Z')
    expect(due).toMatchObject([
      {
        kind: 'task',
        interviewId: interview.id,
        code: 'task-reminder',
        params: { task: 'custom', company: 'Later' },
        note: 'Call Rina back about the test',
      },
    ])
    expect(due[0]!.body).toBe(
      'Reminder: Follow up with Later (set for Monday, 23 November at 09:00 WIB).\nNote: Call Rina back about the test',
    )
    expect(await at('2026-11-23T02:01:30.000Z')).toEqual([])
    // The second was done before its time: nothing reminds of it.
    expect(await at('2026-11-23T05:00:00.000Z')).toEqual([])
  })

  it('takes no `now` from a caller: a far-future call cannot silence real reminders', async () => {
    const app = await backend()
    const interview = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Soon', status: 'confirmed' }, 30),
    )
    expect(await app.value('reminders/due')).toEqual([])
    const future = await app.call('reminders/due', { now: '2027-06-01T00:00:00.000Z' })
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'now' }] } })
    app.setNow('2026-11-23T08:00:00.000Z')
    expect(await app.value('reminders/due')).toMatchObject([{ kind: 'upcoming', interviewId: interview.id }])
  })

  it.each([
    ['drafts/markSent', 'now'],
    ['followups/complete', 'now'],
  ])('%s refuses a caller-chosen time, which it would store', async (channel, path) => {
    const app = await backend()
    const result = await app.call(channel, { now: '2027-06-01T00:00:00.000Z' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(result.ok || result.error.issues?.some((issue) => issue.path === path)).toBe(true)
  })
})
