import { dirname } from 'node:path'
import { CHANNELS, type Channel } from '../shared/channels'
import type { Connection } from './db/connection'
import { storageCode, storageFailure } from './db/storageErrors'
import type { HandlerMap } from './registry'

/** Channels that must answer while the file is missing or replaced: they are the way out. */
const WAY_OUT: readonly Channel[] = [
  'database/status',
  'database/reset',
  'database/openFolder',
  'backup/list',
  'backup/restore',
]

/** Waits between tries on a busy database: brief, since a writer holds its lock for milliseconds. */
const BUSY_WAITS_MS = [20, 60, 150]

/**
 * Wraps every handler so that (1) an answer is sent only while the file the app opened is still the one on
 * disk, (2) a busy database is retried briefly, and (3) a full disk, a read-only file or a busy database
 * come back as typed errors in plain words instead of INTERNAL.
 */
export function guardHandlers(handlers: HandlerMap, connection: Connection): HandlerMap {
  const near = dirname(connection.options.file)
  const guarded: Partial<Record<Channel, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as (input: unknown) => unknown
    const confirm = !WAY_OUT.includes(channel)
    guarded[channel] = async (input) => {
      for (let attempt = 0; ; attempt += 1) {
        try {
          const value = await handler(input)
          if (confirm) connection.confirmSameFile()
          return value
        } catch (error) {
          const code = storageCode(error, near)
          const wait = BUSY_WAITS_MS[attempt]
          if (code === 'BUSY' && wait !== undefined) {
            await new Promise((done) => setTimeout(done, wait))
            continue
          }
          throw code ? storageFailure(code) : error
        }
      }
    }
  }
  return guarded as HandlerMap
}
