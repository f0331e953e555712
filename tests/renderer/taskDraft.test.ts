import { describe, expect, it } from 'vitest'
import { taskDraft } from '../../src/renderer/src/features/followups/taskDraft'
import type { FollowUp } from '../../src/shared/model/followup'
import { at } from '../helpers/interviews'

const task = (kind: FollowUp['kind'], doneAt?: string): FollowUp => ({
  id: '00000000-0000-4000-8000-00000000aaaa',
  interviewId: '00000000-0000-4000-8000-000000000001',
  type: 'task',
  kind,
  at: '2026-12-01T00:00:00.000Z',
  dueAt: '2026-12-02T00:00:00.000Z',
  ...(doneAt ? { doneAt } : {}),
})
const pending = {
  proposed: [{ startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' }],
  requestedAt: '2026-12-01T00:00:00.000Z',
}
const withEmail = { name: 'Dewi', email: 'dewi@example.com', phone: '+62 811 222 333' }
const phoneOnly = { name: 'Michael', phone: '+65 6555 0199' }

describe('a task opens the message it asks for', () => {
  it.each([
    [
      'a phone cancellation, confirmed by email',
      'confirm-in-writing',
      { status: 'cancelled', contact: withEmail },
      { kind: 'cancel', channel: 'email' },
    ],
    [
      'a phone request, confirmed in writing',
      'confirm-in-writing',
      { reschedule: pending, contact: withEmail },
      { kind: 'reschedule', channel: 'email' },
    ],
    [
      'an agreed time, confirmed in writing',
      'confirm-in-writing',
      { contact: withEmail },
      { kind: 'confirm', channel: 'email' },
    ],
    [
      'no email address: a written confirmation by WhatsApp',
      'confirm-in-writing',
      { contact: phoneOnly },
      { kind: 'confirm', channel: 'whatsapp' },
    ],
    ['a thank-you note', 'send-thanks', { contact: phoneOnly }, { kind: 'thanks', channel: 'whatsapp' }],
    [
      'the chase of a pending request',
      'chase-reply',
      { reschedule: pending, contact: withEmail },
      { kind: 'chase', channel: 'email' },
    ],
    [
      'a chase with no contact details: a call',
      'chase-reply',
      { reschedule: pending, contact: {} },
      { kind: 'chase', channel: 'phone' },
    ],
  ] as const)('%s', (_, kind, overrides, expected) => {
    expect(taskDraft(task(kind), at('2026-12-07T03:00', 60, overrides))).toEqual(expected)
  })

  it('opens nothing for a done task, a chase already answered, or a custom task', () => {
    const interview = at('2026-12-07T03:00', 60, { reschedule: pending })
    expect(taskDraft(task('chase-reply', '2026-12-02T00:00:00.000Z'), interview)).toBeUndefined()
    expect(taskDraft(task('chase-reply'), at('2026-12-07T03:00'))).toBeUndefined()
    expect(taskDraft(task('custom'), interview)).toBeUndefined()
  })
})
