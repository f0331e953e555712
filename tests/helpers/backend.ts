import { join } from 'node:path'
import { startBackend } from '../../src/main/backend'
import { draftsService } from '../../src/main/handlers'
import type { SystemDefaults } from '../../src/main/services/settings'
import { tempDir } from './temp'

// The app loads the drafts' code on the first draft; a test file loads it with its imports, so a test's first
// draft is not timed with the transform of the date reader and every country's holidays.
await draftsService()

/**
 * The real backend on a fresh SQLite file, with `call` (a Result) and `value` (the value, or a thrown error).
 * Its clock starts at 2026-11-22T03:00Z and moves only with `setNow`: the clock belongs to the app.
 */
export async function testBackend(system: SystemDefaults = { language: 'en', timeZone: 'Asia/Jakarta' }) {
  const dir = tempDir()
  let current = '2026-11-22T03:00:00.000Z'
  const started = await startBackend({
    dbFile: join(dir, 'db.sqlite3'),
    system,
    now: () => new Date(current),
    openFolder: async () => true,
  })
  const call = (channel: string, input: unknown = {}) => started.registry.dispatch(channel, input)
  const value = async <T>(channel: string, input: unknown = {}) => {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  const setNow = (iso: string) => {
    current = iso
  }
  return { ...started, call, value, setNow, dir }
}
