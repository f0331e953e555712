import { describe, expect, it } from 'vitest'
import type { Draft } from '../../src/shared/drafts/types'
import type { FollowUp } from '../../src/shared/model/followup'
import type { HistoryEntry } from '../../src/shared/model/history'
import type { Interview } from '../../src/shared/model/interview'
import type { Alert } from '../../src/shared/schedule/alerts'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

/** now = Sunday 2026-11-22 03:00Z (10:00 WIB); the interview is Monday 23 Nov 16:00 WIB. */
async function backend() {
  const app = await testBackend()
  const interview = await app.value<Interview>(
    'interviews/create',
    interviewInput({ status: 'invited', contact: { name: 'Rina', email: 'rina@example.co.id' } }, 30),
  )
  const count = (sql: string) => (app.connection.database.prepare(sql).get() as { n: number }).n
  const history = async (id = interview.id) =>
    (await app.value<HistoryEntry[]>('interviews/history', { id })).map((entry) => entry.change)
  return { ...app, interview, count, history }
}

const slot = (startsAt: string, hours = 1) => ({
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + hours * 3600_000).toISOString(),
})
const ours = [slot('2026-11-25T03:00:00.000Z'), slot('2026-11-26T07:00:00.000Z')]

const request = (interviewId: string, alternatives: unknown = ours) => ({
  interviewId,
  kind: 'reschedule',
  channel: 'email',
  language: 'en',
  subject: 'Request to reschedule',
  body: 'Could we move it?',
  alternatives,
})

describe('a reschedule request (drafts/markSent, kind reschedule)', () => {
  it('is pending on the interview; its time and status stay as agreed', async () => {
    const app = await backend()
    const { interview } = await app.value<{ interview: Interview }>(
      'drafts/markSent',
      request(app.interview.id),
    )
    expect(interview).toMatchObject({
      startsAt: app.interview.startsAt,
      endsAt: app.interview.endsAt,
      status: 'invited',
      reschedule: { proposed: ours, requestedAt: '2026-11-22T03:00:00.000Z' },
    })
    expect(await app.value('interviews/get', { id: app.interview.id })).toEqual(interview)
    expect(await app.history()).toEqual(['created', 'message-sent', 'reschedule-requested'])
  })

  it.each([
    // Sunday now: three working days is Wednesday 03:00Z.
    ['after three working days', 10 * 24, '2026-12-03T03:00:00.000Z', '2026-11-25T03:00:00.000Z'],
    ['a day before the first proposed time', 10 * 24, '2026-11-24T03:00:00.000Z', '2026-11-23T03:00:00.000Z'],
    // The agreed time (Monday 09:00Z) holds until the company answers: asking after it is too late.
    ['a day before the agreed time', 30, '2026-12-03T03:00:00.000Z', '2026-11-22T09:00:00.000Z'],
    // Under a day ahead: two hours on, or halfway to an interview three hours away.
    [
      'two hours on, the agreed time 20 hours away',
      20,
      '2026-12-03T03:00:00.000Z',
      '2026-11-22T05:00:00.000Z',
    ],
    ['halfway, the agreed time 3 hours away', 3, '2026-12-03T03:00:00.000Z', '2026-11-22T04:30:00.000Z'],
  ])('chases %s, whichever comes first', async (_, hoursAway, proposedAt, dueAt) => {
    const app = await testBackend()
    const interview = await app.value<Interview>(
      'interviews/create',
      interviewInput({ contact: { name: 'Rina', email: 'rina@example.co.id' } }, hoursAway),
    )
    await app.value('drafts/markSent', request(interview.id, [slot(proposedAt)]))
    const [chase] = await app.value<FollowUp[]>('followups/list', { kind: 'chase-reply' })
    expect(chase!.dueAt).toBe(dueAt)
  })

  it.each([
    ['a proposed time in the past', [slot('2026-11-21T03:00:00.000Z')], 'alternatives.0.startsAt'],
    [
      'more than 10 proposed times',
      Array.from({ length: 11 }, (_, i) => slot(`2026-12-0${(i % 9) + 1}T03:00:00.000Z`)),
      'alternatives',
    ],
    [
      'a proposed time that ends before it starts',
      [{ startsAt: ours[0]!.endsAt, endsAt: ours[0]!.startsAt }],
      'alternatives.0.endsAt',
    ],
  ])('refuses %s by name, writing nothing', async (_, alternatives, path) => {
    const app = await backend()
    const result = await app.call('drafts/markSent', request(app.interview.id, alternatives))
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path }] } })
    expect(app.count('SELECT count(*) AS n FROM follow_ups')).toBe(0)
    expect(await app.history()).toEqual(['created'])
    expect(await app.value('interviews/get', { id: app.interview.id })).toEqual(app.interview)
  })

  it.each(['cancelled', 'declined', 'completed'])('is refused for a %s interview', async (status) => {
    const app = await backend()
    const closed = await app.value<Interview>('interviews/create', interviewInput({ status }, -30))
    const result = await app.call('drafts/markSent', request(closed.id, [slot('2026-11-25T03:00:00.000Z')]))
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await app.history(closed.id)).toEqual(['created'])
  })

  it('holds the proposed times: an interview booked on one gets a tentative alert naming both', async () => {
    const app = await backend()
    await app.value('drafts/markSent', request(app.interview.id))
    const other = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'CV Sinar Terang', location: 'Menara Sudirman, Jakarta' }, 72),
    )
    expect(other.startsAt).toBe(ours[0]!.startsAt)
    const alerts = await app.value<Alert[]>('alerts/list')
    const held = alerts.filter((alert) => alert.tentative)
    expect(held).toHaveLength(1)
    expect(held[0]).toMatchObject({
      kind: 'overlap',
      severity: 'warning',
      interviewIds: [other.id, app.interview.id],
    })
    expect(held[0]!.message).toContain('CV Sinar Terang')
    expect(held[0]!.message).toContain('PT Nusantara Data Raya')
    // The interview's own time is not a clash with the times it proposes.
    expect(alerts.filter((a) => a.kind === 'overlap' && !a.tentative)).toEqual([])
  })
})

describe('times proposed to one company', () => {
  it('an interview imported onto one gets the same tentative alert as one created there', async () => {
    const app = await backend()
    await app.value('drafts/markSent', request(app.interview.id))
    const { text } = await app.value<{ text: string }>('data/export', { format: 'json' })
    const file = JSON.parse(text) as { interviews: Interview[] }
    const imported = {
      ...file.interviews[0]!,
      id: '6f1c1c39-5a1e-4a55-9d55-6b0b1e0f7a12',
      company: 'PT Impor Jaya',
      ...ours[1],
      status: 'confirmed' as const,
    }
    delete imported.reschedule
    file.interviews.push(imported)
    await app.value('data/import', { text: JSON.stringify(file), mode: 'merge' })
    const alerts = await app.value<Alert[]>('alerts/list')
    expect(alerts.filter((alert) => alert.tentative)).toEqual([
      expect.objectContaining({ kind: 'overlap', interviewIds: [imported.id, app.interview.id] }),
    ])
  })

  it('are not proposed again to another', async () => {
    const app = await backend()
    const monday = slot('2026-11-23T03:00:00.000Z') // 10:00 WIB, the first free time otherwise
    await app.value('drafts/markSent', request(app.interview.id, [monday]))
    const other = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'CV Sinar Terang' }, 80),
    )
    const draft = await app.value<{ alternatives: { startsAt: string; endsAt: string }[] }>('drafts/create', {
      interviewId: other.id,
      kind: 'reschedule',
      channel: 'email',
      language: 'en',
    })
    expect(draft.alternatives).toHaveLength(3)
    for (const proposed of draft.alternatives) {
      const overlaps = proposed.startsAt < monday.endsAt && proposed.endsAt > monday.startsAt
      expect(overlaps, proposed.startsAt).toBe(false)
    }
  })
})

/** A confirmation of the new time marked sent on a channel. */
const confirmSent = (interviewId: string, channel: string) => ({
  interviewId,
  kind: 'confirm',
  channel,
  language: 'en',
  ...(channel === 'email' ? { subject: 'Confirming the new time' } : {}),
  body: 'I confirm the new time.',
})

describe('reschedule/answer', () => {
  async function pending() {
    const app = await backend()
    await app.value('drafts/markSent', request(app.interview.id))
    return app
  }
  const chaseOpen = (app: Awaited<ReturnType<typeof backend>>) =>
    app.value<FollowUp[]>('followups/list', {
      interviewId: app.interview.id,
      kind: 'chase-reply',
      openOnly: true,
    })

  it('accepted, one of our times: moves there, confirms, closes the request and the chase', async () => {
    const app = await pending()
    expect(await chaseOpen(app)).toHaveLength(1)
    const moved = await app.value<Interview>('reschedule/answer', {
      id: app.interview.id,
      answer: 'accepted',
      slot: ours[1],
    })
    expect(moved).toMatchObject({ ...ours[1], status: 'confirmed' })
    expect(moved).not.toHaveProperty('reschedule')
    expect(await app.value('interviews/get', { id: app.interview.id })).toEqual(moved)
    expect(await chaseOpen(app)).toEqual([])
    const entries = await app.value<HistoryEntry[]>('interviews/history', { id: app.interview.id })
    expect(entries.map((e) => e.change)).toEqual([
      'created',
      'message-sent',
      'reschedule-requested',
      'reschedule-accepted',
      'rescheduled',
      'status',
    ])
    expect(entries[3]!.detail).toEqual({
      from: { startsAt: app.interview.startsAt, endsAt: app.interview.endsAt },
      to: ours[1],
      proposed: true,
    })
  })

  it('accepted: the new time is to be confirmed in writing today, and the confirmation sent does that task', async () => {
    const app = await pending()
    await app.value('reschedule/answer', { id: app.interview.id, answer: 'accepted', slot: ours[0] })
    const open = () =>
      app.value<FollowUp[]>('followups/list', {
        interviewId: app.interview.id,
        kind: 'confirm-in-writing',
        openOnly: true,
      })
    // Due by the end of the day it was agreed, in the user's zone (Sunday 22 November, WIB).
    expect(await open()).toEqual([
      expect.objectContaining({ type: 'task', dueAt: '2026-11-22T16:59:59.999Z' }),
    ])
    // A call does not confirm in writing; the written confirmation does.
    await app.value('drafts/markSent', confirmSent(app.interview.id, 'phone'))
    expect(await open()).toHaveLength(1)
    await app.value('drafts/markSent', confirmSent(app.interview.id, 'email'))
    expect(await open()).toEqual([])
    // Refused and withdrawn answers set no such task.
    const other = await pending()
    await other.value('reschedule/answer', { id: other.interview.id, answer: 'refused' })
    const tasks = await other.value<FollowUp[]>('followups/list', { kind: 'confirm-in-writing' })
    expect(tasks).toEqual([])
  })

  it('after their answer, a confirmation confirms the new time and thanks them for moving it, until one is sent in writing', async () => {
    const app = await pending()
    await app.value('reschedule/answer', { id: app.interview.id, answer: 'accepted', slot: ours[0] })
    const draft = (channel: string, language: string) =>
      app.value<Draft>('drafts/create', { interviewId: app.interview.id, kind: 'confirm', channel, language })
    const letter = await draft('email', 'id')
    expect(letter.subject).toMatch(/^Konfirmasi Jadwal Wawancara yang Baru – /)
    expect(letter.body).toContain(
      'sesuai dengan jadwal baru yang telah disepakati, yaitu pada Rabu, 25 November 2026',
    )
    expect(letter.body).toContain('untuk menjadwalkan ulang wawancara ini')
    expect(letter.body).not.toContain('atas undangannya')
    expect((await draft('whatsapp', 'en')).body).toContain('at the new time we agreed')
    // A call first still leaves the written confirmation to say it; once that is sent, a new one is plain.
    await app.value('drafts/markSent', confirmSent(app.interview.id, 'phone'))
    expect((await draft('email', 'en')).subject).toMatch(/^Confirmation of the New Interview Time – /)
    await app.value('drafts/markSent', confirmSent(app.interview.id, 'email'))
    expect((await draft('email', 'en')).subject).toMatch(/^Interview Confirmation – /)
    expect((await draft('email', 'id')).body).toContain('Terima kasih atas undangannya')
  })

  it('accepted, a time they chose (given without milliseconds): moves there too', async () => {
    const app = await pending()
    const moved = await app.value<Interview>('reschedule/answer', {
      id: app.interview.id,
      answer: 'accepted',
      slot: { startsAt: '2026-11-27T02:00:00Z', endsAt: '2026-11-27T03:30:00Z' },
    })
    expect(moved).toMatchObject({ startsAt: '2026-11-27T02:00:00.000Z', endsAt: '2026-11-27T03:30:00.000Z' })
    const entries = await app.value<HistoryEntry[]>('interviews/history', { id: app.interview.id })
    expect(entries.find((e) => e.change === 'reschedule-accepted')!.detail).toMatchObject({ proposed: false })
  })

  it.each([
    ['refused', 'reschedule-refused'],
    ['withdrawn', 'reschedule-withdrawn'],
  ])('%s: keeps the time and status, closes the request and the chase', async (answer, change) => {
    const app = await pending()
    const after = await app.value<Interview>('reschedule/answer', { id: app.interview.id, answer })
    expect(after).toMatchObject({ startsAt: app.interview.startsAt, status: 'invited' })
    expect(after).not.toHaveProperty('reschedule')
    expect(await chaseOpen(app)).toEqual([])
    expect(await app.history()).toEqual(['created', 'message-sent', 'reschedule-requested', change])
    // Closed: a second answer has nothing to answer.
    expect(await app.call('reschedule/answer', { id: app.interview.id, answer })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('refuses an answer when nothing is pending, and an invalid slot by name', async () => {
    const app = await backend()
    expect(await app.call('reschedule/answer', { id: app.interview.id, answer: 'refused' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    await app.value('drafts/markSent', request(app.interview.id))
    const backwards = { startsAt: ours[0]!.endsAt, endsAt: ours[0]!.startsAt }
    expect(
      await app.call('reschedule/answer', { id: app.interview.id, answer: 'accepted', slot: backwards }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'slot.endsAt' }] } })
    expect(await app.call('reschedule/answer', { id: app.interview.id, answer: 'accepted' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'slot' }] },
    })
    expect(await app.history()).toEqual(['created', 'message-sent', 'reschedule-requested'])
  })

  it('is one transaction: a failure half-way leaves interview, request and history as they were', async () => {
    const app = await pending()
    const before = await app.value<Interview>('interviews/get', { id: app.interview.id })
    app.connection.database.exec(
      "CREATE TRIGGER no_status BEFORE INSERT ON interview_history WHEN NEW.change = 'status' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    const result = await app.call('reschedule/answer', {
      id: app.interview.id,
      answer: 'accepted',
      slot: ours[0],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await app.value('interviews/get', { id: app.interview.id })).toEqual(before)
    expect(await app.history()).toEqual(['created', 'message-sent', 'reschedule-requested'])
    expect(await chaseOpen(app)).toHaveLength(1)
  })
})
