import type { FollowUp } from '../../../../shared/model/followup'

const isOpenTask = (item: FollowUp) => item.type === 'task' && !item.doneAt

/** The time a follow-up shows: a task's due time, or when it was done; an entry's, when it happened. */
export const whenOf = (followUp: FollowUp) =>
  Date.parse(followUp.type === 'task' ? (followUp.doneAt ?? followUp.dueAt!) : followUp.at)

/**
 * The follow-ups page's two lists: open tasks soonest due first (what to do next on top), and the log newest
 * first by the time each entry shows. The store lists them by due date or time, newest first, which put a
 * task due on Tuesday above one due on Monday, and a task done today among entries by the time it was set.
 */
export function orderFollowUps(items: readonly FollowUp[]): { tasks: FollowUp[]; log: FollowUp[] } {
  const tasks = items.filter(isOpenTask).sort((a, b) => whenOf(a) - whenOf(b))
  const log = items.filter((item) => !isOpenTask(item)).sort((a, b) => whenOf(b) - whenOf(a))
  return { tasks, log }
}
