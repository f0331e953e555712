/**
 * Travel estimates and the places they join, apart from their schemas in travel.ts: the renderer's alerts
 * compare places without evaluating zod.
 */

/** A travel estimate the user recorded between two places, e.g. "Sudirman → BSD: 75 min" (both ways). */
export interface TravelTime {
  from: string
  to: string
  minutes: number
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Places compare after trimming, folding case and squeezing spaces: "  Menara  Sudirman" = "menara sudirman".
 * A lone surrogate becomes U+FFFD, as SQLite stores it anyway: two keys that differ only there in JavaScript
 * are one key in the database. (Keys already stored were converted the same way, so they still match.)
 */
export function normalizePlace(place: string): string {
  return place.replace(LONE_SURROGATE, '\uFFFD').trim().toLowerCase().replace(/\s+/g, ' ')
}

/**
 * Orders keys by Unicode code point, as SQLite orders UTF-8 text. JavaScript's `<` compares UTF-16 code
 * units instead, which puts an emoji (a surrogate pair) before a private-use or full-width character that
 * SQLite puts first: the stored pair would then break the table's ordering CHECK.
 */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const difference = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!
    if (difference !== 0) return difference
  }
  return x.length - y.length
}

export function samePlace(a: string, b: string): boolean {
  return normalizePlace(a) === normalizePlace(b)
}
