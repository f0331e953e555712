/** UI strings of dialogs and error messages (English). */
export const errorsEn = {
  dialog: {
    confirm: 'Confirm',
    cancel: 'Cancel',
    close: 'Close',
    discardTitle: 'Discard your changes?',
    discardText: 'What you typed in this window has not been saved and will be lost.',
    keepEditing: 'Keep editing',
    discard: 'Discard',
  },
  errors: {
    andMore_one: '{{text}} (and {{count}} more problem)',
    andMore_other: '{{text}} (and {{count}} more problems)',
    fields: { text: 'The text', file: 'The file', unknown: 'One of the fields' },
    code: {
      VALIDATION: 'Some of what was entered is not valid.',
      NOT_FOUND: 'That item no longer exists. It may have been deleted in another window.',
      CONFLICT: 'That cannot be done in the current state.',
      UNKNOWN_CHANNEL: 'This version of the app does not know that action. Reload the page.',
      UNAUTHORIZED: 'This page has lost its access to the app. Open the address the app printed at start.',
      FORBIDDEN: 'The app refused a request from another site.',
      BAD_REQUEST: 'The app could not read the request.',
      DB_CORRUPT: 'The database file is damaged.',
      DB_TOO_NEW: 'The database was written by a newer version of the app.',
      DB_UNAVAILABLE:
        'Your data cannot be reached right now. Wait a moment, then try again. If it still fails, make sure Interview Desk is running, then reload the page.',
      DISK_FULL: 'The disk is full, so nothing was saved. Free some space, then try again.',
      READ_ONLY:
        'The data file or its folder is read-only, so nothing was saved. Make them writable, or keep your data in another folder.',
      BUSY: 'The data file is busy. Nothing was changed; try again in a moment.',
      DB_REPLACED:
        'The data file was removed or replaced by another program, so this change was not saved. Restart Interview Desk.',
      DB_LOCKED: 'This data is open in another Interview Desk window. Use that window, or close it first.',
      TOO_LARGE: 'This file is too large (limit 8 MB).',
      INTERNAL: 'Something went wrong inside the app. Nothing was changed.',
    },
  },
}
