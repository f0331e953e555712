import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { icsReasonText, type IcsReason } from '../../shared/ics/reasons'
import type { Interview, InterviewFields } from '../../shared/model/interview'
import type { IcsImportItem, IcsImportResult } from '../../shared/model/exchange'
import { findByIcsUids, getInterview as findInterview, listInterviews } from '../db/repos/interviews'
import { statement } from '../db/statements'
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
 * memory), which sends its invitations on a group at a time: they are checked, staged and settled against
 * the store here while it reads the rest. With `preview`, nothing is written. Otherwise everything is
 * written in one transaction, once the whole file has been read: a file that turns out damaged at its end
 * stores nothing. A group settled early is settled again in that transaction if the store changed meanwhile.
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
  // Settled as they come, against the store as it was then; `early` is dropped once anything else writes.
  const early = stage && new Map<Candidate, Settlement>()
  let seen = stage && storeMark(stage.db)
  const take = (invitations: ParsedInvitation[]) => {
    const candidates = intake.take(invitations)
    if (!stage || candidates.length === 0) return
    const unchanged = seen === storeMark(stage.db)
    const records = stage.add(candidates.map(newInterview))
    candidates.forEach((candidate, i) => (candidate.id = records[i]!.id))
    if (!unchanged || !early) return void (seen = undefined)
    const known = findByIcsUids(
      stage.db,
      candidates.flatMap((candidate) => candidate.uid ?? []),
    )
    for (const candidate of candidates) early.set(candidate, settlementOf(stage.db, candidate, known))
    seen = storeMark(stage.db)
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
      // Judged as they came, if the store they were judged against is still the one and unchanged.
      const judged = stage?.db === db && seen === storeMark(db) ? early : undefined
      let known: Map<string, Interview> | undefined
      const knownNow = () =>
        (known ??= findByIcsUids(
          db,
          intake.entries.flatMap((entry) => ('candidate' in entry && entry.candidate.uid) || []),
        ))
      const settleOne = (candidate: Candidate) => {
        const { judgement, outcome } = judged?.get(candidate) ?? settlementOf(db, candidate, knownNow())
        note(db, candidate, judgement, settled)
        return outcome
      }
      for (const entry of entries) {
        const outcome = 'skip' in entry ? entry : settleOne(entry.candidate)
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

  /** A checked event against the store, and its item in the answer. Reads only. */
  function settlementOf(db: Database, candidate: Candidate, known: Map<string, Interview>): Settlement {
    const judgement = judge(db, candidate, known)
    const { uid, fields } = candidate
    const { existing } = judgement
    const clash = input.preview ? clashOf(db, fields, existing?.id) : undefined
    const item = clash ? { ...candidate.item, details: { ...candidate.item.details, clash } } : candidate.item
    if (!existing) return { judgement, outcome: { ...item, action: 'add' } }
    if (judgement.changes) return { judgement, outcome: { ...item, action: 'update' } }
    const summary = { company: fields.company, position: fields.position, startsAt: fields.startsAt }
    return { judgement, outcome: intake.skip(uid, { code: 'unchanged' }, summary) }
  }

  /** What a settled event writes: an addition, or an update (its staged row then left out), noted or made. */
  function note(db: Database, candidate: Candidate, { existing, changes }: Judgement, settled: Settled) {
    if (!existing) return void settled.additions.push(candidate)
    // Staged as new, it turns out to be in the store already: its staged row is left out.
    if (candidate.id) settled.replaced.push(candidate.id)
    if (changes && !input.preview) updateInterview(db, new Date(now), { id: existing.id, ...changes })
  }
}

interface Settlement {
  judgement: Judgement
  outcome: IcsImportItem | Skip
}

/**
 * A checked event against the store: new (no `existing`), an update of the interview it was imported as
 * (with its `changes`), or unchanged. Reads only.
 */
interface Judgement {
  existing?: Interview
  changes?: Record<string, unknown>
}

function judge(db: Database, candidate: Candidate, known: Map<string, Interview>): Judgement {
  const { uid, fields, edit } = candidate
  const existing = uid ? (known.get(uid) ?? ownInterview(db, uid)) : sameContent(db, fields)
  if (!existing) return {}
  // What the user edited in the preview is applied too; the rest of their own edits stay.
  const edited = edit ? EDITABLE.filter((name) => edit[name] !== undefined) : []
  const changes = Object.fromEntries(
    [...UPDATABLE, ...edited]
      .filter((name) => JSON.stringify(fields[name]) !== JSON.stringify(existing[name]))
      .map((name) => [name, fields[name] ?? null]),
  )
  if (fields.status === 'cancelled' && existing.status !== 'cancelled') changes.status = 'cancelled'
  return Object.keys(changes).length === 0 ? { existing } : { existing, changes }
}

/**
 * What the store has been through on this connection: rows changed by it (the stage's own included) and
 * commits by any other. Equal marks mean nothing was written between them but by the caller.
 */
function storeMark(db: Database): string {
  const changes = statement(db, 'SELECT total_changes()').pluck().get() as number
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`
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
