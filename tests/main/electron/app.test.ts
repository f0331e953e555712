import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../../helpers/temp'
import { electronMock } from './mock'

const electron = vi.hoisted(() => ({
  current: undefined as unknown as ReturnType<typeof import('./mock').electronMock>,
}))
// The module is mocked once; each test's stand-in is reached through these getters.
vi.mock('electron', () => ({
  get app() {
    return electron.current.app
  },
  get BrowserWindow() {
    return electron.current.BrowserWindow
  },
  get dialog() {
    return electron.current.dialog
  },
  get ipcMain() {
    return electron.current.ipcMain
  },
  get Notification() {
    return electron.current.Notification
  },
  get shell() {
    return electron.current.shell
  },
}))

const children: ChildProcess[] = []
afterEach(() => {
  electron.current?.app.emit('will-quit')
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

/** A fresh Electron stand-in with a data folder and, in place of Electron's build, Node's SQLite module. */
function freshApp() {
  const app = electronMock()
  const userData = tempDir()
  const appPath = tempDir()
  const native = join(appPath, '.cache', 'native', `electron--${process.platform}-${process.arch}`)
  mkdirSync(native, { recursive: true })
  symlinkSync(
    resolve(__dirname, '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    join(native, 'better_sqlite3.node'),
  )
  app.app.paths = { userData, appPath }
  electron.current = app
  return { ...app, dbFile: join(userData, 'interview-desk.sqlite3') }
}

/** Runs src/main/index.ts as Electron would: its top level wires the lifecycle. */
async function launch() {
  vi.resetModules()
  await import('../../../src/main/index')
}

describe('the Electron app', () => {
  beforeEach(() => vi.clearAllMocks())

  it("takes Electron's single-instance lock; a second instance quits before opening anything", async () => {
    const second = freshApp()
    second.app.instanceLock = false
    await launch()
    expect(second.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect(second.app.quit).toHaveBeenCalled()
    expect(second.app.whenReady).not.toHaveBeenCalled()
    expect(existsSync(second.dbFile)).toBe(false)
  })

  it('holds the lock beside its database while it runs, and brings its window forward for a second instance', async () => {
    const first = freshApp()
    await launch()
    await vi.waitFor(() => expect(first.BrowserWindow.instances).toHaveLength(1))
    expect(JSON.parse(readFileSync(`${first.dbFile}.lock`, 'utf8'))).toEqual({
      pid: process.pid,
      mode: 'app',
    })
    first.app.emit('second-instance')
    expect(first.BrowserWindow.instances[0]!.focus).toHaveBeenCalled()
    first.app.emit('will-quit')
    expect(existsSync(`${first.dbFile}.lock`)).toBe(false)
  })

  it('refuses a database that browser mode has open, naming the process and its address', async () => {
    const app = freshApp()
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    children.push(holder)
    const url = 'http://127.0.0.1:4567/#token=abcdefabcdefabcdef'
    writeFileSync(`${app.dbFile}.lock`, JSON.stringify({ pid: holder.pid, mode: 'web', url }))
    await launch()
    await vi.waitFor(() => expect(app.dialog.showErrorBox).toHaveBeenCalled())
    expect(app.dialog.showErrorBox.mock.calls[0]![1]).toBe(
      `This data is open in another Interview Desk window (process ${holder.pid}). Open it at ${url} or close it first.`,
    )
    expect(app.app.quit).toHaveBeenCalled()
    expect(app.BrowserWindow.instances).toHaveLength(0)
    expect(JSON.parse(readFileSync(`${app.dbFile}.lock`, 'utf8'))).toMatchObject({ pid: holder.pid })
  })
})
