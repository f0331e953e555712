import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Interview Desk'
export const DB_FILE_NAME = 'interview-desk.sqlite3'

/** The folder Electron's `app.getPath('userData')` gives, so browser mode and the app share one database. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME)
}
