import type { DraftChannel, DraftKind } from '../../../../shared/drafts/types'
import type { FollowUp } from '../../../../shared/model/followup'
import type { Interview } from '../../../../shared/model/interview'
import { reachableChannel } from '../../../../shared/drafts/reachable'

/**
 * The message an open task asks for, so the task opens it: a written confirmation of what was said on
 * the phone (by email when there is an address), a thank-you, or a short chase of a pending request.
 */
export function taskDraft(
  task: FollowUp,
  interview: Interview,
): { kind: DraftKind; channel: DraftChannel } | undefined {
  if (task.type !== 'task' || task.doneAt) return undefined
  const channel = reachableChannel(interview.contact)
  switch (task.kind) {
    case 'confirm-in-writing': {
      // The call cancelled it, asked to move it, or (once they agreed) settled the new time.
      const kind: DraftKind =
        interview.status === 'cancelled' ? 'cancel' : interview.reschedule ? 'reschedule' : 'confirm'
      return { kind, channel: channel === 'phone' ? 'email' : channel }
    }
    case 'send-thanks':
      return { kind: 'thanks', channel }
    case 'chase-reply':
      return interview.reschedule ? { kind: 'chase', channel } : undefined
    default:
      return undefined
  }
}
