import type { Interview } from '../model/interview'
import { normalizePlace, type TravelTime } from '../model/places'

/** What two consecutive interviews need between them, and why. */
export interface GapNeed {
  minutes: number
  reason: 'travel' | 'prep' | 'none'
  /** The recorded estimate used, when there was one, and its place that the second interview is at. */
  estimate?: TravelTime
  destination?: string
}

type Placed = Pick<Interview, 'mode' | 'location'>

/**
 * Looks up the travel estimates the user recorded. A location matches a place when it contains the place's
 * name ("Menara Sudirman Lt. 12, Jakarta" matches "Sudirman"); the most specific pair wins.
 */
export class TravelBook {
  private readonly byPair = new Map<string, TravelTime>()
  private readonly places: string[]
  private readonly names = new Map<string, string>()
  private readonly matches = new Map<string, string[]>()
  /** Normalizing an address on every comparison dominated large schedules: each is normalized once. */
  private readonly normalized = new Map<string, string>()

  constructor(
    estimates: readonly TravelTime[],
    private readonly defaults: { travelBufferMinutes: number; prepBufferMinutes: number },
  ) {
    const places = new Set<string>()
    for (const estimate of estimates) {
      const from = normalizePlace(estimate.from)
      const to = normalizePlace(estimate.to)
      this.byPair.set(`${from}\n${to}`, estimate)
      this.byPair.set(`${to}\n${from}`, estimate)
      places.add(from).add(to)
      this.names.set(from, estimate.from.trim())
      this.names.set(to, estimate.to.trim())
    }
    // Longest names first, so "bsd city" is preferred to "bsd".
    this.places = [...places].sort((a, b) => b.length - a.length)
  }

  /** The longest gap any pair can need: how far the clash finder must look ahead. */
  get maxMinutes(): number {
    let max = Math.max(this.defaults.travelBufferMinutes, this.defaults.prepBufferMinutes)
    for (const estimate of this.byPair.values()) max = Math.max(max, estimate.minutes)
    return max
  }

  /** The gap needed between `first` ending and `second` starting. */
  need(first: Placed, second: Placed): GapNeed {
    if (first.mode !== 'onsite' || second.mode !== 'onsite') {
      return { minutes: this.defaults.prepBufferMinutes, reason: 'prep' }
    }
    if (first.location && second.location && this.normal(first.location) === this.normal(second.location)) {
      return { minutes: 0, reason: 'none' }
    }
    return (
      this.estimate(first.location, second.location) ?? {
        minutes: this.defaults.travelBufferMinutes,
        reason: 'travel',
      }
    )
  }

  private estimate(a: string | undefined, b: string | undefined): GapNeed | undefined {
    if (!a || !b || this.byPair.size === 0) return undefined
    for (const from of this.placesIn(a)) {
      for (const to of this.placesIn(b)) {
        const estimate = this.byPair.get(`${from}\n${to}`)
        if (estimate)
          return {
            minutes: estimate.minutes,
            reason: 'travel',
            estimate,
            destination: this.names.get(to) ?? to,
          }
      }
    }
    return undefined
  }

  private normal(location: string): string {
    let normalized = this.normalized.get(location)
    if (normalized === undefined) {
      normalized = normalizePlace(location)
      this.normalized.set(location, normalized)
    }
    return normalized
  }

  private placesIn(location: string): string[] {
    let found = this.matches.get(location)
    if (!found) {
      const normalized = this.normal(location)
      found = this.places.filter((place) => normalized.includes(place))
      this.matches.set(location, found)
    }
    return found
  }
}

/**
 * A place as a short phrase for running text: the address up to its first comma ("Sentosa Tower, BSD
 * City, Tangerang" → "Sentosa Tower"), at most 40 characters.
 */
export function shortPlace(location: string | undefined): string {
  const first = (location ?? '').split(',')[0]!.trim()
  return first.length > 40 ? `${first.slice(0, 39).trimEnd()}…` : first
}
