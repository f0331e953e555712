/** Longest wait for a frame: a hidden window draws none, and the job must still run. */
const FALLBACK_MS = 100

/**
 * Runs `job` once the next frame is drawn (or after FALLBACK_MS, whichever comes first): reloads that only
 * refresh what is not on screen yet wait until a change the user made is shown. Returns a cancel function.
 */
export function afterPaint(job: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let done = false
  const cancel = () => {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    clearTimeout(fallback)
  }
  const run = () => {
    if (done) return
    cancel()
    job()
  }
  // A task after the frame's callbacks: the frame itself is drawn first.
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)))
  const fallback = setTimeout(run, FALLBACK_MS)
  return cancel
}
