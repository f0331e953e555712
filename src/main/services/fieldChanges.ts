import type { Interview } from '../../shared/model/interview'

/** Fields the "changed" history entry covers; time and status have entries of their own. */
const TRACKED = [
  'company',
  'position',
  'contact',
  'mode',
  'location',
  'meetingUrl',
  'accessCode',
  'timeZone',
  'referenceNumber',
  'priority',
  'notes',
] as const

/** Key order does not make a change: a contact sent as {email, name} equals the stored {name, email}. */
const canonical = (value: unknown): string =>
  value !== null && typeof value === 'object'
    ? JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : JSON.stringify(value)
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

/** Each tracked field whose value differs, with its value before and after (an absent value is left out). */
export function fieldChanges(
  before: Interview,
  after: Interview,
): Record<string, { from?: unknown; to?: unknown }> {
  const changes: Record<string, { from?: unknown; to?: unknown }> = {}
  for (const field of TRACKED) {
    const from = before[field]
    const to = after[field]
    if (same(from, to)) continue
    changes[field] = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }
  }
  return changes
}
