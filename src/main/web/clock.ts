/**
 * The app's clock. By default the system's; `--clock 2026-12-01T09:00:00Z` starts it at that instant and
 * lets it run on from there, so tests and demos see a known "now" without changing the machine's clock.
 */
export function appClock(start: string | undefined, system: () => number = Date.now): () => Date {
  if (start === undefined) return () => new Date(system())
  const at = Date.parse(start)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(start) || Number.isNaN(at)) {
    throw new Error('--clock must be an ISO 8601 instant, e.g. 2026-12-01T09:00:00Z')
  }
  const offset = at - system()
  return () => new Date(system() + offset)
}
