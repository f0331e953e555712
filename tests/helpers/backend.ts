import { join } from 'node:path'
import { startBackend } from '../../src/main/backend'
import type { SystemDefaults } from '../../src/main/services/settings'
import { fixedNow, tempDir } from './temp'

/** The real backend on a fresh SQLite file, with `call` (a Result) and `value` (the value, or a thrown error). */
export async function testBackend(system: SystemDefaults = { language: 'en', timeZone: 'Asia/Jakarta' }) {
  const dir = tempDir()
  const started = await startBackend({
    dbFile: join(dir, 'db.sqlite3'),
    system,
    now: fixedNow(),
    openFolder: async () => true,
  })
  const call = (channel: string, input: unknown = {}) => started.registry.dispatch(channel, input)
  const value = async <T>(channel: string, input: unknown = {}) => {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  return { ...started, call, value, dir }
}
