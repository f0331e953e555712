/** What an interview's history records; `detail` depends on the change (see HistoryDetail). */
export const HISTORY_CHANGES = [
  'created',
  'imported',
  'changed',
  'rescheduled',
  'status',
  'reschedule-requested',
  'reschedule-accepted',
  'reschedule-refused',
  'reschedule-withdrawn',
  'message-sent',
] as const
export type HistoryChange = (typeof HISTORY_CHANGES)[number]

interface Span {
  startsAt: string
  endsAt: string
}

/** The detail of each change, so the timeline can say it in words. */
export interface HistoryDetail {
  created: Span & { status: string }
  imported: Span & { status: string; source: 'file' | 'calendar' }
  /** Fields other than time and status: each with its value before and after (absent = empty). */
  changed: { fields: Record<string, { from?: unknown; to?: unknown }> }
  /** `agreed`: moved because the company already agreed ("They already agreed"), not by an answer. */
  rescheduled: { from: Span; to: Span; agreed?: boolean }
  status: { from: string; to: string; undo?: boolean }
  'reschedule-requested': { proposed: Span[]; channel?: string }
  /** `proposed`: the slot was one of the times we proposed (otherwise the company chose another). */
  'reschedule-accepted': { from: Span; to: Span; proposed: boolean }
  'reschedule-refused': { proposed: Span[] }
  'reschedule-withdrawn': { proposed: Span[] }
  'message-sent': { kind: string; channel?: string; followUpId: string }
}

export type HistoryEntry = {
  [C in HistoryChange]: { id: number; interviewId: string; at: string; change: C; detail: HistoryDetail[C] }
}[HistoryChange]
