import type { ContactTitle } from './interview'

/**
 * Honorifics people type in front of a name (DOMAIN.md, Addressing the contact). Only explicit ones count:
 * "Kak", "Sdr." or a bare name say nothing certain about how to address the person, so they give no title.
 */
const HONORIFICS: readonly [RegExp, ContactTitle | undefined][] = [
  // "Bapak/Ibu Hendra": someone already hedged; keep the name, learn nothing.
  [/^(?:bapak|bpk\.?|pak)\s*\/\s*(?:ibu|bu)\.?\s+/i, undefined],
  [/^(?:bapak|bpk|pak|mr|mister)\.?\s+/i, 'mr'],
  [/^(?:ibu|bu|mrs|ms|miss|sdri|nyonya|ny)\.?\s+/i, 'ms'],
]

/**
 * Splits a typed name into a title and the bare name: "Pak Hendra Gunawan" → mr + "Hendra Gunawan",
 * "Bu Maya" → ms + "Maya", "Mr. James Lee" → mr + "James Lee". A name without an honorific is returned as is.
 */
export function readHonorific(typed: string): { name: string; title?: ContactTitle } {
  const trimmed = typed.trim().replace(/\s+/g, ' ')
  for (const [pattern, title] of HONORIFICS) {
    const match = pattern.exec(trimmed)
    if (!match) continue
    const name = trimmed.slice(match[0].length).trim()
    // "Ibu" alone is not a name with a title; leave it for the user to finish.
    if (name === '') break
    return title ? { name, title } : { name }
  }
  return { name: trimmed }
}
