import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Notification, shell } from 'electron'
import { startBackend, systemDefaults, type Backend } from './backend'
import { isTrustedSender, registerIpc } from './ipc'
import { electronNativeBinding, missingNativeMessage } from './native'
import { DB_FILE_NAME } from './paths'
import { createMainWindow } from './window'
import { startReminderNotifications } from './notifications'
import { OPEN_INTERVIEW_EVENT } from '../shared/events'

/** Electron app lifecycle: one instance, one backend, one window. */
let mainWindow: BrowserWindow | undefined
let backend: Backend | undefined
const shownNotifications = new Set<Notification>()

function dbFileFromArgs(argv: readonly string[]): string {
  const index = argv.indexOf('--db')
  const given = index >= 0 ? argv[index + 1] : undefined
  return given ?? join(app.getPath('userData'), DB_FILE_NAME)
}

async function start(): Promise<void> {
  const nativeBinding = electronNativeBinding({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron ?? '',
  })
  const missing = missingNativeMessage(nativeBinding)
  if (missing) {
    dialog.showErrorBox('Interview Desk', missing)
    app.quit()
    return
  }
  backend = await startBackend({
    openFolder: async (path) => (await shell.openPath(path)) === '',
    dbFile: dbFileFromArgs(process.argv),
    mode: 'app',
    system: systemDefaults(app.getLocale()),
    nativeBinding,
  })
  registerIpc(ipcMain, backend.registry, (event) => isTrustedSender(event, mainWindow))
  openWindow()
  const stopReminders = startReminderNotifications(
    backend.registry,
    {
      show: (notice, onClick) => {
        if (!Notification.isSupported()) return
        const notification = new Notification({ title: notice.title, body: notice.body })
        // Held until closed: a notification that is garbage-collected loses its click handler.
        shownNotifications.add(notification)
        notification.on('click', onClick)
        notification.on('close', () => shownNotifications.delete(notification))
        notification.show()
      },
    },
    openInterview,
  )
  app.once('will-quit', stopReminders)
}

function openInterview(interviewId: string): void {
  const send = () => mainWindow?.webContents.send(OPEN_INTERVIEW_EVENT, interviewId)
  if (!mainWindow) {
    openWindow()
    mainWindow!.webContents.once('did-finish-load', send)
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  send()
}

function openWindow(): void {
  mainWindow = createMainWindow({ preload: join(__dirname, '../preload/index.js') })
  mainWindow.on('closed', () => (mainWindow = undefined))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('will-quit', () => backend?.stop())
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Interview Desk could not start',
        error instanceof Error ? error.message : String(error),
      )
      app.quit()
    })
}
