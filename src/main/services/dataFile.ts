import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import {
  DATA_FORMAT,
  DATA_VERSION,
  dataFileSchema,
  type DataFile,
  type DataImportResult,
} from '../../shared/model/dataFile'
import type { Interview } from '../../shared/model/interview'
import { AppFailure } from '../../shared/result'
import { summarizeIssues, toFieldIssues } from '../../shared/validation'
import { getFollowUp, insertFollowUp, listFollowUps } from '../db/repos/followups'
import {
  deleteAllInterviews,
  getInterview,
  insertInterview,
  listInterviews,
  updateInterview,
} from '../db/repos/interviews'
import { listTravelTimes, upsertTravelTime } from '../db/repos/travel'
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
  const rows = interviews.map(({ contact, ...rest }) => ({
    ...rest,
    contactName: contact.name,
    contactTitle: contact.title,
    contactRole: contact.role,
    contactEmail: contact.email,
    contactPhone: contact.phone,
  }))
  return { text: toCsv(columns, rows) }
}

/**
 * Reads a JSON export back, fully validated before anything is written, in one transaction. `merge` adds new
 * records and updates interviews with the same id; `replace` first removes every interview (with its
 * history and follow-ups).
 */
export function importData(db: Database, input: ChannelParsed<'data/import'>): DataImportResult {
  let raw: unknown
  try {
    raw = JSON.parse(input.text)
  } catch {
    throw new AppFailure('VALIDATION', 'The file is not JSON.', [
      { path: 'text', code: 'invalid', message: 'is not JSON' },
    ])
  }
  const parsed = dataFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error)
    throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
  }
  const file = parsed.data
  const ids = new Set(file.interviews.map((interview) => interview.id))
  const orphan = file.followUps.find((f) => !ids.has(f.interviewId))
  if (orphan && input.mode === 'replace') {
    throw new AppFailure(
      'VALIDATION',
      `Follow-up ${orphan.id} belongs to an interview that is not in the file.`,
    )
  }
  const result: DataImportResult = {
    interviews: { added: 0, updated: 0 },
    followUps: { added: 0 },
    travelTimes: 0,
  }
  db.transaction(() => {
    if (input.mode === 'replace') deleteAllInterviews(db)
    for (const interview of file.interviews as Interview[]) {
      if (getInterview(db, interview.id)) {
        updateInterview(db, interview)
        result.interviews.updated += 1
      } else {
        insertInterview(db, interview)
        result.interviews.added += 1
      }
    }
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
