import { vi } from 'vitest'

/** Stand-ins for the Electron APIs our thin Electron layer uses; Electron itself cannot run here. */
export function electronMock() {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
  const exposed = new Map<string, unknown>()
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>()
  class BrowserWindow {
    static instances: BrowserWindow[] = []
    readonly listeners = new Map<string, (...args: unknown[]) => void>()
    windowOpenHandler?: (details: { url: string }) => { action: string }
    readonly webContents = {
      mainFrame: { url: 'file:///app/out/renderer/index.html' },
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
      on: (name: string, listener: (...args: unknown[]) => void) =>
        this.listeners.set(`wc:${name}`, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) =>
        (this.windowOpenHandler = handler),
    }
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      BrowserWindow.instances.push(this)
    }
    once(name: string, listener: () => void) {
      this.listeners.set(name, listener)
    }
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener)
    }
    isMinimized = vi.fn(() => false)
    restore = vi.fn()
    focus = vi.fn()
    loadFile = vi.fn(async () => undefined)
    show = vi.fn()
  }
  const appListeners = new Map<string, ((...args: unknown[]) => void)[]>()
  const addAppListener = (name: string, listener: (...args: unknown[]) => void) =>
    appListeners.set(name, [...(appListeners.get(name) ?? []), listener])
  return {
    BrowserWindow,
    /** `app` as the lifecycle in src/main/index.ts uses it; paths and the instance lock are set per test. */
    app: {
      isPackaged: false,
      paths: { userData: '', appPath: '' },
      instanceLock: true,
      requestSingleInstanceLock: vi.fn(function (this: { instanceLock: boolean }) {
        return this.instanceLock
      }),
      quit: vi.fn(),
      on: vi.fn(addAppListener),
      once: vi.fn(addAppListener),
      whenReady: vi.fn(async () => undefined),
      getPath: vi.fn(function (this: { paths: { userData: string } }) {
        return this.paths.userData
      }),
      getAppPath: vi.fn(function (this: { paths: { appPath: string } }) {
        return this.paths.appPath
      }),
      getLocale: vi.fn(() => 'en-US'),
      emit: (name: string, ...args: unknown[]) => appListeners.get(name)?.forEach((l) => l(...args)),
    },
    dialog: { showErrorBox: vi.fn() },
    Notification: Object.assign(vi.fn(), { isSupported: () => false }),
    shell: { openExternal: vi.fn(async () => undefined) },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, input: unknown) => unknown) =>
        handlers.set(channel, handler),
      ),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
        listeners.set(channel, listener),
      ),
      removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    },
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
    handlers,
    exposed,
  }
}
