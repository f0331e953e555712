/** Median wall time of `runs` calls (after one warm-up), in milliseconds. */
export function median(runs: number, job: () => unknown): number {
  return interleavedMedians(runs, [job])[0]!
}

/**
 * Median wall times of several jobs (after one warm-up each), taken in turns: each round runs every job once,
 * so a spell when the machine is slower falls on all of them alike rather than on whichever ran then.
 */
export function interleavedMedians(runs: number, jobs: readonly (() => unknown)[]): number[] {
  for (const job of jobs) job()
  const times = jobs.map((): number[] => [])
  for (let i = 0; i < runs; i += 1)
    jobs.forEach((job, j) => {
      const start = performance.now()
      job()
      times[j]!.push(performance.now() - start)
    })
  return times.map((list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!)
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1)).padStart(8)
export const ratio = (value: number) => `${value.toFixed(1)}×`.padStart(7)

/** A deterministic pseudo-random sequence, so every run measures the same data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
