import type { TaskKind } from '../model/followup'
import type { NoticeCode } from '../schedule/noticeText'

/**
 * Alert and reminder texts (English), one per code. The renderer merges them into its catalog; main words
 * the contract's `message` and the desktop notifications from the same strings.
 */
export const alertTextsEn = {
  alertText: {
    overlap: '{{first}} ({{firstSpan}}) and {{second}} ({{secondSpan}}) overlap on {{day}}.',
    travel:
      'Only {{gap}} between {{first}} and {{second}} on {{day}}, but you need about {{needed}} to get to {{place}}.',
    prep: 'Only {{gap}} between {{first}} and {{second}} on {{day}}; allow {{needed}} to get ready for a call.',
    'same-day': '{{count}} interviews on {{day}}: {{companies}}.',
    'same-day-crowded':
      '{{count}} interviews on {{day}}: {{companies}}. That is a lot for one day; consider moving one.',
    'notice-ahead':
      "If you move or cancel the interview with {{company}}, tell them before {{deadline}} to give them {{hours}}' notice.",
    'notice-short':
      'Time is short to notify {{company}} ({{hours}} until the interview): call first, then confirm in writing.',
    'notice-late':
      'Less than a day before {{company}} ({{hours}} left): call them now and apologise for the short notice.',
    unconfirmed: '{{company}} on {{when}} is not confirmed yet: confirm that you will attend.',
    upcoming: 'Interview with {{company}} in {{hours}}: {{when}}.',
    'advice-lower-priority': 'Move or drop {{move}}: it matters less to you than {{keep}}.',
    'advice-unconfirmed':
      'Move or drop {{move}}: you have not confirmed it yet, while the interview with {{keep}} is already confirmed.',
    'advice-ample-notice': 'Move or drop {{move}}: there is still time to tell them with proper notice.',
    'advice-later': 'Move or drop {{move}}: it is the later one, which leaves the most time to arrange it.',
    'task-due': '{{task}}: due {{when}}.',
    'task-overdue': '{{task}}: overdue since {{when}}.',
    'task-reminder': 'Reminder: {{task}} (set for {{when}}).',
    'send-thanks': 'Send {{company}} a thank-you note for the interview, by {{deadline}}.',
    'hold-overlap':
      '{{company}} ({{span}}) falls on a time you proposed to {{heldFor}} ({{held}}); it stays tentative until {{heldFor}} answers.',
    'hold-gap':
      'Only {{gap}} between {{company}} and the time you proposed to {{heldFor}} ({{held}}); you need about {{needed}}. Tentative until {{heldFor}} answers.',
  } satisfies Record<NoticeCode, string>,
  alertTask: {
    'confirm-in-writing': 'Send {{company}} a written confirmation',
    'send-thanks': 'Send {{company}} a thank-you note',
    'chase-reply': 'Ask {{company}} about your reschedule request',
    'video-answer': 'Get an answer from {{company}} on holding the interview by video',
    custom: 'Follow up with {{company}}',
  } satisfies Record<TaskKind, string>,
  alertWords: {
    theirPlace: 'the next place',
  },
  units: {
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
  },
}
