/**
 * A busy period's time grid is drawn over a few frames rather than in one long task: each frame commits a
 * share of the blocks, day columns from the first, each column's interviews in drawing order (morning
 * first). These are the numbers; `useDrawLimit` in the renderer schedules them.
 */

/** What one frame's drawing may take, in milliseconds: well under a long task's 50, with room for the rest. */
export const FRAME_BUDGET_MS = 35
/**
 * Blocks per frame of a step to another period before anything is measured, and the least that measuring may
 * make it. Every frame also walks, pre-paints and commits what is already drawn, so a share costs more than
 * its blocks; still, stepping through a week of the bench's 300 interviews (about 135 blocks, the rest behind
 * "+N") in shares of 70 gave no task over 50 ms in 96 steps against 5 when each week was drawn at once (and 1
 * against 9 in another pair of runs), for 3 ms more per step in the median. The first step after a grid opens
 * runs React's update and removal paths and the names of a new week for the first time, at several times
 * the cost per block of the steps after it. In shares of 70 it was the one step with a task over 50 ms on 7
 * of 16 fresh pages (its commit 47 ms in the median); in shares of 20, on 0 of 16 (27 ms), and on 2 of 16 in
 * each of two later runs, where part of its cost does not depend on the share (React's update paths, the
 * week's head). The steps after it did not change (10 ms of script, 58–64 ms in all).
 */
export const FIRST_SHARE = 20
export const MIN_SHARE = 20
export const MAX_SHARE = 400
/**
 * Blocks a grid draws in the commit that first shows it. That render is one long task however it is cut (it
 * is the first to run React's and the grid's code, and lays out the page for the first time): drawn in shares
 * of 70 the same week took twice as long to appear. So it draws as much as a frame may ever draw, and only a
 * far busier period than a week of 300 interviews is finished frame by frame.
 */
export const OPENING_SHARE = MAX_SHARE

/**
 * Frames remembered: the cost is their median, so one frame slowed by a garbage collection or by another
 * process taking the processor does not shrink the next shares, nor one quick frame swell them. Three, and no
 * first guess among them, so that a grid reaches its size within a few steps: with five, the guess counted
 * as one of them, a new page's steps through the bench's busy weeks took two to four frames each until the
 * eighth or ninth step, and the median step was 46–51 ms; with three, 36–37 ms (10 fresh pages × 12 steps,
 * two runs each, alternated), with as many tasks over 50 ms (9–11 in 120, nearly all in a page's first step).
 */
const SAMPLES = 3
/**
 * Most of a frame's cost is what every frame pays whatever it draws (walking, laying out and painting the
 * grid already drawn), so a few blocks in a quick frame say little about many: a share is at most twice the
 * largest one remembered.
 */
const MAX_GROWTH = 2

/**
 * The cost of drawing one block, learnt from frames as they are drawn, and the share of blocks that fits a
 * frame.
 */
export class FrameCost {
  private samples: { msPerBlock: number; blocks: number }[] = []

  /** A frame that drew `blocks` new blocks took `ms`. */
  learn(ms: number, blocks: number): void {
    if (!(blocks > 0) || !(ms >= 0)) return
    this.samples.push({ msPerBlock: ms / blocks, blocks })
    if (this.samples.length > SAMPLES) this.samples.shift()
  }

  /** Blocks the next frame may draw: `FIRST_SHARE` before anything is learnt. */
  share(): number {
    if (this.samples.length === 0) return FIRST_SHARE
    const costs = this.samples.map((sample) => sample.msPerBlock).sort((a, b) => a - b)
    const msPerBlock = costs[Math.floor(costs.length / 2)]!
    const largest = Math.max(...this.samples.map((sample) => sample.blocks))
    const fits = msPerBlock > 0 ? Math.round(FRAME_BUDGET_MS / msPerBlock) : MAX_SHARE
    return Math.min(MAX_SHARE, Math.max(MIN_SHARE, Math.min(fits, MAX_GROWTH * largest)))
  }
}

/**
 * How many of each column's blocks are drawn when `limit` blocks may be: the columns fill in order.
 * `counts` are the columns' blocks; the result has one number per column, each at most its count.
 */
export function shareLimit(counts: readonly number[], limit: number): number[] {
  let left = Math.max(0, limit)
  return counts.map((count) => {
    const drawn = Math.min(count, left)
    left -= drawn
    return drawn
  })
}
