import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantText } from '../../src/main/db/instantText'
import { stampOf, utcStamp } from '../../src/main/ics/writer'

// Most instants share a few days and times of day (the cache's case); the rest reach years with other digits.
const instants = fc.oneof(
  fc
    .integer({ min: 0, max: 30 })
    .chain((day) =>
      fc.constantFrom(0, 1_800_000, 3_600_000, 45_296_789).map((time) => Date.UTC(2026, 11, 1 + day) + time),
    ),
  fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
)

describe('instant texts joined from cached halves', () => {
  it('equal the whole text written afresh, for any instant in any order', () => {
    fc.assert(
      fc.property(fc.array(instants, { maxLength: 60 }), (list) => {
        for (const ms of list) {
          expect(instantText(ms)).toBe(new Date(ms).toISOString())
          expect(stampOf(ms)).toBe(utcStamp(new Date(ms)))
        }
      }),
      { numRuns: 300 },
    )
  })
})
