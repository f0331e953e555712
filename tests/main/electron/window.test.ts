import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronMock } from './mock'

const electron = vi.hoisted(() => ({
  current: undefined as unknown as ReturnType<typeof import('./mock').electronMock>,
}))
vi.mock('electron', () => {
  electron.current = electronMock()
  return electron.current
})

const { webPreferences, createMainWindow } = await import('../../../src/main/window')

describe('the main window', () => {
  beforeEach(() => vi.clearAllMocks())

  it('uses the secure webPreferences of the Electron checklist', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    })
  })

  it('is built with exactly those settings plus the preload', () => {
    const window = createMainWindow({ preload: '/app/out/preload/index.js' }) as unknown as InstanceType<
      typeof electron.current.BrowserWindow
    >
    expect(window.options.webPreferences).toEqual({ ...webPreferences, preload: '/app/out/preload/index.js' })
    expect(window.loadFile).toHaveBeenCalledOnce()
  })

  it('blocks every navigation and redirect', () => {
    const window = createMainWindow({ preload: 'p' }) as unknown as InstanceType<
      typeof electron.current.BrowserWindow
    >
    for (const name of ['wc:will-navigate', 'wc:will-redirect']) {
      const event = { preventDefault: vi.fn() }
      window.listeners.get(name)!(event, 'https://evil.example')
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
  })

  it('refuses every permission request from the page', () => {
    const window = createMainWindow({ preload: 'p' }) as unknown as InstanceType<
      typeof electron.current.BrowserWindow
    >
    const { setPermissionRequestHandler, setPermissionCheckHandler } = window.webContents.session
    const request = setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void
    const answer = vi.fn()
    request({}, 'media', answer)
    expect(answer).toHaveBeenCalledWith(false)
    expect((setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false)
  })

  it('denies every new window and sends only allowed links to the system browser', async () => {
    const window = createMainWindow({ preload: 'p' }) as unknown as InstanceType<
      typeof electron.current.BrowserWindow
    >
    expect(window.windowOpenHandler!({ url: 'https://meet.google.com/abc' })).toEqual({ action: 'deny' })
    expect(window.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(electron.current.shell.openExternal).toHaveBeenCalledTimes(1)
    expect(electron.current.shell.openExternal).toHaveBeenCalledWith('https://meet.google.com/abc')
  })
})
