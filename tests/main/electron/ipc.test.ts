import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { startBackend } from '../../../src/main/backend'
import { isTrustedSender, registerIpc } from '../../../src/main/ipc'
import { CHANNELS } from '../../../src/shared/channels'
import { fixedNow, tempDir } from '../../helpers/temp'
import { electronMock } from './mock'

async function setup() {
  const electron = electronMock()
  const backend = await startBackend({
    dbFile: join(tempDir(), 'db.sqlite3'),
    system: { language: 'en', timeZone: 'UTC' },
    now: fixedNow(),
  })
  onTestFinished(() => backend.stop())
  const mainFrame = { url: 'file:///app/out/renderer/index.html' }
  const window = { webContents: { mainFrame } }
  registerIpc(electron.ipcMain as never, backend.registry, (event) =>
    isTrustedSender(event as never, window as never),
  )
  const invoke = (channel: string, event: unknown, input: unknown = {}) =>
    electron.handlers.get(channel)!(event, input)
  return { electron, backend, window, mainFrame, invoke }
}

describe('IPC', () => {
  it('registers every channel of the contract once', async () => {
    const { electron } = await setup()
    expect(electron.ipcMain.handle.mock.calls.map((call) => call[0])).toEqual([...CHANNELS])
  })

  it("serves our window's main frame", async () => {
    const { window, mainFrame, invoke } = await setup()
    const result = await invoke('settings/get', { sender: window.webContents, senderFrame: mainFrame })
    expect(result).toMatchObject({ ok: true, value: { language: 'en' } })
  })

  it.each([
    [
      'another webContents',
      (_w: { webContents: unknown }, frame: unknown) => ({ sender: {}, senderFrame: frame }),
    ],
    [
      'a subframe of our window',
      (w: { webContents: unknown }) => ({ sender: w.webContents, senderFrame: { url: 'file:///x' } }),
    ],
    ['a frame gone', (w: { webContents: unknown }) => ({ sender: w.webContents, senderFrame: null })],
  ])('ignores %s', async (_name, eventOf) => {
    const { window, mainFrame, invoke, backend } = await setup()
    const result = await invoke('settings/update', eventOf(window, mainFrame), { userName: 'Intruder' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await backend.registry.dispatch('settings/get', {})).toMatchObject({ value: { userName: '' } })
  })

  it('ignores our main frame once it shows a page that is not ours', async () => {
    const { window, mainFrame, invoke } = await setup()
    mainFrame.url = 'https://evil.example/'
    const result = await invoke('settings/get', { sender: window.webContents, senderFrame: mainFrame })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('still validates what a trusted sender sends', async () => {
    const { window, mainFrame, invoke } = await setup()
    const result = await invoke(
      'interviews/get',
      { sender: window.webContents, senderFrame: mainFrame },
      { id: 7 },
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('sender check', () => {
  it('needs a window', () => {
    expect(isTrustedSender({ sender: {}, senderFrame: {} } as never, undefined)).toBe(false)
  })
})
