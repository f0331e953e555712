/** UI strings of the alerts page, notices and reminder cards (English). */
export const noticesEn = {
  alerts: {
    title: 'Alerts',
    none: 'Nothing needs your attention. Your schedule is clear of clashes.',
    advice: 'Advice',
    open: 'Open {{company}}',
    kind: {
      overlap: 'Overlap',
      travel: 'Too close',
      'same-day': 'Same day',
      notice: 'Notice',
      unconfirmed: 'Not confirmed',
      'followup-due': 'Follow-up due',
    },
    severity: { danger: 'Urgent', warning: 'Warning', info: 'Note' },
  },
  notices: {
    title: 'Notices',
    dismiss: 'Dismiss notice',
    more_one: '{{count}} more notice',
    more_other: '{{count}} more notices',
    collapse: 'Show fewer',
  },
  reminders: {
    open: 'Open',
  },
}
