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
  it('starts from the first share and follows the median of the last five frames', () => {
    const cost = new FrameCost()
    expect(cost.share()).toBe(FIRST_SHARE)
    // Frames of the first share's blocks in half the budget: beside the first guess, one keeps the more cautious
    // share of the two; two make the median, and the share doubles.
    cost.learn(FRAME_BUDGET_MS / 2, FIRST_SHARE)
    expect(cost.share()).toBe(FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS / 2, FIRST_SHARE)
    expect(cost.share()).toBe(2 * FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS / 2, FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS / 2, FIRST_SHARE)
    // One frame slowed by something else does not move it; a run of slow frames (a loaded machine) does.
    cost.learn(FRAME_BUDGET_MS * 10, FIRST_SHARE)
    expect(cost.share()).toBe(2 * FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS * 2, FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS * 2, FIRST_SHARE)
    cost.learn(FRAME_BUDGET_MS * 2, FIRST_SHARE)
    expect(cost.share()).toBe(Math.max(MIN_SHARE, FIRST_SHARE / 2))
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
