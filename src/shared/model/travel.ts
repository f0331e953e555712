import { z } from 'zod'
import { requiredText } from './fields'
import { samePlace } from './places'

export { compareCodePoints, normalizePlace, samePlace, type TravelTime } from './places'

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
