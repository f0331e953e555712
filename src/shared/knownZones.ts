/** Zone names, apart from the schemas: the .ics reader checks them without loading zod. */

const zoneShape = /^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/

const knownZones = new Map<string, boolean>()

/**
 * True for an IANA zone name this runtime knows (rejects offsets such as "+07:00"). Answers are kept:
 * building an Intl.DateTimeFormat costs tens of microseconds, which a 10 000-event import feels.
 */
export function isKnownTimeZone(zone: string): boolean {
  const known = knownZones.get(zone)
  if (known !== undefined) return known
  let answer = zoneShape.test(zone)
  if (answer) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
    } catch {
      answer = false
    }
  }
  if (knownZones.size < 1000) knownZones.set(zone, answer)
  return answer
}
