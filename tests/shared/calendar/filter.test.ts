import { describe, expect, it } from 'vitest'
import { isFiltering, matcher, NO_FILTER } from '../../../src/shared/calendar/filter'
import { at } from '../../helpers/interviews'

const bank = at('2026-12-07T03:00', 60, {
  company: 'Bank Sentosa',
  position: 'Data Analyst',
  contact: { name: 'Ibu Ratna Dewi', email: 'ratna@sentosa.co.id' },
  mode: 'onsite',
  status: 'confirmed',
})
const cafe = at('2026-12-08T03:00', 60, {
  company: 'Café Kopi Nusantara',
  position: 'Barista Lead',
  mode: 'video',
  status: 'invited',
})

describe('calendar filter', () => {
  it('no filter keeps everything', () => {
    expect(isFiltering(NO_FILTER)).toBe(false)
    expect([bank, cafe].filter(matcher(NO_FILTER))).toHaveLength(2)
  })

  it('text matches company, position and contact, every word, any case, without accents', () => {
    const find = (text: string) => [bank, cafe].filter(matcher({ ...NO_FILTER, text })).map((i) => i.company)
    expect(find('ratna')).toEqual(['Bank Sentosa'])
    expect(find('ANALYST sentosa')).toEqual(['Bank Sentosa'])
    expect(find('cafe')).toEqual(['Café Kopi Nusantara'])
    expect(find('analyst kopi')).toEqual([])
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false)
  })

  it('statuses and modes narrow the list; several values of one kind are alternatives', () => {
    const keep = (filter: Partial<typeof NO_FILTER>) =>
      [bank, cafe].filter(matcher({ ...NO_FILTER, ...filter })).map((i) => i.company)
    expect(keep({ statuses: ['invited'] })).toEqual(['Café Kopi Nusantara'])
    expect(keep({ modes: ['onsite'] })).toEqual(['Bank Sentosa'])
    expect(keep({ modes: ['onsite', 'video'] })).toHaveLength(2)
    expect(keep({ modes: ['onsite'], statuses: ['invited'] })).toEqual([])
  })
})
