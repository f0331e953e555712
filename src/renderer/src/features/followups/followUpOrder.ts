import type { FollowUp } from '../../../../shared/model/followup'

const isOpenTask = (item: FollowUp) => item.type === 'task' && !item.doneAt
/** The time an item of the log shows: when a task was done, else when the entry happened. */
const loggedAt = (item: FollowUp) => Date.parse(item.doneAt ?? item.at)

/**
 * The follow-ups page's two lists: open tasks soonest due first (what to do next on top), and the log newest
 * first by the time each entry shows. The store lists them by due date or time, newest first, which put a
 * task due on Tuesday above one due on Monday, and a task done today among entries by the time it was set.
 */
export function orderFollowUps(items: readonly FollowUp[]): { tasks: FollowUp[]; log: FollowUp[] } {
  const tasks = items
    .filter(isOpenTask)
    .sort((a, b) => Date.parse(a.dueAt ?? a.at) - Date.parse(b.dueAt ?? b.at))
  const log = items.filter((item) => !isOpenTask(item)).sort((a, b) => loggedAt(b) - loggedAt(a))
  return { tasks, log }
}
