import { afterEach, describe, expect, it, vi } from 'vitest'

describe('mode icons loaded before the calendar draws', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('loads and decodes each of them once, when the calendar code is loaded', async () => {
    const made: { src: string; decoded: boolean }[] = []
    class FakeImage {
      src = ''
      decoded = false
      constructor() {
        made.push(this)
      }
      decode() {
        this.decoded = true
        return Promise.reject(new Error('not an image here'))
      }
    }
    vi.stubGlobal('Image', FakeImage)
    const icons = await import('../../src/renderer/src/features/calendar/modeIcons')
    expect(made.map((image) => image.src)).toEqual(icons.MODE_ICONS)
    expect(made.every((image) => image.decoded)).toBe(true)
    // Asked again (both views import it), nothing more is loaded.
    icons.preloadModeIcons()
    expect(made).toHaveLength(6)
  })
})
