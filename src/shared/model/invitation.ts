import { z } from 'zod'
import type { ContactRole, Mode } from './interview'
import { instant } from './fields'

/** Pasted text is read up to this many characters; a longer paste is read from its start, with a notice. */
export const READ_CHARS = 20_000

/** `invitations/parse`: pasted text, or a dropped file (.eml, .ics, .txt) as base64 with its name. */
export const invitationParseSchema = z.union([
  z.strictObject({
    text: z
      .string()
      .min(1, { error: 'required' })
      .max(10 * 1024 * 1024, { error: 'too_long' }),
    now: instant.optional(),
    timeZone: z.string().max(64).optional(),
  }),
  z.strictObject({
    base64: z.base64({ error: 'invalid' }).min(1, { error: 'required' }),
    fileName: z.string().min(1, { error: 'required' }).max(255),
    now: instant.optional(),
    timeZone: z.string().max(64).optional(),
  }),
])

export type ContactTitle = 'mr' | 'ms'

/** The fields an invitation can give; each only when the text states it. */
export interface InvitationInterview {
  company?: string
  position?: string
  startsAt?: string
  endsAt?: string
  timeZone?: string
  mode?: Mode
  location?: string
  meetingUrl?: string
  accessCode?: string
  referenceNumber?: string
  contact?: { name?: string; title?: ContactTitle; role?: ContactRole; email?: string; phone?: string }
}

export type InvitationField =
  | Exclude<keyof InvitationInterview, 'contact'>
  | 'contact.name'
  | 'contact.title'
  | 'contact.role'
  | 'contact.email'
  | 'contact.phone'

/** Something about the input as a whole, as a code the UI words. */
export type InvitationNotice =
  'binary' | 'truncated' | 'no-text' | 'unsupported-file' | 'calendar-file' | 'reschedule'

/** A time an invitation offers, with the words it was read from. */
export interface InvitationSlot {
  startsAt: string
  endsAt?: string
  source: string
  /** The weekday written beside this time when its date falls on another, as `weekdayClash` says it. */
  otherWeekday?: string
}

export interface InvitationReading {
  interview: InvitationInterview
  /** For each filled field, the snippet of the invitation it was read from. */
  sources: Partial<Record<InvitationField, string>>
  /**
   * Fields an interview needs that the invitation does not give ("no date found"); `startTime` when it gives
   * the day (in `day`) but not the hour; `endTime` when it gives the start but no end or duration.
   */
  missing: ('company' | 'position' | 'startsAt' | 'startTime' | 'endTime')[]
  /** The interview's day (yyyy-MM-dd) when the invitation names no hour ("Kamis tgl 3/12 ba'da dzuhur"). */
  day?: { date: string; source: string }
  notices: InvitationNotice[]
  /**
   * The invitation writes a weekday beside the interview's date that the date does not fall on ("Kamis,
   * 9 Desember 2026", a Wednesday): the date read (yyyy-MM-dd) and the weekday as written. Only the company
   * knows which is meant.
   */
  weekdayClash?: { date: string; written: string }
  /**
   * The interview's day (yyyy-MM-dd, on its own clock) is a public holiday in `country` (ISO 3166): the
   * country of the zone the invitation gives, else the user's holiday country (Settings). Offices are closed
   * then, so the date is worth checking with the company before it is saved.
   */
  holiday?: { date: string; country: string }
  /**
   * Times the invitation offers to choose from ("Silakan pilih salah satu jadwal berikut: 1. … 2. …"): none
   * of them is the interview's until the candidate chooses, so `interview` has no start then.
   */
  choices?: InvitationSlot[]
  /** The date and time the invitation asks for a reply by, with the words it was read from. */
  replyBy?: { at: string; source: string }
  /** An interview already in the calendar that this invitation confirms (`same`) or moves (`update`). */
  match?: InvitationMatch
}

export interface InvitationMatch {
  interviewId: string
  kind: 'same' | 'update'
  /**
   * The move answers the interview's pending reschedule request: record it with `reschedule/answer`
   * (accepted, this slot). `proposed` says whether the slot is one of the times we proposed; if not, the
   * company chose another time.
   */
  answer?: { slot: { startsAt: string; endsAt: string }; proposed: boolean }
}
