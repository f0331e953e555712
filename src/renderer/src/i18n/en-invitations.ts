import type { Strings } from '../../../shared/i18n/strings'

/** UI strings of invitation intake: paste, drop, and the .ics import preview (English). */
export const invitationsEn = {
  invitations: {
    pasteOpen: 'Paste invitation',
    pasteLabel: 'Invitation text (email, WhatsApp, SMS or portal message)',
    read: 'Fill in from this text',
    reading: 'Reading…',
    clipboard: 'Paste from clipboard',
    clipboardDenied: 'The clipboard could not be read. Paste the text into the box instead.',
    filled_one: '{{count}} field was filled in from the invitation. Check it before saving.',
    filled_other: '{{count}} fields were filled in from the invitation. Check them before saving.',
    missing: 'Not found in the invitation: {{fields}}. Please fill in the missing details.',
    fromInvitation: 'From the invitation: “{{snippet}}”',
    markLabel: 'from invitation',
    moveMatched: 'Move that interview to the new time',
    choices:
      'The invitation offers {{count}} time slots to choose from, so the date and time were left blank. Choose the one you will confirm with the company:',
    weekdayClash:
      'The invitation says “{{written}}”, but {{date}} is a {{weekday}}. Ask the company which day they mean before you save.',
    holiday:
      '{{date}} is a public holiday in {{country}}, and most offices will be closed. Check the date with the company before you save.',
    answer: {
      pending: 'This message answers the reschedule request you sent about this interview.',
      accepted: 'Record as their answer: they accepted {{when}}',
      chosen: 'Record as their answer: they chose another time, {{when}}',
    },
    match: {
      same: 'This invitation is about an interview already in your calendar ({{company}}).',
      update:
        'This message moves an interview already in your calendar ({{company}}). Open it and change the time instead of adding a new one.',
    },
    notice: {
      binary: 'This is not text: nothing could be read from it.',
      truncated: 'The text is very long; only its beginning was read.',
      'no-text': 'The email has no text to read.',
      'unsupported-file': 'Only .eml, .ics and .txt files can be read.',
      'calendar-file': 'The calendar file holds no readable invitation.',
      reschedule: 'The message speaks of a new time for an interview.',
    },
    fieldNames: {
      company: 'company',
      position: 'position',
      startsAt: 'date and time',
      startTime: 'start time',
      endTime: 'end time',
    },
    dropHint: 'Drop an invitation (.eml, .ics or .txt) to add it',
    dropFailed: 'The file could not be read: {{message}}',
    preview: {
      contact: 'Contact',
      link: 'Link',
      code: 'Access code',
      reference: 'Reference',
      place: 'Address',
      clash: 'Clashes with',
      series:
        '“{{position}}” at {{company}} repeats {{count}} times in the coming year. Add every occurrence?',
      acceptSeries: 'Yes, add them all',
      edit: 'Edit',
      editLabel: 'Edit what will be stored for {{position}} at {{company}}',
      editTitle: 'What will be stored',
      editDone: 'Done',
    },
  },
}

export type InvitationStrings = Strings<typeof invitationsEn>
