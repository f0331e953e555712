import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { icsReasonText, type IcsReason } from '../../shared/ics/reasons'
import type { Interview, InterviewFields } from '../../shared/model/interview'
import type { IcsImportItem, IcsImportResult } from '../../shared/model/exchange'
import { findByIcsUids, getInterview as findInterview, listInterviews } from '../db/repos/interviews'
import { OWN_UID } from '../ics/export'
import type { ParsedInvitation } from '../ics/parse'
import type { ParsePool } from '../parsing/pool'
import { contentKey, EDITABLE, IcsIntake, type Candidate, type Skip } from './icsIntake'
import { createInterviews, updateInterview, type NewInterview } from './interviews'
import { getSettings, type SystemDefaults } from './settings'
import { StagedInterviews } from './stagedInterviews'

/** What a re-sent invitation may change on an interview already in the calendar; the user's own edits stay. */
const UPDATABLE = ['startsAt', 'endsAt', 'timeZone', 'mode', 'location', 'meetingUrl'] as const

/**
 * Imports invitations from .ics text or bytes. The file is read in the parsing worker (bounded in time and
 * memory), which sends its invitations on a group at a time: they are checked here while it reads the rest.
 * With `preview`, nothing is written. Otherwise everything is written in one transaction, once the whole
 * file has been read: a file that turns out damaged at its end stores nothing.
 */
export async function importIcs(
  database: () => Database,
  parser: ParsePool,
  system: SystemDefaults,
  input: ChannelParsed<'ics/import'>,
  now: number,
): Promise<IcsImportResult> {
  const settings = getSettings(database(), system)
  const word = (reason: IcsReason) => ({ ...reason, reason: icsReasonText(settings.language, reason) })
  const intake = new IcsIntake(input, word)
  // An import stages its new interviews as they are checked; a preview only checks.
  const stage = input.preview ? undefined : new StagedInterviews(database(), new Date(now), 'calendar')
  const take = (invitations: ParsedInvitation[]) => {
    const candidates = intake.take(invitations)
    if (!stage || candidates.length === 0) return
    const records = stage.add(candidates.map(newInterview))
    candidates.forEach((candidate, i) => (candidate.id = records[i]!.id))
  }
  try {
    const source = input.base64 !== undefined ? { base64: input.base64 } : { text: input.text ?? '' }
    const task = { kind: 'ics', source, userZone: settings.timeZone, now, parts: true } as const
    const parsed = await parser.run(task, take)
    take(parsed.invitations)
    intake.finish()
    // The connection is read again after the wait: a restore may have swapped it meanwhile.
    const db = database()
    const result: IcsImportResult = {
      imported: 0,
      updated: 0,
      skipped: [],
      items: [],
      notices: parsed.notices.map(word),
      series: intake.series,
    }
    const entries = [...parsed.skipped.map((skipped) => intake.skip(skipped.uid, skipped)), ...intake.entries]
    const settle = () => {
      const settled: Settled = { additions: [], replaced: [] }
      const known = findByIcsUids(
        db,
        intake.entries.flatMap((entry) => ('candidate' in entry && entry.candidate.uid) || []),
      )
      for (const entry of entries) {
        const outcome = 'skip' in entry ? entry : settleOne(db, entry.candidate, known, settled)
        if ('skip' in outcome) {
          result.skipped.push(outcome.skipped)
          result.items.push(outcome.skip)
          continue
        }
        if (outcome.action === 'add') result.imported += 1
        else result.updated += 1
        result.items.push(outcome)
      }
      if (input.preview) return
      if (stage?.db === db) stage.store(settled.replaced)
      else createInterviews(db, new Date(now), settled.additions.map(newInterview), 'calendar')
    }
    if (input.preview) settle()
    else db.transaction(settle)()
    return result
  } finally {
    // Stored or not, the stage is dropped once the answer is on its way.
    if (stage) setImmediate(() => stage.clear())
  }

  /** A checked event against the store: new, an update of the interview it was imported as, or unchanged. */
  function settleOne(
    db: Database,
    candidate: Candidate,
    known: Map<string, Interview>,
    settled: Settled,
  ): IcsImportItem | Skip {
    const { uid, fields, edit } = candidate
    const existing = uid ? (known.get(uid) ?? ownInterview(db, uid)) : sameContent(db, fields)
    const clash = input.preview ? clashOf(db, fields, existing?.id) : undefined
    const item = clash ? { ...candidate.item, details: { ...candidate.item.details, clash } } : candidate.item
    if (!existing) {
      settled.additions.push(candidate)
      return { ...item, action: 'add' }
    }
    // Staged as new, it turns out to be in the store already: its staged row is left out.
    if (candidate.id) settled.replaced.push(candidate.id)
    // What the user edited in the preview is applied too; the rest of their own edits stay.
    const edited = edit ? EDITABLE.filter((name) => edit[name] !== undefined) : []
    const changes = Object.fromEntries(
      [...UPDATABLE, ...edited]
        .filter((name) => JSON.stringify(fields[name]) !== JSON.stringify(existing[name]))
        .map((name) => [name, fields[name] ?? null]),
    )
    if (fields.status === 'cancelled' && existing.status !== 'cancelled') changes.status = 'cancelled'
    if (Object.keys(changes).length === 0) {
      const summary = { company: fields.company, position: fields.position, startsAt: fields.startsAt }
      return intake.skip(uid, { code: 'unchanged' }, summary)
    }
    if (!input.preview) updateInterview(db, new Date(now), { id: existing.id, ...changes })
    return { ...item, action: 'update' }
  }
}

/** The candidates found new, and the ids of those staged as new that turned out to be stored already. */
interface Settled {
  additions: Candidate[]
  replaced: string[]
}

function newInterview({ fields, uid }: Candidate): NewInterview {
  return { fields, ...(uid ? { icsUid: uid } : {}) }
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
