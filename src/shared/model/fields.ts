import { z } from 'zod'
import { isKnownTimeZone } from '../knownZones'

export { isKnownTimeZone }

/**
 * Field helpers shared by every model. Error messages are stable keys (`required`, `too_long`, …) that
 * `toFieldIssues` turns into FieldIssues and the renderer translates; they never reach a user raw.
 */
/**
 * Error function for a schema: a missing value is `required`, a malformed one `expected`; bounds
 * (too_small, too_big) keep zod's own issue so their limit travels along.
 */
export const typeError =
  (expected: string) =>
  (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code === 'too_small' || issue.code === 'too_big') return undefined
    return issue.input === undefined ? 'required' : expected
  }

/** C0 control characters other than tab and line breaks: invisible, and a sign of pasted binary. */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true
  }
  return false
}

export const text = (max: number) =>
  z
    .string({ error: typeError('expected_text') })
    .trim()
    .max(max, { error: 'too_long' })
    .refine((value) => !hasControlCharacter(value), { error: 'control_chars' })

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, { error: 'required' }))

/** ISO 8601 instant in UTC with `Z`, as the contract stores and sends every time. */
export const instant = z.iso.datetime({ error: typeError('invalid_instant') })

export const timeZone = z
  .string({ error: typeError('expected_text') })
  .refine(isKnownTimeZone, { error: 'invalid_zone' })

export const email = z.email({ error: typeError('invalid_email') }).max(254, { error: 'too_long' })

/** Only web links: `javascript:`, `file:` and friends are refused. */
export const webUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'invalid_url' })
  .max(2000, { error: 'too_long' })

export const phone = z
  .string({ error: typeError('expected_text') })
  .trim()
  .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, { error: 'invalid_phone' })
