import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { DATA_FORMAT, DATA_VERSION, type DataFile, type DataImportResult } from '../../shared/model/dataFile'
import type { Interview } from '../../shared/model/interview'
import { getFollowUp, insertFollowUp, listFollowUps } from '../db/repos/followups'
import * as repo from '../db/repos/interviews'
import { deleteAllInterviews, getInterview, listInterviews } from '../db/repos/interviews'
import { createInterviews, updateInterview, type NewInterview } from './interviews'
import { listTravelTimes, upsertTravelTime } from '../db/repos/travel'
import { wallClock } from '../../shared/time'
import { toCsv } from './csv'

export function exportData(db: Database, input: ChannelParsed<'data/export'>, now: number): { text: string } {
  const interviews = listInterviews(db)
  const followUps = listFollowUps(db)
  if (input.format === 'json') {
    const file: DataFile = {
      format: DATA_FORMAT,
      version: DATA_VERSION,
      exportedAt: new Date(now).toISOString(),
      interviews,
      followUps,
      travelTimes: listTravelTimes(db),
    }
    return { text: JSON.stringify(file, null, 2) }
  }
  if (input.table === 'followups') {
    const company = new Map(interviews.map((interview) => [interview.id, interview.company]))
    const columns = [
      'id',
      'interviewId',
      'company',
      'type',
      'kind',
      'channel',
      'at',
      'dueAt',
      'doneAt',
      'subject',
      'body',
      'note',
    ]
    return {
      text: toCsv(
        columns,
        followUps.map((f) => ({ ...f, company: company.get(f.interviewId) })),
      ),
    }
  }
  const columns = [
    'id',
    'company',
    'position',
    'status',
    'mode',
    'startsAt',
    'endsAt',
    'timeZone',
    // The wall-clock times where the interview happens, as a spreadsheet reader expects to see them.
    'localStart',
    'localEnd',
    'location',
    'meetingUrl',
    'accessCode',
    'contactName',
    'contactTitle',
    'contactRole',
    'contactEmail',
    'contactPhone',
    'referenceNumber',
    'priority',
    'notes',
    'createdAt',
    'updatedAt',
  ]
  const local = (instant: string, zone: string) => {
    const { date, time } = wallClock(instant, zone)
    return `${date} ${time}`
  }
  const rows = interviews.map(({ contact, ...rest }) => ({
    ...rest,
    localStart: local(rest.startsAt, rest.timeZone),
    localEnd: local(rest.endsAt, rest.timeZone),
    contactName: contact.name,
    contactTitle: contact.title,
    contactRole: contact.role,
    contactEmail: contact.email,
    contactPhone: contact.phone,
  }))
  return { text: toCsv(columns, rows) }
}

/**
 * Writes a validated data file in one transaction. `merge` adds new records and updates interviews with the
 * same id; `replace` first removes every interview (with its history and follow-ups).
 */
export function importData(
  db: Database,
  file: DataFile,
  mode: 'merge' | 'replace',
  now: number,
): DataImportResult {
  const result: DataImportResult = {
    interviews: { added: 0, updated: 0 },
    followUps: { added: 0 },
    travelTimes: 0,
  }
  db.transaction(() => {
    if (mode === 'replace') deleteAllInterviews(db)
    // Through the same service as a create or an edit: the same time checks, and history entries.
    const additions: NewInterview[] = []
    for (const interview of file.interviews as Interview[]) {
      const stored = getInterview(db, interview.id)
      if (stored) {
        replaceWith(db, now, stored, interview)
        result.interviews.updated += 1
      } else {
        additions.push({ fields: interview })
        result.interviews.added += 1
      }
    }
    createInterviews(db, new Date(now), additions, 'file')
    for (const followUp of file.followUps) {
      if (getFollowUp(db, followUp.id) || !getInterview(db, followUp.interviewId)) continue
      insertFollowUp(db, followUp)
      result.followUps.added += 1
    }
    for (const travel of file.travelTimes) upsertTravelTime(db, travel)
    result.travelTimes = file.travelTimes.length
  })()
  return result
}

const CLEARABLE = ['location', 'meetingUrl', 'accessCode', 'referenceNumber', 'priority', 'notes'] as const

/** An interview brought back from a file replaces the stored one: fields it lacks are cleared. */
function replaceWith(db: Database, now: number, stored: Interview, record: Interview): void {
  const { createdAt: _created, updatedAt: _updated, reschedule, ...fields } = record
  const cleared = Object.fromEntries(
    CLEARABLE.filter((key) => record[key] === undefined).map((k) => [k, null]),
  )
  // Restoring what was exported: the status guardrails are for changes made now, not for the record.
  const updated = updateInterview(db, new Date(now), { ...cleared, ...fields }, { guard: false })
  if (JSON.stringify(reschedule) !== JSON.stringify(stored.reschedule)) {
    const { reschedule: _old, ...rest } = updated
    repo.updateInterview(db, reschedule ? { ...rest, reschedule } : rest)
  }
}
