import { describe, expect, it } from 'vitest'
import { messagesFor } from '../../../src/shared/drafts/fits'
import type { Interview, Status } from '../../../src/shared/model/interview'

const NOW = Date.parse('2026-12-03T03:00:00.000Z')
const interview = (status: Status, startsAt: string, pending = false) =>
  ({
    status,
    startsAt,
    ...(pending ? { reschedule: { requestedAt: '2026-12-02T03:00:00.000Z', proposed: [] } } : {}),
  }) as unknown as Interview
const LATER = '2026-12-07T03:00:00.000Z'
const EARLIER = '2026-12-01T03:00:00.000Z'

describe('the message buttons on an interview, likeliest first', () => {
  it.each([
    ['invited, to come', interview('invited', LATER), ['confirm', 'reschedule', 'decline']],
    ['confirmed, to come', interview('confirmed', LATER), ['reschedule', 'cancel']],
    ['confirmed, a request pending', interview('confirmed', LATER, true), ['chase', 'cancel']],
    ['invited, a request pending', interview('invited', LATER, true), ['confirm', 'chase', 'decline']],
    ['confirmed, its time passed', interview('confirmed', EARLIER), ['thanks', 'apology']],
    ['invited, its time passed', interview('invited', EARLIER), ['apology']],
    ['completed', interview('completed', EARLIER), ['thanks']],
    ['no-show', interview('no-show', EARLIER), ['apology']],
    ['cancelled', interview('cancelled', LATER), []],
    ['declined', interview('declined', LATER), []],
  ])('%s', (_, given, buttons) => {
    expect(messagesFor(given, NOW)).toEqual(buttons)
  })
})
