/**
 * A calendar's text cut into its frame (the calendar with its events taken out: its zones and METHOD) and
 * its events in groups. A large file is then read a group at a time, so the first events are read (and sent
 * to the import) while the rest is still text, and each group's parsed arrays are garbage before the next is
 * read. A group is read by the plain-event reader, or put back into a copy of the frame for ical.js.
 *
 * Only plain files are cut: one VCALENDAR with nothing after its END, every VEVENT directly inside it, its
 * BEGIN and END lines written exactly and none folded (nor any line starting with B or E, which a fold
 * could make one), no RECURRENCE-ID (an override is read with its series, which may be in another group)
 * and no VCARD (in which ical.js switches to vCard's rules for the rest of the file). Any other file gives
 * `undefined` and is parsed whole, as before.
 */
export interface CalendarChunks {
  frame: string
  /** Each group's events, as [start, end) offsets into the calendar's text (whole lines). */
  groups: EventRange[][]
  /** Some events as a calendar of their own, for ical.js: the frame with them put back before its END. */
  groupText(events: readonly EventRange[]): string
}

export type EventRange = readonly [start: number, end: number]

const BEGIN_EVENT = 'BEGIN:VEVENT'
const END_EVENT = 'END:VEVENT'

export function calendarChunks(part: string, perGroup: number): CalendarChunks | undefined {
  if (/^[ \t]*RECURRENCE-ID/im.test(part)) return undefined
  const events: EventRange[] = []
  let depth = 0
  let calendars = 0
  let eventStart = -1
  /** Where the line that closes the calendar starts (ical.js closes whatever is open, whatever END names). */
  let close = -1
  for (let at = 0; at < part.length;) {
    const newline = part.indexOf('\n', at)
    const next = newline < 0 ? part.length : newline + 1
    const first = part.charCodeAt(at) | 0x20
    // Only lines starting with b or e can open or close a component; the rest are skipped unread.
    if (first === 0x62 || first === 0x65) {
      const end = part.charCodeAt(next - 2) === 0x0d ? next - 2 : newline < 0 ? next : next - 1
      const upper = part.slice(at, Math.min(end, at + 16)).toUpperCase()
      // Folded, it could be a BEGIN or END that ical.js reads and this scan does not.
      const after = part.charCodeAt(next)
      if (after === 0x20 || after === 0x09) return undefined
      // Anything opened or closed after the calendar's END would be a calendar of ical.js's own.
      if (close >= 0 && (upper.startsWith('BEGIN:') || upper.startsWith('END:'))) return undefined
      if (upper.startsWith('BEGIN:')) {
        if (upper.startsWith('BEGIN:VCARD')) return undefined
        if (upper.startsWith('BEGIN:VCALENDAR')) calendars += 1
        if (upper.includes('VEVENT')) {
          if (end - at !== BEGIN_EVENT.length || !part.startsWith(BEGIN_EVENT, at) || depth !== 1)
            return undefined
          eventStart = at
        }
        depth += 1
      } else if (upper.startsWith('END:')) {
        depth -= 1
        if (depth === 0) close = at
        if (upper.includes('VEVENT')) {
          const exact = end - at === END_EVENT.length && part.startsWith(END_EVENT, at)
          if (!exact || depth !== 1) return undefined
          events.push([eventStart, next])
        }
      }
    }
    at = next
  }
  if (calendars !== 1 || depth !== 0 || events.length === 0) return undefined
  const frame: string[] = []
  let from = 0
  for (const [start, end] of events) {
    frame.push(part.slice(from, start))
    from = end
  }
  frame.push(part.slice(from))
  const whole = frame.join('')
  // For ical.js, events are put back into the frame before the calendar's END: it expands a series with the
  // VTIMEZONE of the calendar the event is in.
  const closeInFrame = close - (part.length - whole.length)
  const [head, tail] = [whole.slice(0, closeInFrame), whole.slice(closeInFrame)]
  const groups: EventRange[][] = []
  for (let first = 0; first < events.length; first += perGroup)
    groups.push(events.slice(first, first + perGroup))
  const groupText = (some: readonly EventRange[]) =>
    `${head}${some.map(([start, end]) => part.slice(start, end)).join('')}${tail}`
  return { frame: whole, groups, groupText }
}
