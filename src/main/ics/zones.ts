import ICAL from 'ical.js'
import { isKnownTimeZone } from '../../shared/knownZones'
import { zonedInstant } from '../../shared/time'
import type { RawProperty } from './fields'
import type { WallTime } from './wall'
import { ianaForOutlookZone } from './windowsZones'

type Component = InstanceType<typeof ICAL.Component>
type Timezone = InstanceType<typeof ICAL.Timezone>

/** How a time's zone is read: an IANA zone (or the user's, for floating times) or the file's own VTIMEZONE. */
export type ZoneReading = { kind: 'iana'; zone: string } | { kind: 'vtimezone'; timezone: Timezone }

/**
 * A VTIMEZONE that ical.js can expand safely. Real zones change offset at most a few times a year
 * (FREQ=YEARLY); any other rule ("FREQ=SECONDLY" from 1970) would make ical.js expand it without limit,
 * so such a zone is treated as unknown.
 */
function isBoundedZone(vtimezone: Component): boolean {
  for (const part of vtimezone.getAllSubcomponents()) {
    for (const rule of part.getAllProperties('rrule')) {
      const freq = String((rule.getFirstValue() as { freq?: string } | null)?.freq ?? '')
      if (freq !== 'YEARLY') return false
    }
    if (part.getAllProperties('rdate').length > 500) return false
  }
  return true
}

/** The zones of a file, read as each event's TZID asks for them. */
export class ZoneReader {
  private readonly zones = new Map<string, Timezone>()

  constructor(
    roots: Component[],
    private readonly userZone: string,
  ) {
    for (const root of roots) {
      for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
        const tzid = vtimezone.getFirstPropertyValue('tzid')
        if (typeof tzid !== 'string' || this.zones.has(tzid)) continue
        try {
          if (isBoundedZone(vtimezone)) this.zones.set(tzid, new ICAL.Timezone(vtimezone))
        } catch {
          // A malformed VTIMEZONE is as good as none: events in it are reported with an unknown zone.
        }
      }
    }
  }

  read(property: RawProperty | undefined): ZoneReading | { unknown: string } {
    const tzid = property?.[1].tzid
    if (typeof tzid !== 'string') return { kind: 'iana', zone: this.userZone }
    const iana = isKnownTimeZone(tzid) ? tzid : ianaForOutlookZone(tzid)
    if (iana) return { kind: 'iana', zone: iana }
    const own = this.zones.get(tzid)
    const location = own?.component.getFirstPropertyValue('x-lic-location')
    if (typeof location === 'string' && isKnownTimeZone(location)) return { kind: 'iana', zone: location }
    return own ? { kind: 'vtimezone', timezone: own } : { unknown: tzid }
  }

  instant(time: WallTime, reading: ZoneReading): number {
    if (time.isDate) return zonedInstant(time.year, time.month, time.day, 0, 0, 0, this.userZone)
    if (time.utc) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)
    if (reading.kind === 'vtimezone') {
      const local = ICAL.Time.fromData({ ...time, isDate: false })
      local.zone = reading.timezone
      return local.toUnixTime() * 1000
    }
    return zonedInstant(time.year, time.month, time.day, time.hour, time.minute, time.second, reading.zone)
  }
}
