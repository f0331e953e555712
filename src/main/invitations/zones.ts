import type { ParsedComponents } from 'chrono-node'
import { instantFromWallClock, wallClock, zonedInstant, zoneOffset } from '../../shared/time'
import { DIAL_IN_LIST } from './phones'
import { lineUpTo } from './text'
import { TIME_LABEL } from './timeWords'

/** Indonesian zone abbreviations and offsets, and named zones, as the IANA zone the interview is in. */
const OFFSET_ZONES: Record<number, string> = {
  420: 'Asia/Jakarta',
  480: 'Asia/Makassar',
  540: 'Asia/Jayapura',
}
/**
 * A zone named by its abbreviation, or by a place written as a zone: "Singapore time", "waktu Makassar",
 * "(Singapore)", "Time zone: Singapore". A place on its own beside a time is where, not when: "pukul 10.00 di
 * Plaza Singapore, Jakarta", "jam 10.00 di Jl. Makassar No. 5".
 */
const zoneNamed = (abbreviations: string, places: string) =>
  new RegExp(
    `\\b(?:${abbreviations})\\b|\\b(?:${places})[ \\t]+time\\b|\\bwaktu[ \\t]+(?:${places})\\b|\\((?:${places})(?:[ \\t]+time)?\\)|\\b(?:time[ \\t]*zone|zona[ \\t]+waktu)[ \\t]*:?[ \\t]*(?:${places})\\b`,
    'i',
  )
const NAMED_ZONES: [RegExp, string][] = [
  [zoneNamed('SGT', 'singapore|singapura'), 'Asia/Singapore'],
  [zoneNamed('MYT', 'kuala lumpur|malaysia'), 'Asia/Kuala_Lumpur'],
  [zoneNamed('WIB|waktu indonesia barat', 'jakarta'), 'Asia/Jakarta'],
  [zoneNamed('WITA|waktu indonesia tengah', 'makassar|bali'), 'Asia/Makassar'],
  [zoneNamed('WIT|waktu indonesia timur', 'jayapura'), 'Asia/Jayapura'],
  [zoneNamed('JST', 'tokyo|japan'), 'Asia/Tokyo'],
  [zoneNamed('AEDT|AEST', 'sydney'), 'Australia/Sydney'],
  [zoneNamed('GMT[ \\t]*\\/[ \\t]*BST', 'london|UK'), 'Europe/London'],
]

/**
 * A time's label that names its zone in brackets: "Waktu (WITA): 10.00 - 11.00", "Time (SGT): 2:00 PM",
 * "Waktu Wawancara (WITA): 10.00", and a label of the day and the time together, whose time comes last on
 * its line: "Hari/Tanggal/Waktu (WITA): Kamis, 3 Desember 2026 / 10.00".
 */
const ZONE_IN_LABEL = new RegExp(
  `(?:^|[\\s,;/])${TIME_LABEL}[ \\t]*(\\([^()\\n]{2,40}\\))[ \\t]*(?:[:：][^\\n]*)?$`,
  'i',
)

/**
 * The zone named beside a time (JST, "Singapore time"), which says more than the offset chrono reads from
 * it (a zone with summer time, not one fixed offset). The first zone named is the time's own: "10.00 WIT
 * (08.00 WIB)" is ten in Jayapura, and the bracket is the same instant for a reader in Jakarta. A zone after
 * the time that gives another instant than the offset the time itself states is such a bracket too. `others`
 * are the zones the same time is also written in ("3.30pm SGT / 2.30pm WIB").
 */
export function namedZone(
  text: string,
  time: { index: number; end: number; start: ParsedComponents },
  day: ParsedComponents,
  at: { instant: number; stated: boolean },
): { zone: string; source: string; others: string[] } | undefined {
  const label = ZONE_IN_LABEL.exec(lineUpTo(text, time.index))
  const labelled = label && NAMED_ZONES.find(([pattern]) => pattern.test(label[1]!))
  if (labelled) return { zone: labelled[1], source: label[0].trim(), others: [] }
  const near = text.slice(time.index, time.end + 25)
  const named: { zone: string; match: RegExpExecArray }[] = []
  for (const [pattern, zone] of NAMED_ZONES) {
    const match = pattern.exec(near)
    if (match) named.push({ zone, match })
  }
  const first = named.sort((a, b) => a.match.index - b.match.index)[0]
  if (!first) return undefined
  const after = first.match.index >= time.end - time.index
  if (after && at.stated && wallInstant(day, time.start, first.zone) !== at.instant) return undefined
  return { zone: first.zone, source: first.match[0], others: named.slice(1).map(({ zone }) => zone) }
}

/** Towns a venue names, by the zone they are in (of the zones a time can be written in, above). */
const TOWN_ZONES: [RegExp, string][] = [
  [
    /\b(?:jakarta|bandung|bekasi|bogor|depok|tangerang|cikarang|karawang|serang|cilegon|surabaya|sidoarjo|semarang|yogyakarta|jogja|solo|surakarta|malang|medan|palembang|pekanbaru|batam|padang|lampung|jambi|pontianak)\b/gi,
    'Asia/Jakarta',
  ],
  [
    /\b(?:makassar|bali|denpasar|badung|kuta|ubud|gianyar|seminyak|jimbaran|nusa dua|balikpapan|samarinda|banjarmasin|manado|kendari|kupang|mataram|lombok)\b/gi,
    'Asia/Makassar',
  ],
  [/\b(?:jayapura|ambon|sorong|manokwari|merauke|timika)\b/gi, 'Asia/Jayapura'],
  [/\b(?:singapore|singapura)\b/gi, 'Asia/Singapore'],
  [
    /\b(?:kuala lumpur|petaling jaya|subang jaya|selangor|cyberjaya|putrajaya|shah alam|klang|penang|pulau pinang|george town|bayan lepas|ipoh|melaka|johor bahru)\b/gi,
    'Asia/Kuala_Lumpur',
  ],
  [/\b(?:tokyo|osaka|japan|jepang)\b/gi, 'Asia/Tokyo'],
  [/\b(?:seoul|korea)\b/gi, 'Asia/Seoul'],
]

/**
 * Of the zones a time is written in, the one an onsite venue is in: a Singapore recruiter writes "3.30pm SGT /
 * 2.30pm WIB" for an interview at an office in Jakarta, which is held at half past two in Jakarta. The town
 * is the last one the address names (streets and shops are named after towns: "Jl. Lombok No. 12, Bandung",
 * "RM Padang …, Makassar"), and counts only when it is in one of `zones`.
 */
export function venueZone(venue: string, zones: readonly string[]): string | undefined {
  const last = lastTown(venue)
  return last && zones.includes(last.zone) ? last.zone : undefined
}

/** The last town an address names, where it stands, and its zone. */
function lastTown(venue: string): { at: number; end: number; zone: string } | undefined {
  let last: { at: number; end: number; zone: string } | undefined
  for (const [town, zone] of TOWN_ZONES)
    for (const match of venue.matchAll(town))
      if (!last || match.index > last.at) last = { at: match.index, end: match.index + match[0].length, zone }
  return last
}

/**
 * The time as held at an onsite venue. A time written in several zones (or with an offset alone) is the
 * venue's when its town is in one of them, the same instant. A time that states no zone at all is the venue's
 * wall clock: "10:00" for an office in Bali or Singapore is ten there, not ten in the user's zone, unless
 * `moveClock` is false (the text also speaks of a call or video). `moved` says the zone came from the venue.
 */
export function timeAtVenue<T extends VenueTime>(
  time: T,
  venue: string,
  moveClock = true,
): { time: T; moved: boolean } {
  if (time.zoneSource) {
    const local = time.otherZones && venueZone(venue, [time.timeZone, ...time.otherZones])
    return local && local !== time.timeZone
      ? { time: { ...time, timeZone: local }, moved: true }
      : { time, moved: false }
  }
  const local = moveClock ? closingTownZone(venue) : undefined
  if (!local || local === time.timeZone) return { time, moved: false }
  const held = heldAt(time.timeZone, local)
  const shifted = { ...time, startsAt: held(time.startsAt), timeZone: local }
  if (time.endsAt) shifted.endsAt = held(time.endsAt)
  if (time.choices) shifted.choices = time.choices.map((slot) => shiftSlot(slot, held))
  return { time: shifted, moved: true }
}

/** What `timeAtVenue` reads of a time (`InvitationTime`). */
interface VenueTime {
  startsAt: string
  endsAt?: string
  timeZone: string
  zoneSource?: string
  otherZones?: string[]
  choices?: { startsAt: string; endsAt?: string }[]
}

/** An instant on `from`'s wall clock as the same wall clock in `to`. */
export const heldAt =
  (from: string, to: string) =>
  (iso: string): string => {
    const { date, time } = wallClock(iso, from)
    return instantFromWallClock(date, time, to) ?? iso
  }

/** A slot's start and end, each `held` elsewhere. */
export function shiftSlot<S extends { startsAt: string; endsAt?: string }>(
  slot: S,
  held: (iso: string) => string,
): S {
  return { ...slot, startsAt: held(slot.startsAt), ...(slot.endsAt ? { endsAt: held(slot.endsAt) } : {}) }
}

/**
 * What may follow the town that closes an address, in any order: its district, a postcode, the province or
 * state ("Sulawesi Selatan", "Kaltim", "Wilayah Persekutuan Kuala Lumpur", "Selangor Darul Ehsan"), the
 * country, a note in brackets.
 */
const ADDRESS_TAIL =
  /^(?:[\s,.\-–]*(?:selatan|utara|barat|timur|pusat|tengah|tenggara|south|north|west|east|central|\d{5,6}|\([^()]*\)|indonesia|singapore|singapura|malaysia|japan|jepang|korea|provinsi|province|sulawesi|kalimantan|sumatera|sumatra|jawa|nusa tenggara|papua|maluku|bali|banten|riau|aceh|gorontalo|kaltim|kalsel|kalbar|kalteng|kaltara|sulsel|sulut|sulteng|sultra|sulbar|ntb|ntt|jabar|jateng|jatim|diy|(?:wilayah persekutuan|federal territory(?: of)?|w\.?[ \t]?p\.?)(?:[ \t]+(?:kuala lumpur|putrajaya|labuan))?|selangor|johor|penang|pulau pinang|darul[ \t]+\w+|daya))*[\s,.]*$/i

/**
 * The zone of the town an address closes with ("…, Kuta, Bali 80361", "…, Singapore 048616", "in Kuala
 * Lumpur"). A town in a building's or a street's name ("Wisma Bali, Jl. Kuningan", "Plaza Singapore, Jl.
 * Thamrin", both in Jakarta) says nothing of the clock: the time is only moved on a town the address ends with.
 */
function closingTownZone(venue: string): string | undefined {
  const last = lastTown(venue)
  if (!last || !ADDRESS_TAIL.test(venue.slice(last.end))) return undefined
  // After a comma, a dash, "in"/"di", "Kota", a federal territory ("Wilayah Persekutuan Kuala Lumpur", "W.P.
  // Kuala Lumpur"), a house number ("jl. ap pettarani no 5 makassar"), a postcode ("50400 Kuala Lumpur") or a
  // town of the same zone ("Nusa Dua Bali"): where an address names its town, not a building's name.
  const before = venue.slice(0, last.at)
  const town = TOWN_ZONES.find(([, zone]) => zone === last.zone)![0]
  const afterTown = new RegExp(`(?:${town.source})\\s*$`, 'i').test(before)
  return before.trim() === '' ||
    /(?:[,\-–]|\b(?:in|di|at|kota|wilayah persekutuan|federal territory of)|\bw\.?[ \t]?p\.?|\bno\.?[ \t]*\d+[a-z]?|\b\d{5})\s*$/i.test(
      before,
    ) ||
    afterTown
    ? last.zone
    : undefined
}

/** The wall time of a date and a time in a zone, as an instant. */
export function wallInstant(day: ParsedComponents, time: ParsedComponents, zone: string): number {
  return zonedInstant(
    day.get('year')!,
    day.get('month')!,
    day.get('day')!,
    time.isCertain('hour') ? time.get('hour')! : 0,
    time.isCertain('hour') ? (time.get('minute') ?? 0) : 0,
    0,
    zone,
  )
}

/**
 * The instant and zone: a stated offset (WIB, GMT+8) wins; otherwise the user's zone. An offset alone
 * (`offsetOnly`) is the user's zone when it has that offset then, else Indonesia's zone of that offset; the
 * rest of the message may say which zone of that offset it is (`offsetZone`).
 */
export function instantOf(
  day: ParsedComponents,
  time: ParsedComponents,
  userZone: string,
): { instant: number; zone: string; stated: boolean; offsetOnly?: boolean } {
  const stated = time.isCertain('timezoneOffset') ? time.get('timezoneOffset') : null
  if (stated === null || stated === undefined)
    return { instant: wallInstant(day, time, userZone), zone: userZone, stated: false }
  const instant = wallInstant(day, time, 'UTC') - stated * 60_000
  const zone =
    Math.round(zoneOffset(userZone, instant) / 60_000) === stated
      ? userZone
      : (OFFSET_ZONES[stated] ?? fixedZone(stated))
  return { instant, zone, stated: true, offsetOnly: true }
}

/** The zones of the region, where a time written with an offset alone ("11:00 AM (UTC+8)") may be held. */
const REGION_ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Tokyo',
  'Asia/Seoul',
]
/** Phone numbers of a country with one zone (its own, or in brackets: "(+65) 9123 4567"), by the zone. */
const PHONE_ZONES: [RegExp, string][] = [
  [/\(?\+65\)?[\s-]?[3689]\d{3}/, 'Asia/Singapore'],
  [/\(?\+60\)?[\s-]?\d/, 'Asia/Kuala_Lumpur'],
  [/\(?\+81\)?[\s-]?\d/, 'Asia/Tokyo'],
  [/\(?\+82\)?[\s-]?\d/, 'Asia/Seoul'],
]

/**
 * The zone a time written with an offset alone is held in, of the region's zones with that offset then: the
 * one the message gives a phone number of (the sender's country), else the one it names a town of, when it
 * names exactly one; else `guess`. A Singapore agency writing "11:00 AM (UTC+8)" with its +65 number calls at
 * eleven in Singapore, not in Makassar. A meeting's dial-in list says nothing of where anyone is.
 * `others` are the rest, for an onsite venue's town to choose from (`venueZone`).
 */
export function offsetZone(
  written: string,
  guess: string,
  instant: number,
): { zone: string; others: string[] } {
  const text = written.replace(DIAL_IN_LIST, '')
  const offset = zoneOffset(guess, instant)
  const zones = [
    guess,
    ...REGION_ZONES.filter((zone) => zone !== guess && zoneOffset(zone, instant) === offset),
  ]
  const named = (list: [RegExp, string][]) =>
    zones.filter((zone) => list.some(([pattern, of]) => of === zone && text.search(pattern) >= 0))
  const [byPhone, byTown] = [named(PHONE_ZONES), named(TOWN_ZONES)]
  const zone = byPhone.length === 1 ? byPhone[0]! : byTown.length === 1 ? byTown[0]! : guess
  return { zone, others: zones.filter((other) => other !== zone) }
}

/** The zones of the offsets not in whole hours that invitations to Indonesians are written in. */
const HALF_HOUR_ZONES: Record<number, string> = {
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  390: 'Asia/Yangon',
}

/** A fixed-offset zone (Etc/GMT signs are reversed); UTC for another offset not in whole hours. */
function fixedZone(offsetMinutes: number): string {
  if (offsetMinutes % 60 !== 0) return HALF_HOUR_ZONES[offsetMinutes] ?? 'UTC'
  const hours = offsetMinutes / 60
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`
}
