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
    expect(electron.current.contextBridge.exposeInMainWorld.mock.calls.map((call) => call[0])).toEqual([
      'api',
      'appEvents',
    ])
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

describe('preload events', () => {
  it('relays only the open-interview event, only with a string id, and unsubscribes', () => {
    const events = electron.current.exposed.get('appEvents') as {
      onOpenInterview: (listener: (id: string) => void) => () => void
    }
    expect(Object.keys(events)).toEqual(['onOpenInterview'])
    const seen: string[] = []
    const unsubscribe = events.onOpenInterview((id) => seen.push(id))
    const relay = electron.current.listeners.get('app/open-interview')!
    relay({}, 'interview-1')
    relay({}, { evil: true })
    expect(seen).toEqual(['interview-1'])
    unsubscribe()
    expect(electron.current.listeners.has('app/open-interview')).toBe(false)
  })
})
