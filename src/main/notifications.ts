import type { ReminderNotice } from '../shared/schedule/reminders'
import type { Registry } from './registry'

export interface NotificationPort {
  show: (notice: ReminderNotice, onClick: () => void) => void
}

const CHECK_MS = 60_000

/**
 * Desktop reminders in Electron: every minute, asks for newly due reminders (each comes back once; the
 * database remembers what was shown) and shows them; a click opens the interview.
 */
export function startReminderNotifications(
  registry: Registry,
  port: NotificationPort,
  openInterview: (interviewId: string) => void,
): () => void {
  const check = async () => {
    const result = await registry.dispatch('reminders/due', {})
    if (!result.ok) return
    for (const notice of result.value as ReminderNotice[])
      port.show(notice, () => openInterview(notice.interviewId))
  }
  void check()
  const timer = setInterval(() => void check(), CHECK_MS)
  return () => clearInterval(timer)
}
