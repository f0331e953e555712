import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { icsReasonText, type IcsReason } from '../../shared/ics/reasons'
import { interviewInputSchema, type Interview, type InterviewFields } from '../../shared/model/interview'
import type { IcsEventEditParsed, IcsImportItem, IcsImportResult } from '../../shared/model/exchange'
import { AppFailure, type FieldIssue } from '../../shared/result'
import { fieldIssue, summarizeIssues, toFieldIssues } from '../../shared/validation'
import { findByIcsUids, getInterview as findInterview, listInterviews } from '../db/repos/interviews'
import { ReaderFieldsCheck } from '../ics/checkFields'
import { OWN_UID } from '../ics/export'
import type { ParsedInvitation } from '../ics/parse'
import type { ParsePool } from '../parsing/pool'
import { createInterviews, updateInterview } from './interviews'
import { getSettings, type SystemDefaults } from './settings'

/** What a re-sent invitation may change on an interview already in the calendar; the user's own edits stay. */
const UPDATABLE = ['startsAt', 'endsAt', 'timeZone', 'mode', 'location', 'meetingUrl'] as const

/**
 * Imports invitations from .ics text or bytes. The file is read in the parsing worker (bounded in time and
 * memory); with `preview`, nothing is written. Otherwise everything is written in one transaction.
 */
export async function importIcs(
  database: () => Database,
  parser: ParsePool,
  system: SystemDefaults,
  input: ChannelParsed<'ics/import'>,
  now: number,
): Promise<IcsImportResult> {
  const settings = getSettings(database(), system)
  const parsed = await parser.run({
    kind: 'ics',
    source: input.base64 !== undefined ? { base64: input.base64 } : { text: input.text ?? '' },
    userZone: settings.timeZone,
    now,
  })
  // The connection is read again after the wait: a restore may have swapped it meanwhile.
  const db = database()
  const word = (reason: IcsReason) => ({ ...reason, reason: icsReasonText(settings.language, reason) })
  const result: IcsImportResult = {
    imported: 0,
    updated: 0,
    skipped: [],
    items: [],
    notices: parsed.notices.map(word),
    series: [],
  }
  const skip = (uid: string | undefined, reason: IcsReason, summary: Partial<IcsImportItem> = {}) => {
    const worded = word(reason)
    result.skipped.push({ ...(uid ? { uid } : {}), ...worded })
    result.items.push({ uid: uid ?? '', ...summary, action: 'skip', ...worded })
  }
  for (const skipped of parsed.skipped) skip(skipped.uid, skipped)

  const apply = () => {
    const additions: { fields: InterviewFields; icsUid?: string }[] = []
    const known = findByIcsUids(
      db,
      parsed.invitations.flatMap((invitation) => invitation.uid ?? []),
    )
    const seen = new Set<string>()
    const quickCheck = new ReaderFieldsCheck()
    const edits = new Map(Object.entries(input.edits ?? {}))
    for (const [index, invitation] of parsed.invitations.entries()) {
      const key = invitation.uid ?? `#${index}`
      const edit = edits.get(key)
      edits.delete(key)
      // Plainly valid reader output takes the quick check; an edit or anything odd goes through the schema.
      const quick = edit ? undefined : quickCheck.check(invitation.fields)
      const checked = quick
        ? ({ success: true, data: quick } as const)
        : interviewInputSchema.safeParse(edit ? withEdit(invitation.fields, edit) : invitation.fields)
      if (!checked.success && edit) throw editFailure(key, toFieldIssues(checked.error))
      if (!checked.success) {
        const fields = [...new Set(toFieldIssues(checked.error).map((issue) => issue.path))].join(', ')
        skip(invitation.uid, { code: 'invalid', params: { fields } })
        continue
      }
      const fields = checked.data
      const identity = invitation.uid ?? contentKey(fields)
      const summary = { company: fields.company, position: fields.position, startsAt: fields.startsAt }
      if (seen.has(identity)) {
        skip(invitation.uid, { code: 'repeated' }, summary)
        continue
      }
      seen.add(identity)
      if (invitation.series && !input.acceptSeries) {
        askAboutSeries(result, invitation.series, fields)
        skip(
          invitation.uid,
          { code: 'many-occurrences', params: { count: invitation.series.count } },
          summary,
        )
        continue
      }
      const existing = invitation.uid
        ? (known.get(invitation.uid) ?? ownInterview(db, invitation.uid))
        : sameContent(db, fields)
      const details = detailsOf(fields)
      const clash = input.preview ? clashOf(db, fields, existing?.id) : undefined
      const item = {
        uid: invitation.uid ?? '',
        key,
        ...summary,
        details: clash ? { ...details, clash } : details,
      }
      if (!existing) {
        additions.push({ fields, ...(invitation.uid ? { icsUid: invitation.uid } : {}) })
        result.imported += 1
        result.items.push({ ...item, action: 'add' })
        continue
      }
      // What the user edited in the preview is applied too; the rest of their own edits stay.
      const edited = edit ? EDITABLE.filter((name) => edit[name] !== undefined) : []
      const changes = Object.fromEntries(
        [...UPDATABLE, ...edited]
          .filter((name) => JSON.stringify(fields[name]) !== JSON.stringify(existing[name]))
          .map((name) => [name, fields[name] ?? null]),
      )
      if (fields.status === 'cancelled' && existing.status !== 'cancelled') changes.status = 'cancelled'
      if (Object.keys(changes).length === 0) {
        skip(invitation.uid, { code: 'unchanged' }, summary)
        continue
      }
      if (!input.preview) updateInterview(db, new Date(now), { id: existing.id, ...changes })
      result.updated += 1
      result.items.push({ ...item, action: 'update' })
    }
    // An edit for an event the file does not hold would be lost without a word: refuse it.
    const [unknown] = edits.keys()
    if (unknown !== undefined) throw editFailure(unknown, [fieldIssue([], 'unknown_event')])
    if (!input.preview) createInterviews(db, new Date(now), additions, 'calendar')
  }
  if (input.preview) apply()
  else db.transaction(apply)()
  return result
}

/** The fields the preview lets the user edit, per event. */
const EDITABLE = [
  'company',
  'position',
  'contact',
  'meetingUrl',
  'accessCode',
  'referenceNumber',
  'location',
] as const satisfies readonly (keyof IcsEventEditParsed)[]

/** The event's fields with the user's edits: a value replaces, `null` clears. */
function withEdit(fields: Record<string, unknown>, edit: IcsEventEditParsed): Record<string, unknown> {
  const edited = { ...fields }
  for (const name of EDITABLE) {
    const value = edit[name]
    if (value === null) delete edited[name]
    else if (value !== undefined) edited[name] = value
  }
  return edited
}

/** An edit that cannot be stored refuses the whole import, naming the event and the field. */
function editFailure(key: string, issues: FieldIssue[]): AppFailure {
  const named = issues.map((issue) => ({
    ...issue,
    path: issue.path === '(input)' ? `edits.${key}` : `edits.${key}.${issue.path}`,
  }))
  return new AppFailure('VALIDATION', summarizeIssues(named), named)
}

function askAboutSeries(
  result: IcsImportResult,
  series: NonNullable<ParsedInvitation['series']>,
  fields: InterviewFields,
): void {
  if (result.series.some((known) => known.uid === series.uid)) return
  result.series.push({ ...series, company: fields.company, position: fields.position })
}

function detailsOf(fields: InterviewFields): IcsImportItem['details'] {
  // Plain assignments rather than entries/fromEntries: this runs once per event of a 10 000-event file.
  const details: NonNullable<IcsImportItem['details']> = {}
  const { name, title, email, phone } = fields.contact ?? {}
  if (name !== undefined || title !== undefined || email !== undefined || phone !== undefined) {
    const contact: NonNullable<typeof details.contact> = {}
    if (name !== undefined) contact.name = name
    if (title !== undefined) contact.title = title
    if (email !== undefined) contact.email = email
    if (phone !== undefined) contact.phone = phone
    details.contact = contact
  }
  if (fields.meetingUrl !== undefined) details.meetingUrl = fields.meetingUrl
  if (fields.accessCode !== undefined) details.accessCode = fields.accessCode
  if (fields.referenceNumber !== undefined) details.referenceNumber = fields.referenceNumber
  if (fields.location !== undefined) details.location = fields.location
  return details
}

/** The first active interview already in the calendar that overlaps this one (other than itself). */
function clashOf(db: Database, fields: InterviewFields, itself: string | undefined) {
  if (fields.status === 'cancelled') return undefined
  const other = listInterviews(db, {
    fromMs: Date.parse(fields.startsAt),
    toMs: Date.parse(fields.endsAt),
    statuses: ['invited', 'confirmed'],
  }).find((interview) => interview.id !== itself)
  return other ? { company: other.company, position: other.position, startsAt: other.startsAt } : undefined
}

/** Events without a UID are recognised by what they say: start, company and position, organizer. */
function contentKey(fields: InterviewFields): string {
  return JSON.stringify([fields.startsAt, fields.company, fields.position, fields.contact?.email ?? ''])
}

function sameContent(db: Database, fields: InterviewFields): Interview | undefined {
  const start = Date.parse(fields.startsAt)
  const key = contentKey(fields)
  return listInterviews(db, { fromMs: start, toMs: start + 1 }).find(
    (interview) => contentKey(interview) === key,
  )
}

/** One of our own interviews coming back from an export (its UID carries our id). */
function ownInterview(db: Database, uid: string): Interview | undefined {
  const own = OWN_UID.exec(uid)
  return own ? findInterview(db, own[1]!) : undefined
}
