import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../src/shared/model/history'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

/** now = 2026-11-22 03:00Z. */
async function backend() {
  const app = await testBackend()
  const history = (id: string) => app.value<HistoryEntry[]>('interviews/history', { id })
  return { ...app, history }
}

describe('interviews/history', () => {
  it('records fields changed before → after; a time without milliseconds is not a change', async () => {
    const app = await backend()
    const created = await app.value<Interview>('interviews/create', interviewInput({}, 30))
    await app.value('interviews/update', {
      id: created.id,
      startsAt: created.startsAt.replace('.000Z', 'Z'),
      endsAt: created.endsAt.replace('.000Z', 'Z'),
      contact: { email: 'rina@example.co.id', role: 'recruiter', name: 'Rina Kartika' },
    })
    expect((await app.history(created.id)).map((e) => e.change)).toEqual(['created'])

    await app.value('interviews/update', {
      id: created.id,
      position: 'Senior Data Analyst',
      notes: 'Bring CV',
    })
    const entries = await app.history(created.id)
    expect(entries.map((e) => e.change)).toEqual(['created', 'changed'])
    expect(entries[1]!.detail).toEqual({
      fields: { position: { from: 'Data Analyst', to: 'Senior Data Analyst' }, notes: { to: 'Bring CV' } },
    })
  })

  it('a move the company already agreed to says so', async () => {
    const app = await backend()
    const created = await app.value<Interview>('interviews/create', interviewInput({}, 30))
    const to = { startsAt: '2026-11-26T03:00:00.000Z', endsAt: '2026-11-26T04:00:00.000Z' }
    await app.value('interviews/update', { id: created.id, ...to, agreed: true })
    const entries = await app.history(created.id)
    expect(entries[1]).toMatchObject({
      change: 'rescheduled',
      detail: { from: { startsAt: created.startsAt }, to, agreed: true },
    })
  })

  it('is NOT_FOUND for an unknown interview', async () => {
    const app = await backend()
    const result = await app.call('interviews/history', { id: '00000000-0000-4000-8000-000000000001' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('data/import writes through the interview service', () => {
  it('new interviews get an "imported" entry; changed ones their changes; unchanged ones nothing', async () => {
    const app = await backend()
    const kept = await app.value<Interview>('interviews/create', interviewInput({ company: 'PT Kept' }, 30))
    const moved = await app.value<Interview>('interviews/create', interviewInput({ company: 'PT Moved' }, 50))
    const { text } = await app.value<{ text: string }>('data/export', { format: 'json' })
    const file = JSON.parse(text) as { interviews: Interview[] }
    const fresh = { ...file.interviews[0]!, id: '6f1c1c39-5a1e-4a55-9d55-6b0b1e0f7a11', company: 'PT Baru' }
    const movedRecord = file.interviews.find((i) => i.id === moved.id)!
    movedRecord.startsAt = '2026-11-28T03:00:00Z'
    movedRecord.endsAt = '2026-11-28T04:00:00Z'
    // Written without milliseconds: the same time, so no change.
    const keptRecord = file.interviews.find((i) => i.id === kept.id)!
    keptRecord.startsAt = keptRecord.startsAt.replace('.000Z', 'Z')
    file.interviews.push(fresh)
    await app.value('data/import', { text: JSON.stringify(file), mode: 'merge' })

    expect((await app.history(kept.id)).map((e) => e.change)).toEqual(['created'])
    expect((await app.history(moved.id)).map((e) => e.change)).toEqual(['created', 'rescheduled'])
    const imported = await app.history(fresh.id)
    expect(imported).toMatchObject([
      { change: 'imported', detail: { source: 'file', startsAt: fresh.startsAt, status: fresh.status } },
    ])
    expect(await app.value<Interview>('interviews/get', { id: fresh.id })).toMatchObject({
      company: 'PT Baru',
    })
  })

  it('a pending request travels with the file', async () => {
    const app = await backend()
    const created = await app.value<Interview>('interviews/create', interviewInput({}, 30))
    const proposed = [{ startsAt: '2026-11-26T03:00:00.000Z', endsAt: '2026-11-26T04:00:00.000Z' }]
    await app.value('drafts/markSent', {
      interviewId: created.id,
      kind: 'reschedule',
      channel: 'whatsapp',
      language: 'id',
      body: 'Mohon izin menjadwalkan ulang',
      alternatives: proposed,
    })
    const { text } = await app.value<{ text: string }>('data/export', { format: 'json' })
    await app.value('data/import', { text, mode: 'replace' })
    const back = await app.value<Interview>('interviews/get', { id: created.id })
    expect(back.reschedule).toEqual({ proposed, requestedAt: '2026-11-22T03:00:00.000Z' })
    expect((await app.history(created.id)).map((e) => e.change)).toEqual(['imported'])
  })
})

describe('status guardrails', () => {
  it.each(['completed', 'no-show'])('a future interview cannot be marked %s', async (status) => {
    const app = await backend()
    const created = await app.value<Interview>('interviews/create', interviewInput({}, 30))
    const result = await app.call('interviews/update', { id: created.id, status })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!result.ok) expect(result.error.message).toMatch(/still ahead/)
    expect(await app.call('interviews/create', interviewInput({ status }, 30))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect((await app.history(created.id)).map((e) => e.change)).toEqual(['created'])
  })

  it('a past interview can be marked a no-show, and the undo is its own entry', async () => {
    const app = await backend()
    const past = await app.value<Interview>('interviews/create', interviewInput({ status: 'confirmed' }, -5))
    await app.value('interviews/update', { id: past.id, status: 'no-show' })
    const undone = await app.value<Interview>('interviews/update', {
      id: past.id,
      status: 'confirmed',
      undo: true,
    })
    expect(undone.status).toBe('confirmed')
    const entries = await app.history(past.id)
    expect(entries.slice(1).map((e) => e.detail)).toEqual([
      { from: 'confirmed', to: 'no-show' },
      { from: 'no-show', to: 'confirmed', undo: true },
    ])
  })

  it('a thank-you sent after the interview ended marks it completed; before, it does not', async () => {
    const app = await backend()
    const ended = await app.value<Interview>('interviews/create', interviewInput({ status: 'confirmed' }, -5))
    const ahead = await app.value<Interview>('interviews/create', interviewInput({ status: 'confirmed' }, 5))
    const thank = (interviewId: string) => ({
      interviewId,
      kind: 'thanks',
      channel: 'email',
      language: 'en',
      body: 'Thank you for your time today.',
    })
    const after = await app.value<{ interview: Interview }>('drafts/markSent', thank(ended.id))
    expect(after.interview.status).toBe('completed')
    const before = await app.value<{ interview: Interview }>('drafts/markSent', thank(ahead.id))
    expect(before.interview.status).toBe('confirmed')
    expect((await app.history(ended.id)).map((e) => e.change)).toEqual(['created', 'message-sent', 'status'])
  })
})
