import { describe, expect, it } from 'vitest'
import { readHonorific } from '../../../src/shared/model/honorific'

describe('readHonorific', () => {
  it.each([
    ['Pak Hendra Gunawan', 'mr', 'Hendra Gunawan'],
    ['Bapak Hendra Gunawan', 'mr', 'Hendra Gunawan'],
    ['Bpk. Hendra', 'mr', 'Hendra'],
    ['bpk hendra', 'mr', 'hendra'],
    ['Mr. James Lee', 'mr', 'James Lee'],
    ['Mr James Lee', 'mr', 'James Lee'],
    ['Bu Maya', 'ms', 'Maya'],
    ['Ibu Maya Putri', 'ms', 'Maya Putri'],
    ['Mrs. Emily Clarke', 'ms', 'Emily Clarke'],
    ['Ms Emily Clarke', 'ms', 'Emily Clarke'],
    ['Sdri. Rina', 'ms', 'Rina'],
    ['  Ibu   Sari  Wulandari ', 'ms', 'Sari Wulandari'],
  ])('"%s" is read as title %s and the name "%s"', (typed, title, name) => {
    expect(readHonorific(typed)).toEqual({ name, title })
  })

  it.each([
    ['Hendra Gunawan'],
    ['Budi Santoso'], // "Bu" only counts as a separate word
    ['Pakpahan Sitorus'],
    ['Mrsha Ali'],
    ['Kak Rina'], // "Kak" says nothing about the title
    ['Ibu'], // an honorific alone is not a name yet
  ])('"%s" gives no title and keeps the name', (typed) => {
    expect(readHonorific(typed)).toEqual({ name: typed })
  })

  it('drops a hedged "Bapak/Ibu" without guessing a title', () => {
    expect(readHonorific('Bapak/Ibu Hendra')).toEqual({ name: 'Hendra' })
  })
})
