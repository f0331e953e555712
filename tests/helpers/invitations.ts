import { readInvitation } from '../../src/main/invitations/read'

/** Tuesday 1 December 2026, 08:00 WIB: when the probe tests paste their invitations. */
export const INVITATION_NOW = Date.parse('2026-12-01T01:00:00Z')

/** The whole reading of an invitation's text (and subject), pasted at INVITATION_NOW in Jakarta. */
export const readingOf = (text: string, subject?: string) =>
  readInvitation({ text, ...(subject ? { subject } : {}) }, { now: INVITATION_NOW, timeZone: 'Asia/Jakarta' })

/** What the reader fills in from an invitation's text (and subject). */
export const readInterview = (text: string, subject?: string) => readingOf(text, subject).interview
