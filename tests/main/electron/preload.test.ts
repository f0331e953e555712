import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../src/shared/channels'
import { electronMock } from './mock'

const electron = vi.hoisted(() => ({
  current: undefined as unknown as ReturnType<typeof import('./mock').electronMock>,
}))
vi.mock('electron', () => {
  electron.current = electronMock()
  return electron.current
})

await import('../../../src/preload/index')

describe('preload', () => {
  it('exposes one function per channel as window.api, and nothing else', () => {
    expect(electron.current.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    const api = electron.current.exposed.get('api') as Record<string, unknown>
    expect(Object.keys(api)).toEqual([...CHANNELS])
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('each function invokes its own channel with the input', async () => {
    const api = electron.current.exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>
    await api['interviews/get']!({ id: 'x' })
    expect(electron.current.ipcRenderer.invoke).toHaveBeenCalledWith('interviews/get', { id: 'x' })
  })
})
