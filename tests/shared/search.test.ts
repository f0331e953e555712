import { describe, expect, it } from 'vitest'
import { foldText, matchesSearch, searchWords } from '../../src/shared/search'

const interview = {
  company: 'Café Kopi Nusantara',
  position: 'Barista Lead',
  contact: { name: 'Ibu Ratna Dewi', email: 'ratna@kopi.co.id' },
  location: 'Jl. Kemang Raya 8, Jakarta Selatan',
  referenceNumber: 'KKN/HR/2026/117',
}

describe('the one search rule', () => {
  it.each([
    ['cafe', true],
    ['KOPI lead', true],
    ['ratna@kopi', true],
    ['kemang', true],
    ['hr/2026', true],
    ['dewi selatan', true],
    ['kopi analyst', false],
    ['', true],
  ])('%j matches: %s', (query, expected) => {
    expect(matchesSearch(interview, searchWords(query))).toBe(expected)
  })

  it('folds accents and case the same way on both sides', () => {
    expect(foldText('Ãrúnïka CAFÉ')).toBe('arunika cafe')
    expect(searchWords('  Café   Kopi ')).toEqual(['cafe', 'kopi'])
  })
})
