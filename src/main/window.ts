import { join } from 'node:path'
import { BrowserWindow, type Session, type WebPreferences } from 'electron'
import { openExternal } from './links'

/** The security settings of every window (asserted by tests; see DESIGN.md, Electron security). */
export const webPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const satisfies WebPreferences

/** The one window factory: loads our page and never anything else. */
export function createMainWindow(options: { preload: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Interview Desk',
    webPreferences: { ...webPreferences, preload: options.preload },
  })
  guardNavigation(window)
  denyPermissions(window.webContents.session)
  window.once('ready-to-show', () => window.show())
  void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}

/** The page may not navigate away or open windows; allowed links go to the system browser instead. */
export function guardNavigation(window: BrowserWindow): void {
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-redirect', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    void openExternal(url)
    return { action: 'deny' }
  })
}

/** The app needs no camera, microphone, location or notifications permission from the page. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
