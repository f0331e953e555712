import type { Database } from 'better-sqlite3'
import { buildAlerts, currentClashes, sortAlerts, type Alert } from '../../shared/schedule/alerts'
import { followUpAlerts } from '../../shared/schedule/followupAlerts'
import {
  alertWindow,
  beforeHorizon,
  dueFollowUps,
  rangeInput,
  windowedInput,
  type AlertRange,
} from './alertWindow'
import { clashAdvice } from '../../shared/schedule/advice'
import { alertsForPatch } from '../../shared/schedule/alertPatch'
import { reminderNote, reminderTitle } from '../../shared/i18n/wordNotice'
import { noticeWords, withMessage } from '../noticeWords'
import { noticeLines } from '../../shared/schedule/notice'
import {
  dueReminders,
  dueTaskReminders,
  type ReminderNotice,
  type ReminderText,
} from '../../shared/schedule/reminders'
import type { TaskKind } from '../../shared/model/followup'
import type { TravelTime } from '../../shared/model/travel'
import { AppFailure } from '../../shared/result'
import { markShown, readState, shownKeys, writeState } from '../db/repos/reminders'
import { deleteTravelTime, listTravelTimes, upsertTravelTime } from '../db/repos/travel'
import type { SystemDefaults } from './settings'

/**
 * Alerts for the window that matters (alertWindow.ts): from a day back to a quarter ahead, read by the start
 * index, instead of every interview still ahead. With `touched` (after a change), only the alerts that patch
 * the caller's list (alertPatch.ts) are worded and sent.
 */
export function listAlerts(
  db: Database,
  system: SystemDefaults,
  now: number,
  range?: AlertRange,
  touched?: readonly string[],
): Alert[] {
  if (range) return alertsInRange(db, system, now, range)
  const input = windowedInput(db, system, now)
  const { followUps, interviews } = dueFollowUps(db, input.interviews, now)
  const { horizonMs } = alertWindow(now)
  const word = noticeWords(input.settings.language, input.settings.timeZone)
  const alerts = sortAlerts(
    beforeHorizon([...buildAlerts(input), ...followUpAlerts(interviews, followUps, now)], horizonMs),
  )
  return (touched ? alertsForPatch(alerts, touched) : alerts).map((alert) => withMessage(alert, word))
}

/** The alerts that name an interview taking place in `range` (the calendar's period past the horizon). */
function alertsInRange(db: Database, system: SystemDefaults, now: number, range: AlertRange): Alert[] {
  const input = rangeInput(db, system, now, range)
  const inRange = new Set(
    input.interviews
      .filter(
        (interview) =>
          Date.parse(interview.endsAt) > range.fromMs && Date.parse(interview.startsAt) < range.toMs,
      )
      .map((interview) => interview.id),
  )
  const word = noticeWords(input.settings.language, input.settings.timeZone)
  return sortAlerts(
    buildAlerts(input).filter((alert) => alert.interviewIds.some((id) => inRange.has(id))),
  ).map((alert) => withMessage(alert, word))
}

const CHECKED_AT = 'reminders.checkedAt'

/**
 * Reminders due since the last check that were not shown before; they are marked shown in the same
 * transaction, so each is shown once even across restarts.
 */
export function takeDueReminders(db: Database, system: SystemDefaults, now: number): ReminderNotice[] {
  return db.transaction(() => {
    const input = windowedInput(db, system, now)
    const since = Number(readState(db, CHECKED_AT) ?? now - 60_000)
    const toMove = currentClashes(input).map((clash) => ({
      interview: clashAdvice(clash, now, input.settings).move,
      since: Math.max(Date.parse(clash.first.createdAt), Date.parse(clash.second.createdAt)),
    }))
    const { followUps, interviews } = dueFollowUps(db, input.interviews, now)
    const due = [
      ...dueReminders(input.interviews, toMove, input.settings, since, now),
      ...dueTaskReminders(followUps, since, now),
    ].sort((a, b) => a.dueAt - b.dueAt)
    const seen = shownKeys(
      db,
      due.map((reminder) => reminder.key),
    )
    const fresh = due.filter((reminder) => !seen.has(reminder.key))
    markShown(
      db,
      fresh.map((reminder) => reminder.key),
      now,
    )
    writeState(db, CHECKED_AT, String(now))
    const byId = new Map(interviews.map((interview) => [interview.id, interview]))
    const word = noticeWords(input.settings.language, input.settings.timeZone)
    return fresh.map((reminder): ReminderNotice => {
      const interview = byId.get(reminder.interviewId)!
      const { company, startsAt } = interview
      const { task } = reminder
      const text: ReminderText = task
        ? { code: 'task-reminder', params: { task: task.kind as TaskKind, company, dueAt: task.dueAt! } }
        : reminder.kind === 'upcoming'
          ? {
              code: 'upcoming',
              params: { company, startsAt, hours: Math.round((Date.parse(startsAt) - now) / 3_600_000) },
            }
          : reminder.kind === 'unconfirmed'
            ? { code: 'unconfirmed', params: { company, startsAt } }
            : {
                code: 'notice-ahead',
                params: {
                  company,
                  deadline: new Date(
                    noticeLines(Date.parse(startsAt), input.settings.noticeHours).short,
                  ).toISOString(),
                  hours: input.settings.noticeHours.short,
                },
              }
      const note = task?.note
      return {
        key: reminder.key,
        kind: reminder.kind,
        interviewId: interview.id,
        position: interview.position,
        ...text,
        ...(note ? { note } : {}),
        title: reminderTitle(company, interview.position),
        body: note ? `${word(text)}\n${reminderNote(note, input.settings.language)}` : word(text),
      }
    })
  })()
}

export { listTravelTimes }

export function setTravelTime(db: Database, travel: TravelTime): TravelTime {
  return upsertTravelTime(db, travel)
}

export function removeTravelTime(
  db: Database,
  pair: { from: string; to: string },
): { from: string; to: string } {
  if (!deleteTravelTime(db, pair.from, pair.to)) {
    throw new AppFailure('NOT_FOUND', `No travel time is recorded between ${pair.from} and ${pair.to}.`)
  }
  return pair
}
