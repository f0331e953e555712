import type { Settings } from '../model/settings'

/**
 * How much notice a message sent at `sentAt` gives for an interview starting at `startsAt`. Elapsed real
 * time, so a DST night of 23 or 25 hours counts as it really is. Norm (DOMAIN.md): at least 24–48 h.
 */
export type NoticeLevel = 'ample' | 'short' | 'late' | 'past'

export interface Notice {
  level: NoticeLevel
  /** Hours between the message and the start; negative once the interview has begun. */
  hoursBefore: number
}

const HOUR_MS = 3600_000

export function noticeLevel(sentAt: number, startsAt: number, thresholds: Settings['noticeHours']): Notice {
  const hoursBefore = (startsAt - sentAt) / HOUR_MS
  const level: NoticeLevel =
    hoursBefore >= thresholds.short
      ? 'ample'
      : hoursBefore >= thresholds.late
        ? 'short'
        : hoursBefore > 0
          ? 'late'
          : 'past'
  return { level, hoursBefore: Math.round(hoursBefore * 10) / 10 }
}

/** The two moments after which notice drops a level: start − 48 h (short) and start − 24 h (late). */
export function noticeLines(
  startsAt: number,
  thresholds: Settings['noticeHours'],
): { short: number; late: number } {
  return { short: startsAt - thresholds.short * HOUR_MS, late: startsAt - thresholds.late * HOUR_MS }
}
