import type { TaskKind } from '../model/followup'

/**
 * What an alert or a reminder says, as a code with plain values (names, ISO instants, counts), so each side
 * words it in the user's language from the one catalog (`src/shared/i18n/alerts-*.ts`).
 */
export type NoticeText =
  | {
      code: 'overlap'
      params: {
        first: string
        second: string
        firstStartsAt: string
        firstEndsAt: string
        secondStartsAt: string
        secondEndsAt: string
      }
    }
  | { code: 'travel'; params: Gap & { place?: string } }
  | { code: 'prep'; params: Gap }
  | { code: 'same-day' | 'same-day-crowded'; params: { startsAt: string; companies: string[] } }
  | { code: 'notice-ahead'; params: { company: string; deadline: string; hours: number } }
  | { code: 'notice-short' | 'notice-late'; params: { company: string; hours: number } }
  | { code: 'unconfirmed'; params: { company: string; startsAt: string } }
  | { code: 'upcoming'; params: { company: string; startsAt: string; hours: number } }
  | {
      code: 'advice-lower-priority' | 'advice-unconfirmed' | 'advice-ample-notice' | 'advice-later'
      params: { move: string; keep: string }
    }
  | {
      code: 'task-due' | 'task-overdue' | 'task-reminder'
      params: { task: TaskKind; company: string; dueAt: string }
    }
  | { code: 'send-thanks'; params: { company: string; deadline: string } }
  | { code: 'hold-overlap'; params: Held & { startsAt: string; endsAt: string } }
  | { code: 'hold-gap'; params: Held & { gapMinutes: number; neededMinutes: number } }

/** Two interviews of one day too close together: the first one's start names the day. */
interface Gap {
  first: string
  second: string
  startsAt: string
  gapMinutes: number
  neededMinutes: number
}

/** An interview against a time only proposed to another company. */
interface Held {
  company: string
  heldFor: string
  heldStartsAt: string
  heldEndsAt: string
}

export type NoticeCode = NoticeText['code']
