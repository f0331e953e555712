import { randomUUID } from 'node:crypto'

/** The last id's milliseconds and its count within them (12 bits). */
let lastMs = 0
let count = 0

/**
 * A new interview id: a version 7 UUID (RFC 9562), whose first 48 bits are the time it was made, so ids
 * made one after another sort one after another. SQLite keeps the id index and the history's index by
 * interview in id order: random (version 4) ids land on a random page each, while these go to the end of
 * the index, which cost ~40 % less to write the history of a 10 000-event import. The 12 bits after the
 * milliseconds count ids made within one millisecond (RFC 9562 § 6.2, method 1); past 4096 the count
 * carries into the milliseconds, so ids stay in order even if the clock steps back. The last 62 bits are
 * random, taken from a version 4 UUID.
 */
export function newInterviewId(nowMs = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs
    count = 0
  } else if (++count === 4096) {
    lastMs += 1
    count = 0
  }
  const time = lastMs.toString(16).padStart(12, '0')
  const counter = count.toString(16).padStart(3, '0')
  // A v4 UUID's last two groups: the variant bits (10) that v7 keeps, then 62 random bits.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter}-${randomUUID().slice(19)}`
}
