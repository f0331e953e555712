import { z } from 'zod'
import type { Channel } from './channels'
import { backupFileSchema, type Backup, type DatabaseStatus } from './model/backup'
import {
  idSchema,
  interviewCountSchema,
  interviewCreateSchema,
  interviewListSchema,
  interviewUpdateSchema,
  MAX_PROPOSED,
  timeSlotSchema,
  type Interview,
} from './model/interview'
import type { HistoryEntry } from './model/history'
import { adoptDefaultsSchema, settingsUpdateSchema, type Settings } from './model/settings'
import { travelPairSchema, travelTimeSchema, type TravelTime } from './model/travel'
import { instant } from './model/fields'
import { MAX_ALERT_RANGE_DAYS, type Alert } from './schedule/alerts'
import { MAX_PATCH_IDS } from './schedule/alertPatch'
import type { ReminderNotice } from './schedule/reminders'
import {
  DRAFT_CHANNELS,
  DRAFT_KINDS,
  reasonSchema,
  slotSchema,
  type Draft,
  type DraftCheck,
} from './drafts/types'
import { text } from './model/fields'
import {
  followUpAddSchema,
  followUpCompleteSchema,
  followUpDeleteSchema,
  followUpListSchema,
  followUpUpdateSchema,
  type FollowUp,
} from './model/followup'
import { LANGUAGES } from './model/settings'
import {
  icsExportSchema,
  icsImportSchema,
  type IcsExportProgress,
  type IcsImportResult,
} from './model/exchange'
import { dataExportSchema, dataImportSchema, type DataImportResult } from './model/dataFile'
import { invitationParseSchema, type InvitationReading } from './model/invitation'

/** A channel: its strict input schema, and its output type (carried for typing only). */
interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input
  output?: Output
}

const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input })

const empty = z.strictObject({})
const byId = z.strictObject({ id: idSchema })
/**
 * A what-if `now` (tools, previews) shapes only the answer of a read. Channels that store anything (sent
 * times, reminders' last check, completion times) take no `now`: the clock belongs to the app.
 */
const whatIfNow = instant.optional()

/**
 * `alerts/list`: by default the window that matters from the app's clock; with `from` and `to`, the
 * alerts of the interviews in that period too (a period the calendar shows past the usual horizon); with
 * `ids`, only the window's alerts a change to those interviews can alter (alertPatch.ts).
 */
const alertsQuery = z
  .strictObject({
    now: whatIfNow,
    from: instant.optional(),
    to: instant.optional(),
    ids: z.array(idSchema).min(1, { error: 'required' }).max(MAX_PATCH_IDS, { error: 'too_many' }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.ids && value.from !== undefined)
      ctx.addIssue({ code: 'custom', path: ['ids'], message: 'not_with_range' })
    if ((value.from === undefined) !== (value.to === undefined))
      ctx.addIssue({ code: 'custom', path: [value.from === undefined ? 'from' : 'to'], message: 'required' })
    if (value.from === undefined || value.to === undefined) return
    const span = Date.parse(value.to) - Date.parse(value.from)
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' })
    else if (span > MAX_ALERT_RANGE_DAYS * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_long' })
  })

const draftShape = {
  interviewId: idSchema,
  kind: z.enum(DRAFT_KINDS, { error: 'invalid_choice' }),
  channel: z.enum(DRAFT_CHANNELS, { error: 'invalid_choice' }),
  language: z.enum(LANGUAGES, { error: 'invalid_choice' }),
}

/** The product's API: both transports (Electron IPC and browser-mode HTTP) serve exactly this map. */
export const contract = {
  'interviews/create': channel<Interview>()(interviewCreateSchema),
  'interviews/update': channel<Interview>()(interviewUpdateSchema),
  'interviews/get': channel<Interview>()(byId),
  'interviews/list': channel<Interview[]>()(interviewListSchema),
  /** How many interviews `interviews/list` lists for a range (the agenda's "still to come"). */
  'interviews/count': channel<number>()(interviewCountSchema),
  'interviews/delete': channel<{ id: string }>()(byId),
  /** What happened to the interview, oldest first. */
  'interviews/history': channel<HistoryEntry[]>()(byId),
  'settings/get': channel<Settings>()(empty),
  'settings/update': channel<Settings>()(settingsUpdateSchema),
  /**
   * First run in a browser: its language and zone become the settings' own, for each of the two the
   * user has not chosen yet (a stored value always wins). Returns the settings.
   */
  'settings/adoptDefaults': channel<Settings>()(adoptDefaultsSchema),
  'backup/create': channel<Backup>()(empty),
  'backup/list': channel<Backup[]>()(empty),
  'backup/restore': channel<{ restored: string; keptAside?: string }>()(
    z.strictObject({ file: backupFileSchema }),
  ),
  'alerts/list': channel<Alert[]>()(alertsQuery),
  /** Reminders newly due at the app's clock; each is returned once (browser mode shows them in the page). */
  'reminders/due': channel<ReminderNotice[]>()(empty),
  'drafts/create': channel<Draft>()(
    z.strictObject({
      ...draftShape,
      now: whatIfNow,
      reason: reasonSchema.optional(),
      /** Proposed times for a reschedule; by default the first three free slots. */
      alternatives: z.array(slotSchema).max(MAX_PROPOSED).optional(),
    }),
  ),
  'drafts/markSent': channel<{ interview: Interview; followUp: FollowUp; checks: DraftCheck[] }>()(
    z.strictObject({
      ...draftShape,
      subject: text(300).optional(),
      body: text(20_000).pipe(z.string().min(1, { error: 'required' })),
      /** For a reschedule: the times the message proposes, held until the company answers. */
      alternatives: z.array(timeSlotSchema).max(MAX_PROPOSED).optional(),
      /** The reason chosen: a cancellation that first asks for video at the same time does not cancel yet. */
      reason: reasonSchema.optional(),
    }),
  ),
  /** The company's answer to the pending reschedule request. */
  'reschedule/answer': channel<Interview>()(
    z.discriminatedUnion(
      'answer',
      [
        z.strictObject({ id: idSchema, answer: z.literal('accepted'), slot: timeSlotSchema }),
        z.strictObject({ id: idSchema, answer: z.enum(['refused', 'withdrawn']) }),
      ],
      { error: 'invalid_choice' },
    ),
  ),
  /** The checks on the text as edited; an empty body is a finding, not an error. */
  'drafts/check': channel<DraftCheck[]>()(
    z.strictObject({
      ...draftShape,
      now: whatIfNow,
      subject: text(300).optional(),
      body: text(20_000),
      /** The times the text proposes (a reschedule), checked against the schedule like the defaults. */
      alternatives: z.array(slotSchema).max(10).optional(),
      /** The reason chosen in the composer, for the checks that depend on it. */
      reason: reasonSchema.optional(),
    }),
  ),
  'followups/add': channel<FollowUp>()(followUpAddSchema),
  'followups/list': channel<FollowUp[]>()(followUpListSchema),
  'followups/complete': channel<FollowUp>()(followUpCompleteSchema),
  'followups/update': channel<FollowUp>()(followUpUpdateSchema),
  'followups/delete': channel<FollowUp>()(followUpDeleteSchema),
  'ics/import': channel<IcsImportResult>()(icsImportSchema),
  /** A large calendar is written a part at a time: other calls are answered meanwhile. */
  'ics/export': channel<{ text: string }>()(icsExportSchema),
  /** How far the running `ics/export` is, for a progress bar. */
  'ics/exportProgress': channel<IcsExportProgress>()(empty),
  /** Reads an invitation (text, or an .eml/.ics/.txt file) into interview fields; nothing is stored. */
  'invitations/parse': channel<InvitationReading>()(invitationParseSchema),
  'data/export': channel<{ text: string }>()(dataExportSchema),
  'data/import': channel<DataImportResult>()(dataImportSchema),
  'travel/list': channel<TravelTime[]>()(empty),
  'travel/set': channel<TravelTime>()(travelTimeSchema),
  'travel/delete': channel<{ from: string; to: string }>()(travelPairSchema),
  'database/status': channel<DatabaseStatus>()(empty),
  /** Starts a fresh database after a failed open; the damaged file is kept aside, never deleted. */
  'database/reset': channel<DatabaseStatus>()(empty),
  'database/check': channel<{ ok: boolean; problems: string[] }>()(empty),
  /** Opens the folder that holds the database and its backups in the system's file manager. */
  'database/openFolder': channel<{ opened: boolean }>()(empty),
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>

type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = NonNullable<Contract[C]['output']>
