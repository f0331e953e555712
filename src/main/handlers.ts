import { dirname } from 'node:path'
import type { Connection } from './db/connection'
import type { HandlerMap } from './registry'
import {
  createInterview,
  deleteInterview,
  getInterview,
  listInterviews,
  updateInterview,
} from './services/interviews'
import { getSettings, updateSettings, type SystemDefaults } from './services/settings'
import { checkDraftText, createDraft, markSent } from './services/drafts'
import { addFollowUp, completeTask, findFollowUps } from './services/followups'
import { exportCalendar, importIcs } from './services/ics'
import { exportData, importData } from './services/dataFile'
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
  /** Shows a folder in the system's file manager (Electron's shell, or the OS opener in browser mode). */
  openFolder: (path: string) => Promise<boolean>
}

/** Channel → service call. Handlers read the connection at call time, so a restore swaps it safely. */
export function createHandlers({ connection, now, system, openFolder }: HandlerDeps): HandlerMap {
  const db = () => connection.database
  /** A call may name its own `now` (tools, tests); otherwise the app's clock. */
  const at = (given: string | undefined) => (given ? Date.parse(given) : now().getTime())
  return {
    'interviews/create': (input) => createInterview(db(), now(), input),
    'interviews/update': (input) => updateInterview(db(), now(), input),
    'interviews/get': ({ id }) => getInterview(db(), id),
    'interviews/list': (query) => listInterviews(db(), query),
    'interviews/delete': ({ id }) => deleteInterview(db(), id),
    'settings/get': () => getSettings(db(), system),
    'settings/update': (patch) => updateSettings(db(), system, patch),
    'backup/create': () => connection.backup('manual'),
    'backup/list': () => connection.backups(),
    'backup/restore': ({ file }) => connection.restore(file),
    'alerts/list': (input) => listAlerts(db(), system, at(input.now)),
    'reminders/due': (input) => takeDueReminders(db(), system, at(input.now)),
    'drafts/create': (input) => createDraft(db(), system, input, at(input.now)),
    'drafts/markSent': (input) => markSent(db(), system, input, at(input.now)),
    'drafts/check': (input) => checkDraftText(db(), system, input, at(input.now)),
    'followups/add': (input) => addFollowUp(db(), input, now().getTime()),
    'followups/list': (input) => findFollowUps(db(), input),
    'followups/complete': (input) => completeTask(db(), input.id, at(input.now)),
    'ics/import': (input) => importIcs(db(), system, input, now().getTime()),
    'ics/export': (input) => exportCalendar(db(), system, input),
    'data/export': (input) => exportData(db(), input, now().getTime()),
    'data/import': (input) => importData(db(), input),
    'travel/list': () => listTravelTimes(db()),
    'travel/set': (travel) => setTravelTime(db(), travel),
    'travel/delete': (pair) => removeTravelTime(db(), pair),
    'database/status': () => connection.status(),
    'database/reset': () => connection.reset(),
    'database/check': () => connection.integrity(),
    'database/openFolder': async () => ({ opened: await openFolder(dirname(connection.options.file)) }),
  }
}
