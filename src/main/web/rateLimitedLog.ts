/**
 * A logger that writes at most `limit` entries per `windowMs` and then one line saying how many it dropped:
 * anyone who can reach the port could otherwise fill the log (and the disk) with bad requests.
 */
export function rateLimitedLog(
  write: (message: string, error?: unknown) => void,
  { limit = 20, windowMs = 60_000, now = () => Date.now() } = {},
): (message: string, error: unknown) => void {
  let windowStart = -Infinity
  let written = 0
  let dropped = 0
  return (message, error) => {
    const at = now()
    if (at - windowStart >= windowMs) {
      if (dropped > 0) write(`${dropped} more request failures were not logged in the last minute.`)
      windowStart = at
      written = 0
      dropped = 0
    }
    if (written < limit) {
      written += 1
      write(message, error)
    } else dropped += 1
  }
}
