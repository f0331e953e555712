import type { FollowUp, TaskKind } from '../model/followup'
import type { Interview } from '../model/interview'
import type { AlertFacts } from './alerts'

const HOUR_MS = 3600_000
/** A thank-you note goes out within a day of the interview (DOMAIN.md: soon after). */
export const THANKS_WITHIN_HOURS = 24
const DONE_STATUSES = new Set(['cancelled', 'declined', 'no-show'])

/**
 * `followup-due` alerts: open tasks due within a day or overdue, and a thank-you note for every interview
 * that ended in the last 24 hours without one.
 */
export function followUpAlerts(
  interviews: readonly Interview[],
  followUps: readonly FollowUp[],
  now: number,
): AlertFacts[] {
  const byId = new Map(interviews.map((interview) => [interview.id, interview]))
  const alerts: AlertFacts[] = []

  for (const task of followUps) {
    if (task.type !== 'task' || task.doneAt || !task.dueAt) continue
    const due = Date.parse(task.dueAt)
    const interview = byId.get(task.interviewId)
    if (!interview || due - now > 24 * HOUR_MS) continue
    alerts.push({
      id: `followup-due:${task.id}`,
      kind: 'followup-due',
      severity: due < now ? 'warning' : 'info',
      interviewIds: [interview.id],
      code: due < now ? 'task-overdue' : 'task-due',
      params: { task: task.kind as TaskKind, company: interview.company, dueAt: task.dueAt },
      at: task.dueAt,
      taskId: task.id,
    })
  }

  const thanked = new Set(
    followUps.filter((f) => f.type === 'log' && f.kind === 'thanks').map((f) => f.interviewId),
  )
  for (const interview of interviews) {
    const end = Date.parse(interview.endsAt)
    if (end > now || now - end > THANKS_WITHIN_HOURS * HOUR_MS) continue
    if (DONE_STATUSES.has(interview.status) || thanked.has(interview.id)) continue
    const deadline = end + THANKS_WITHIN_HOURS * HOUR_MS
    alerts.push({
      id: `followup-due:thanks:${interview.id}`,
      kind: 'followup-due',
      severity: 'info',
      interviewIds: [interview.id],
      code: 'send-thanks',
      params: { company: interview.company, deadline: new Date(deadline).toISOString() },
      at: new Date(deadline).toISOString(),
    })
  }
  return alerts
}
