import { describe, expect, it } from 'vitest'
import { offersApology } from '../../../src/shared/drafts/apology'
import { DRAFT_KINDS } from '../../../src/shared/drafts/types'
import { shortPlace } from '../../../src/shared/schedule/travel'

describe('shortPlace', () => {
  it.each([
    ['Sentosa Tower, BSD City, Tangerang', 'Sentosa Tower'],
    ['  Menara Sudirman Lt. 12 , Jakarta', 'Menara Sudirman Lt. 12'],
    [undefined, ''],
    [
      'Gedung Perkantoran Graha Niaga Mandiri Sejahtera Abadi Lantai 27',
      'Gedung Perkantoran Graha Niaga Mandiri…',
    ],
  ])('%j → %j', (location, short) => expect(shortPlace(location)).toBe(short))
})

describe('offersApology', () => {
  it('only after the interview, for every message but an apology or a thank-you', () => {
    const offered = DRAFT_KINDS.filter((kind) => offersApology('past', kind))
    expect(offered).toEqual(DRAFT_KINDS.filter((kind) => kind !== 'apology' && kind !== 'thanks'))
    for (const level of ['ample', 'short', 'late'] as const)
      expect(
        DRAFT_KINDS.some((kind) => offersApology(level, kind)),
        level,
      ).toBe(false)
  })
})
