import type { Draft } from '../../src/shared/drafts/types'
import type { Interview } from '../../src/shared/model/interview'
import type { testBackend } from './backend'
import { interviewInput } from './temp'

/**
 * Cancels by email, on the day, an onsite interview starting in five hours, after an unforeseen problem: the
 * draft asks first whether it can be held by video at the same time. Returns the interview, the draft and the
 * reply of `drafts/markSent`.
 */
export async function sendVideoFirstCancel(app: Awaited<ReturnType<typeof testBackend>>, detail: string) {
  const onsite = await app.value<Interview>('interviews/create', interviewInput({ status: 'confirmed' }, 5))
  const reason = { category: 'unforeseen', detail }
  const draft = await app.value<Draft>('drafts/create', {
    interviewId: onsite.id,
    kind: 'cancel',
    channel: 'email',
    language: 'en',
    reason,
  })
  const sent = await app.value<{ interview: Interview }>('drafts/markSent', {
    interviewId: onsite.id,
    kind: 'cancel',
    channel: 'email',
    language: 'en',
    subject: draft.subject,
    body: draft.body,
    reason,
  })
  return { onsite, draft, sent }
}
