import { describe, expect, it } from 'vitest'
import { en } from '../../src/renderer/src/i18n/en'
import { id } from '../../src/renderer/src/i18n/id'

function keys(bundle: object, prefix = ''): string[] {
  return Object.entries(bundle).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

function values(bundle: object): [string, string][] {
  return Object.entries(bundle).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? values(value).map(([k, v]) => [`${key}.${k}`, v] as [string, string])
      : [[key, String(value)]],
  )
}

describe('UI strings', () => {
  it('exist in Indonesian and English alike', () => {
    expect(keys(id).sort()).toEqual(keys(en).sort())
  })

  it('are never empty and keep the same placeholders in both languages', () => {
    const english = new Map(values(en))
    for (const [key, text] of values(id)) {
      expect(text.trim(), key).not.toBe('')
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''))
    }
  })
})

describe('the hint of the reason detail (review 6, item 8)', () => {
  it('gives the flood example in natural wording, in both languages', () => {
    expect(id.drafts.detailHint).toContain('“jalan menuju lokasi wawancara terendam banjir pagi ini”')
    expect(en.drafts.detailHint).toContain('“the road to the interview venue is flooded this morning”')
    for (const bundle of [id, en]) expect(bundle.drafts.detailHint).not.toMatch(/kantor Ibu|tertutup banjir/)
  })
})
