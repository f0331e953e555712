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
  it('starts from the first share and follows the median of the last three frames', () => {
    const cost = new FrameCost()
    expect(cost.share()).toBe(FIRST_SHARE)
    // The first share drawn in half the budget: the next is twice as large, from the first frame learnt.
    cost.learn(FRAME_BUDGET_MS / 2, FIRST_SHARE)
    expect(cost.share()).toBe(2 * FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS / 2, 2 * FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS / 2, 2 * FIRST_SHARE)
    // Per block 35/40, 17.5/40 and 17.5/40 ms: the median fills the budget with twice as many.
    expect(cost.share()).toBe(4 * FIRST_SHARE)
    // One frame slowed by something else does not move it; two in a row (a loaded machine) do.
    cost.learn(FRAME_BUDGET_MS * 10, 2 * FIRST_SHARE)
    expect(cost.share()).toBe(4 * FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS * 2, 2 * FIRST_SHARE)
    expect(cost.share()).toBe(FIRST_SHARE)
  })

  it('at most doubles the largest share it remembers, however quick a frame was', () => {
    const cost = new FrameCost()
    // Most of a frame's cost is the same whatever it draws: 20 blocks in 2 ms do not mean 350 fit in 35.
    cost.learn(2, FIRST_SHARE)
    expect(cost.share()).toBe(2 * FIRST_SHARE)
    cost.learn(2, 2 * FIRST_SHARE)
    expect(cost.share()).toBe(4 * FIRST_SHARE)
    // A small last share (the rest of a period) does not hold the next period back.
    cost.learn(1, 5)
    expect(cost.share()).toBe(4 * FIRST_SHARE)
  })

  it('keeps the share within its bounds, and ignores frames that drew nothing', () => {
    const cost = new FrameCost()
    for (let i = 0; i < 20; i += 1) cost.learn(0.01, MAX_SHARE)
    expect(cost.share()).toBe(MAX_SHARE)
    for (let i = 0; i < 20; i += 1) cost.learn(1000, 10)
    expect(cost.share()).toBe(MIN_SHARE)
    cost.learn(5, 0)
    cost.learn(Number.NaN, 10)
    expect(cost.share()).toBe(MIN_SHARE)
  })
})
