import { describe, expect, it } from 'vitest'
import { rateLimitedLog } from '../../src/main/web/rateLimitedLog'

describe('per-request logging', () => {
  it('writes at most `limit` entries a minute, then says how many it dropped', () => {
    const lines: string[] = []
    let now = 0
    const log = rateLimitedLog((message) => lines.push(message), {
      limit: 3,
      windowMs: 60_000,
      now: () => now,
    })
    for (let i = 0; i < 1000; i += 1) log(`failure ${i}`, new Error('x'))
    expect(lines).toEqual(['failure 0', 'failure 1', 'failure 2'])
    now = 60_000
    log('next minute', new Error('y'))
    expect(lines.slice(3)).toEqual([
      '997 more request failures were not logged in the last minute.',
      'next minute',
    ])
  })
})
