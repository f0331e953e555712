import { dirname } from 'node:path'
import type { Connection } from './db/connection'
import type { ParsePool } from './parsing/pool'
import type { HandlerMap } from './registry'
import {
  createWithReplyBy,
  deleteInterview,
  getInterview,
  interviewHistory,
  updateInterview,
} from './services/interviews'
import { countInterviews, listInterviews } from './services/interviewList'
import { adoptDefaults, getSettings, updateSettings, type SystemDefaults } from './services/settings'
import { answerReschedule } from './services/reschedule'
import { addFollowUp, completeTask, deleteOwnFollowUp, findFollowUps, updateNote } from './services/followups'
import { importIcs } from './services/ics'
import { exportCalendar, ExportProgress } from './services/icsExport'
import { exportData, importData } from './services/dataFile'
import { parseInvitation } from './services/invitations'
import {
  listAlerts,
  listTravelTimes,
  removeTravelTime,
  setTravelTime,
  takeDueReminders,
} from './services/schedule'

export interface HandlerDeps {
  connection: Connection
  now: () => Date
  system: SystemDefaults
  /** Reads untrusted files and text off the main thread. */
  parser: ParsePool
  /** Shows a folder in the system's file manager (Electron's shell, or the OS opener in browser mode). */
  openFolder: (path: string) => Promise<boolean>
}

/**
 * Drafts bring the date reader, the phone formatter and every country's public holidays (about 3 MB of code
 * and data): they load on the first draft, or a moment after start-up, not before the app can answer.
 */
let draftsModule: Promise<typeof import('./services/drafts')> | undefined
export const draftsService = () => (draftsModule ??= import('./services/drafts'))

/** Channel → service call. Handlers read the connection at call time, so a restore swaps it safely. */
export function createHandlers({ connection, now, system, parser, openFolder }: HandlerDeps): HandlerMap {
  const db = () => connection.database
  const exportProgress = new ExportProgress()
  /** A read may ask "what if it were then?"; writes always use the app's clock. */
  const at = (given: string | undefined) => (given ? Date.parse(given) : now().getTime())
  return {
    'interviews/create': (input) => createWithReplyBy(db(), now(), input),
    'interviews/update': (input) => updateInterview(db(), now(), input),
    'interviews/get': ({ id }) => getInterview(db(), id),
    'interviews/list': (query) => listInterviews(db(), query),
    'interviews/count': (query) => countInterviews(db(), query),
    'interviews/delete': ({ id }) => deleteInterview(db(), id),
    'interviews/history': ({ id }) => interviewHistory(db(), id),
    'settings/get': () => getSettings(db(), system),
    'settings/update': (patch) => updateSettings(db(), system, patch),
    'settings/adoptDefaults': (offered) => adoptDefaults(db(), system, offered),
    'backup/create': () => connection.backup('manual'),
    'backup/list': () => connection.backups(),
    'backup/restore': ({ file }) => connection.restore(file),
    'alerts/list': (input) =>
      listAlerts(
        db(),
        system,
        at(input.now),
        input.from && input.to ? { fromMs: Date.parse(input.from), toMs: Date.parse(input.to) } : undefined,
        input.ids,
      ),
    'reminders/due': () => takeDueReminders(db(), system, now().getTime()),
    'drafts/create': async (input) => (await draftsService()).createDraft(db(), system, input, at(input.now)),
    'drafts/markSent': async (input) =>
      (await draftsService()).markSent(db(), system, input, now().getTime()),
    'drafts/check': async (input) =>
      (await draftsService()).checkDraftText(db(), system, input, at(input.now)),
    'reschedule/answer': (input) => answerReschedule(db(), system, input, now().getTime()),
    'followups/add': (input) => addFollowUp(db(), input, now().getTime()),
    'followups/list': (input) => findFollowUps(db(), input),
    'followups/complete': (input) => completeTask(db(), input.id, now().getTime()),
    'followups/update': (input) => updateNote(db(), input),
    'followups/delete': (input) => deleteOwnFollowUp(db(), input.id),
    'ics/import': (input) => importIcs(db, parser, system, input, now().getTime()),
    'ics/export': (input) => exportCalendar(connection, system, input, now(), exportProgress),
    'ics/exportProgress': () => exportProgress.get(),
    'invitations/parse': (input) => parseInvitation(db, parser, system, input, at(input.now)),
    'data/export': (input) => exportData(db(), input, now().getTime()),
    'data/import': async (input) => {
      // The file is read and checked in the parsing worker, within its time and memory limits.
      const file = await parser.run({ kind: 'data', source: { text: input.text }, mode: input.mode })
      // Replace is safe by construction: no backup of the current data, nothing replaced.
      if (input.mode === 'merge') return importData(db(), file, 'merge', now().getTime())
      const backup = await connection.backupBefore('pre-import', 'replaced')
      return { ...importData(db(), file, 'replace', now().getTime()), backup: backup.file }
    },
    'travel/list': () => listTravelTimes(db()),
    'travel/set': (travel) => setTravelTime(db(), travel),
    'travel/delete': (pair) => removeTravelTime(db(), pair),
    'database/status': () => connection.status(),
    'database/reset': () => connection.reset(),
    'database/check': () => connection.integrity(),
    'database/openFolder': async () => ({ opened: await openFolder(dirname(connection.options.file)) }),
  }
}
