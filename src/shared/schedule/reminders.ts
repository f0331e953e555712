import type { FollowUp } from '../model/followup'
import type { Interview } from '../model/interview'
import type { Settings } from '../model/settings'
import { isActive } from './conflicts'
import { noticeLines } from './notice'
import type { NoticeText } from './noticeText'

export type ReminderKind = 'upcoming' | 'unconfirmed' | 'notice-line' | 'task'

export interface Reminder {
  /** Stable per interview, time and kind: a reminder is shown once; a rescheduled interview reminds again. */
  key: string
  kind: ReminderKind
  interviewId: string
  /** When it became due. */
  dueAt: number
  /** For `upcoming`: minutes before the start. */
  offsetMinutes?: number
  /** For `task`: the follow-up task that fell due. */
  task?: FollowUp
}

/**
 * A reminder ready to show: a desktop notification in Electron, an in-page notice in a browser. The page
 * words it from `code` and `params`; `title` and `body` are main's wording in the user's language.
 */
export type ReminderNotice = {
  key: string
  kind: ReminderKind
  interviewId: string
  /** The interview's position, for the heading beside the company the params name. */
  position: string
  /** A task's own note (the user's words for what to follow up). */
  note?: string
  title: string
  body: string
} & ReminderText

/** What a reminder says: each of these names the interview's company. */
export type ReminderText =
  | Extract<NoticeText, { code: 'upcoming' | 'unconfirmed' | 'notice-ahead' }>
  | { code: 'task-reminder'; params: TaskNotice['params'] }

type TaskNotice = Extract<NoticeText, { code: 'task-due' | 'task-overdue' | 'task-reminder' }>

const HOUR_MS = 3600_000
/** An invitation still unconfirmed this close to the interview needs a nudge (DOMAIN.md: confirm every one). */
export const UNCONFIRMED_WINDOW_HOURS = 72
/** Warn this long before the 48-hour notice line passes for an interview that has to move. */
export const NOTICE_LINE_LEAD_HOURS = 12

/**
 * Reminders that fell due in (since, now]. A trigger never counts from before the interview (or its clash)
 * existed; for one interview only the latest upcoming reminder is kept, so a long absence does not flood.
 * `toMove` lists the interviews clash advice says to move or drop.
 */
export function dueReminders(
  interviews: readonly Interview[],
  toMove: readonly { interview: Interview; since: number }[],
  settings: Pick<Settings, 'reminderOffsetsMinutes' | 'noticeHours'>,
  since: number,
  now: number,
): Reminder[] {
  const due: Reminder[] = []
  const inWindow = (at: number) => at > since && at <= now
  for (const interview of interviews) {
    const start = Date.parse(interview.startsAt)
    if (!isActive(interview) || start <= now) continue
    const created = Date.parse(interview.createdAt)
    const upcoming = settings.reminderOffsetsMinutes
      .map((offset) => ({ offset, at: start - offset * 60_000 }))
      .filter(({ at }) => inWindow(at) && at >= created)
      .sort((a, b) => b.at - a.at)[0]
    if (upcoming) {
      due.push({
        key: `upcoming:${interview.id}:${interview.startsAt}:${upcoming.offset}`,
        kind: 'upcoming',
        interviewId: interview.id,
        dueAt: upcoming.at,
        offsetMinutes: upcoming.offset,
      })
    }
    if (interview.status === 'invited') {
      const at = Math.max(start - UNCONFIRMED_WINDOW_HOURS * HOUR_MS, created)
      if (inWindow(at)) {
        due.push({
          key: `unconfirmed:${interview.id}:${interview.startsAt}`,
          kind: 'unconfirmed',
          interviewId: interview.id,
          dueAt: at,
        })
      }
    }
  }
  for (const { interview, since: clashSince } of toMove) {
    const line = noticeLines(Date.parse(interview.startsAt), settings.noticeHours).short
    const at = Math.max(line - NOTICE_LINE_LEAD_HOURS * HOUR_MS, clashSince)
    if (inWindow(at) && now < line && isActive(interview)) {
      due.push({
        key: `notice-line:${interview.id}:${interview.startsAt}`,
        kind: 'notice-line',
        interviewId: interview.id,
        dueAt: at,
      })
    }
  }
  return due.sort((a, b) => a.dueAt - b.dueAt)
}

/**
 * The user's own reminders that fell due in (since, now] and are still open: a follow-up set for a time they
 * chose (on a logged call, or as a task). The tasks the app sets with a deadline (a chase, a written
 * confirmation, a thank-you, a reply by the company's date) show in the alerts a day before it: a reminder
 * at the deadline itself would come too late, or at night. A task due when it was set, or before, has
 * nothing to remind of.
 */
export function dueTaskReminders(tasks: readonly FollowUp[], since: number, now: number): Reminder[] {
  const due: Reminder[] = []
  for (const task of tasks) {
    if (task.type !== 'task' || task.kind !== 'custom' || task.doneAt || !task.dueAt) continue
    const at = Date.parse(task.dueAt)
    if (at <= since || at > now || at <= Date.parse(task.at)) continue
    due.push({
      key: `task:${task.id}:${task.dueAt}`,
      kind: 'task',
      interviewId: task.interviewId,
      dueAt: at,
      task,
    })
  }
  return due.sort((a, b) => a.dueAt - b.dueAt)
}
