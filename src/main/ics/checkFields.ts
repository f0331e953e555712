import { isKnownTimeZone } from '../../shared/knownZones'
import { isRealDate } from './realDate'
import { email, hasControlCharacter, phone, webUrl } from '../../shared/model/fields'
import {
  CONTACT_ROLES,
  CONTACT_TITLES,
  LIMITS,
  MODES,
  STATUSES,
  interviewInputSchema,
  type InterviewFields,
} from '../../shared/model/interview'
import { MAX_DURATION_MS } from '../../shared/model/limits'
import { instantMs } from '../../shared/time'

/**
 * A quick check of the fields our .ics reader produced, for a 10 000-event import where running the full
 * interview schema on each event cost more than reading the file. It accepts only values that are plainly
 * valid (trimmed, within bounds, known choices, instants as toISOString writes them) and builds exactly the
 * value the schema would give; anything else (an unknown key, a blank, an odd value) answers `undefined`,
 * and the caller asks the schema, which names the problem. Emails, phones and links are checked by the
 * schema's own field rules, once per distinct value. `tests/main/ics-check-fields.test.ts` holds the two
 * to the same answers.
 */
const SHAPE_KEYS = Object.keys(interviewInputSchema.shape)
const SHAPE_SET = new Set(SHAPE_KEYS)
const TEXT_LIMITS: Record<string, number> = {
  company: LIMITS.company,
  position: LIMITS.position,
  location: LIMITS.location,
  accessCode: LIMITS.accessCode,
  referenceNumber: LIMITS.referenceNumber,
  notes: LIMITS.notes,
}
/** Keys without a default that the schema requires. */
const REQUIRED = new Set(['company', 'position', 'mode', 'startsAt', 'endsAt', 'timeZone'])
const CONTACT_KEYS = ['name', 'title', 'role', 'email', 'phone'] as const
const CONTACT_SET = new Set<string>(CONTACT_KEYS)
/** toISOString's form with fields in range; the day is checked against its month below. */
const CANONICAL_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/

const plainText = (value: unknown, max: number): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= max &&
  value.trim() === value &&
  !hasControlCharacter(value)

const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && CANONICAL_INSTANT.test(value) && isRealDate(value)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export class ReaderFieldsCheck {
  /** Field schema results by value: a file repeats its organizers and meeting links. */
  private readonly known = new Map<string, string | undefined>()

  private field(kind: 'email' | 'phone' | 'url', value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined
    const key = `${kind}\u0000${value}`
    if (this.known.has(key)) return this.known.get(key)
    const schema = kind === 'email' ? email : kind === 'phone' ? phone : webUrl
    const checked = schema.safeParse(value)
    const answer = checked.success ? checked.data : undefined
    if (this.known.size < 10_000) this.known.set(key, answer)
    return answer
  }

  private contact(value: unknown): Record<string, string> | undefined {
    if (value === undefined) return {}
    if (!isRecord(value)) return undefined
    for (const key in value) if (!CONTACT_SET.has(key)) return undefined
    const contact: Record<string, string> = {}
    for (const key of CONTACT_KEYS) {
      if (!(key in value)) continue
      const item = value[key]
      let checked: string | undefined
      if (key === 'name') checked = plainText(item, LIMITS.contactName) ? item : undefined
      else if (key === 'title')
        checked = (CONTACT_TITLES as readonly unknown[]).includes(item) ? (item as string) : undefined
      else if (key === 'role')
        checked = (CONTACT_ROLES as readonly unknown[]).includes(item) ? (item as string) : undefined
      else checked = this.field(key, item)
      if (checked === undefined) return undefined
      contact[key] = checked
    }
    return contact
  }

  /** The schema's value for plainly valid fields, or `undefined` when the schema must decide. */
  check(fields: Record<string, unknown>): InterviewFields | undefined {
    for (const key in fields) if (!SHAPE_SET.has(key)) return undefined
    const out: Record<string, unknown> = {}
    for (const key of SHAPE_KEYS) {
      const present = key in fields
      const value = fields[key]
      if (present && value === undefined) return undefined
      if (key === 'contact') {
        const contact = this.contact(value)
        if (!contact) return undefined
        out.contact = contact
      } else if (key === 'status') {
        if (!present) out.status = 'invited'
        else if ((STATUSES as readonly unknown[]).includes(value)) out.status = value
        else return undefined
      } else if (!present) {
        if (REQUIRED.has(key)) return undefined
      } else if (key in TEXT_LIMITS) {
        if (!plainText(value, TEXT_LIMITS[key]!)) return undefined
        out[key] = value
      } else if (key === 'mode') {
        if (!(MODES as readonly unknown[]).includes(value)) return undefined
        out.mode = value
      } else if (key === 'meetingUrl') {
        const url = this.field('url', value)
        if (url === undefined) return undefined
        out.meetingUrl = url
      } else if (key === 'startsAt' || key === 'endsAt') {
        if (!isInstant(value)) return undefined
        out[key] = value
      } else if (key === 'timeZone') {
        if (typeof value !== 'string' || !isKnownTimeZone(value)) return undefined
        out.timeZone = value
      } else if (key === 'priority') {
        if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 5) return undefined
        out.priority = value
      } else return undefined
    }
    // The schema's time rule (timeIssues) on instants already known to be canonical and real, where the
    // quick reader of instants gives what Date.parse gives, at a fraction of its cost.
    const times = out as { startsAt: string; endsAt: string }
    const duration = instantMs(times.endsAt) - instantMs(times.startsAt)
    if (!(duration > 0) || duration > MAX_DURATION_MS) return undefined
    return out as InterviewFields
  }
}
