import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from '../../src/renderer/src/ui/afterPaint'

describe('afterPaint', () => {
  let frames: FrameRequestCallback[]
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    frames = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    vi.stubGlobal('cancelAnimationFrame', (id: number) => delete frames[id - 1])
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
  const drawFrame = () => frames.splice(0).forEach((callback) => callback(0))

  it('runs the job in a task after the next frame, once', () => {
    const job = vi.fn()
    afterPaint(job)
    vi.advanceTimersByTime(10)
    expect(job).not.toHaveBeenCalled()
    drawFrame()
    expect(job).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(job).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(job).toHaveBeenCalledTimes(1)
  })

  it('runs it anyway when no frame comes (a hidden window), and not again when one does', () => {
    const job = vi.fn()
    afterPaint(job)
    vi.advanceTimersByTime(99)
    expect(job).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(job).toHaveBeenCalledTimes(1)
    drawFrame()
    vi.advanceTimersByTime(1000)
    expect(job).toHaveBeenCalledTimes(1)
  })

  it('a cancelled job never runs', () => {
    const job = vi.fn()
    const cancel = afterPaint(job)
    drawFrame()
    cancel()
    vi.advanceTimersByTime(1000)
    expect(job).not.toHaveBeenCalled()
  })
})
