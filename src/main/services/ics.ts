import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { interviewInputSchema, type Interview, type InterviewFields } from '../../shared/model/interview'
import type { IcsImportResult } from '../../shared/model/exchange'
import { AppFailure } from '../../shared/result'
import { summarizeIssues, toFieldIssues } from '../../shared/validation'
import { findByIcsUids, getInterview as findInterview, icsUids, listInterviews } from '../db/repos/interviews'
import { decodeIcs, MAX_ICS_BYTES } from '../ics/decode'
import { exportIcs, OWN_UID } from '../ics/export'
import { parseInvitations } from '../ics/parse'
import { SKIP_REASONS } from '../ics/reasons'
import { createInterviews, updateInterview } from './interviews'
import { getSettings, type SystemDefaults } from './settings'

/** What a re-sent invitation may change on an interview already in the calendar; the user's own edits stay. */
const UPDATABLE = ['startsAt', 'endsAt', 'timeZone', 'mode', 'location', 'meetingUrl'] as const

/**
 * Imports invitations from .ics text or bytes. With `preview`, nothing is written: the answer lists what
 * would be added, updated or skipped. Otherwise everything is written in one transaction.
 */
export function importIcs(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'ics/import'>,
  now: number,
): IcsImportResult {
  const source: { bytes: Buffer } | { text: string } =
    'base64' in input ? { bytes: Buffer.from(input.base64, 'base64') } : { text: input.text }
  const size = 'bytes' in source ? source.bytes.length : Buffer.byteLength(source.text, 'utf8')
  if (size > MAX_ICS_BYTES) {
    throw new AppFailure(
      'VALIDATION',
      `The calendar file is larger than ${MAX_ICS_BYTES / 1024 / 1024} MB.`,
      [{ path: 'base64' in input ? 'base64' : 'text', code: 'too_long', message: 'is too large' }],
    )
  }
  const settings = getSettings(db, system)
  const reasons = SKIP_REASONS[settings.language]
  // Pasted text is already decoded (ical.js unfolds its lines); raw bytes are unfolded before decoding.
  const text = 'bytes' in source ? decodeIcs(source.bytes) : source.text.replace(/^\uFEFF/, '')
  const parsed = parseInvitations(text, { userZone: settings.timeZone, now })
  const result: IcsImportResult = {
    imported: 0,
    updated: 0,
    skipped: parsed.skipped.map((skip) => ({
      ...(skip.uid ? { uid: skip.uid } : {}),
      reason: reasons[skip.code](skip.detail),
    })),
    items: [],
  }
  for (const skip of result.skipped)
    result.items.push({ uid: skip.uid ?? '', action: 'skip', reason: skip.reason })

  const apply = () => {
    const additions: { fields: InterviewFields; icsUid: string }[] = []
    const known = findByIcsUids(
      db,
      parsed.invitations.map((invitation) => invitation.uid),
    )
    const seen = new Set<string>()
    for (const invitation of parsed.invitations) {
      if (seen.has(invitation.uid)) {
        result.skipped.push({ uid: invitation.uid, reason: reasons.repeated() })
        result.items.push({ uid: invitation.uid, action: 'skip', reason: reasons.repeated() })
        continue
      }
      seen.add(invitation.uid)
      const checked = interviewInputSchema.safeParse(invitation.fields)
      if (!checked.success) {
        const reason = reasons.invalid(
          summarizeIssues(toFieldIssues(checked.error)).replace(/^Invalid input: /, ''),
        )
        result.skipped.push({ uid: invitation.uid, reason })
        result.items.push({ uid: invitation.uid, action: 'skip', reason })
        continue
      }
      const fields = checked.data
      const summary = {
        uid: invitation.uid,
        company: fields.company,
        position: fields.position,
        startsAt: fields.startsAt,
      }
      const existing = known.get(invitation.uid) ?? ownInterview(db, invitation.uid)
      if (!existing) {
        additions.push({ fields, icsUid: invitation.uid })
        result.imported += 1
        result.items.push({ ...summary, action: 'add' })
        continue
      }
      const changes = Object.fromEntries(
        UPDATABLE.filter((key) => fields[key] !== existing[key]).map((key) => [key, fields[key] ?? null]),
      )
      if (fields.status === 'cancelled' && existing.status !== 'cancelled') changes.status = 'cancelled'
      if (Object.keys(changes).length === 0) {
        result.skipped.push({ uid: invitation.uid, reason: reasons.unchanged() })
        result.items.push({ ...summary, action: 'skip', reason: reasons.unchanged() })
        continue
      }
      if (!input.preview) updateInterview(db, new Date(now), { id: existing.id, ...changes })
      result.updated += 1
      result.items.push({ ...summary, action: 'update' })
    }
    if (!input.preview) createInterviews(db, new Date(now), additions, 'calendar')
  }
  if (input.preview) apply()
  else db.transaction(apply)()
  return result
}

/** One of our own interviews coming back from an export (its UID carries our id). */
function ownInterview(db: Database, uid: string): Interview | undefined {
  const own = OWN_UID.exec(uid)
  return own ? findInterview(db, own[1]!) : undefined
}

export function exportCalendar(
  db: Database,
  system: SystemDefaults,
  input: ChannelParsed<'ics/export'>,
): { text: string } {
  const all = listInterviews(db)
  const chosen = input.ids ? all.filter((interview) => input.ids!.includes(interview.id)) : all
  if (input.ids && chosen.length !== new Set(input.ids).size)
    throw new AppFailure('NOT_FOUND', 'Some of those interviews do not exist.')
  return { text: exportIcs(chosen, getSettings(db, system), icsUids(db)) }
}
