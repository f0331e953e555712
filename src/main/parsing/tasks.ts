import { AppFailure } from '../../shared/result'
import { decodeIcs, MAX_ICS_BYTES } from '../ics/decode'
import { parseInvitations, type ParsedInvitation, type ParseResult } from '../ics/parse'
import type { DataFile } from '../../shared/model/dataFile'
import type { InvitationReading } from '../../shared/model/invitation'

export type InvitationRead = Omit<InvitationReading, 'match'> & { reschedule: boolean }

/** Work sent to the parsing worker: everything that reads untrusted text or bytes. */
export type ParseTask =
  | {
      kind: 'ics'
      source: { text: string } | { base64: string }
      userZone: string
      now: number
      /** Send the invitations on in parts as they are read (the result then holds only the last ones). */
      parts?: boolean
    }
  | {
      kind: 'invitation'
      source: { text: string } | { base64: string; fileName: string }
      timeZone: string
      now: number
      /** The user's holiday country (Settings): an interview on one of its public holidays is pointed out. */
      holidayCountry: string
    }
  | { kind: 'data'; source: { text: string }; mode: 'merge' | 'replace' }

interface TaskResults {
  ics: ParseResult
  invitation: InvitationRead
  data: DataFile
}
export type ParseTaskResult<K extends ParseTask['kind']> = TaskResults[K]

/**
 * The readers other than the .ics one, loaded on first use: chrono-node, postal-mime and zod take longer to
 * load than a whole calendar file takes to read, and a file picked right after start-up need not wait for
 * them. `preloadReaders` loads them once the worker is otherwise idle.
 */
const invitationReader = () => import('../invitations/fromFile')
const holidays = () => import('../invitations/holiday')
const dataReader = () => import('../services/readDataFile')

/**
 * Loads the readers (and the holiday rules) in turn, each in a turn of its own, so a task that arrives
 * meanwhile goes first.
 */
export async function preloadReaders(): Promise<void> {
  for (const load of [invitationReader, async () => (await holidays()).preloadHolidays(), dataReader]) {
    await new Promise((resolve) => setImmediate(resolve))
    await load()
  }
}

/** Takes the parts of a task's answer sent ahead of it (an .ics file's invitations, as they are read). */
export type PartSink = (invitations: ParsedInvitation[]) => void

/** Runs one task; called inside the worker only. */
export async function runTask(task: ParseTask, send?: PartSink): Promise<TaskResults[ParseTask['kind']]> {
  switch (task.kind) {
    case 'ics':
      return parseIcsSource(task, task.parts ? send : undefined)
    case 'invitation': {
      const [{ fromFile, fromText }, { holidayOf }] = await Promise.all([invitationReader(), holidays()])
      const options = { now: task.now, timeZone: task.timeZone }
      const { source } = task
      const reading = await ('text' in source
        ? fromText(source.text, options)
        : fromFile(Buffer.from(source.base64, 'base64'), source.fileName, options))
      const holiday = holidayOf(reading, task.timeZone, task.holidayCountry)
      return holiday ? { ...reading, holiday } : reading
    }
    case 'data': {
      const { readDataFile } = await dataReader()
      return readDataFile({ text: task.source.text, mode: task.mode })
    }
  }
}

function parseIcsSource(task: Extract<ParseTask, { kind: 'ics' }>, onPart?: PartSink): ParseResult {
  const { source } = task
  const bytes = 'base64' in source ? Buffer.from(source.base64, 'base64') : undefined
  const size = bytes ? bytes.length : Buffer.byteLength((source as { text: string }).text, 'utf8')
  if (size > MAX_ICS_BYTES) {
    const message = `The calendar file is larger than ${MAX_ICS_BYTES / 1024 / 1024} MB.`
    throw new AppFailure('VALIDATION', message, [
      { path: bytes ? 'base64' : 'text', code: 'too_long', message: 'is too large' },
    ])
  }
  // Pasted text is already decoded (ical.js unfolds its lines); raw bytes are unfolded before decoding.
  const decoded = bytes
    ? decodeIcs(bytes)
    : { text: (source as { text: string }).text.replace(/^\uFEFF/, '') }
  const options = { userZone: task.userZone, now: task.now }
  const result = parseInvitations(decoded.text, onPart ? { ...options, onPart } : options)
  if ('notice' in decoded && decoded.notice) result.notices.push(decoded.notice)
  return result
}
