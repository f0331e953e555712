import { describe, expect, it } from 'vitest'
import {
  FIRST_SHARE,
  FRAME_BUDGET_MS,
  FrameCost,
  MAX_SHARE,
  MIN_SHARE,
  shareLimit,
} from '../../../src/shared/calendar/progressive'

describe('shareLimit', () => {
  it('fills the columns in order, each up to its own count', () => {
    expect(shareLimit([30, 50, 40], 0)).toEqual([0, 0, 0])
    expect(shareLimit([30, 50, 40], 20)).toEqual([20, 0, 0])
    expect(shareLimit([30, 50, 40], 80)).toEqual([30, 50, 0])
    expect(shareLimit([30, 50, 40], 100)).toEqual([30, 50, 20])
    expect(shareLimit([30, 0, 40], 1000)).toEqual([30, 0, 40])
    expect(shareLimit([], 10)).toEqual([])
    expect(shareLimit([5], -3)).toEqual([0])
  })
})

describe('FrameCost', () => {
  it('starts from the first share and learns what a block costs from the frames drawn', () => {
    const cost = new FrameCost()
    expect(cost.share()).toBe(FIRST_SHARE)
    // 80 blocks in 15 ms: half the budget; the average of the guess and this frame moves the share up.
    cost.learn(15, 80)
    const faster = cost.share()
    expect(faster).toBeGreaterThan(FIRST_SHARE)
    expect(faster).toBe(Math.floor(FRAME_BUDGET_MS / ((FRAME_BUDGET_MS / FIRST_SHARE + 15 / 80) / 2)))
    // A slow frame (a loaded machine) shrinks it again.
    cost.learn(120, 80)
    expect(cost.share()).toBeLessThan(FIRST_SHARE)
  })

  it('keeps the share within its bounds, and ignores frames that drew nothing', () => {
    const cost = new FrameCost()
    for (let i = 0; i < 20; i += 1) cost.learn(0.01, 100)
    expect(cost.share()).toBe(MAX_SHARE)
    for (let i = 0; i < 20; i += 1) cost.learn(1000, 10)
    expect(cost.share()).toBe(MIN_SHARE)
    cost.learn(5, 0)
    cost.learn(Number.NaN, 10)
    expect(cost.share()).toBe(MIN_SHARE)
  })
})
