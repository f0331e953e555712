import { z } from 'zod'
import { requiredText } from './fields'

/** A travel estimate the user recorded between two places, e.g. "Sudirman → BSD: 75 min" (both ways). */
export interface TravelTime {
  from: string
  to: string
  minutes: number
}

const place = requiredText(100)

export const travelTimeSchema = z
  .strictObject({
    from: place,
    to: place,
    minutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
  })
  .superRefine((value, ctx) => {
    if (samePlace(value.from, value.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'same_place' })
  })

export const travelPairSchema = z.strictObject({ from: place, to: place })

/** Places compare after trimming, folding case and squeezing spaces: "  Menara  Sudirman" = "menara sudirman". */
export function normalizePlace(place: string): string {
  return place.trim().toLowerCase().replace(/\s+/g, ' ')
}

export function samePlace(a: string, b: string): boolean {
  return normalizePlace(a) === normalizePlace(b)
}
