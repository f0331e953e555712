/**
 * A calendar's text cut into its frame (the calendar with its events taken out: its zones and METHOD) and
 * its events in groups. A large file is then read a group at a time, so the first events are read (and sent
 * to the import) while the rest is still text, and each group's parsed arrays are garbage before the next is
 * read. A group is read by the plain-event reader, or put back into a copy of the frame for ical.js.
 *
 * Only plain files are cut: one VCALENDAR, every VEVENT directly inside it, its BEGIN and END lines written
 * exactly, and no RECURRENCE-ID (an override is read with its series, which may be in another group). Any
 * other file gives `undefined` and is parsed whole, as before.
 */
export interface CalendarChunks {
  frame: string
  /** Each group's events, as [start, end) offsets into the calendar's text (whole lines). */
  groups: EventRange[][]
  /** A group as a calendar of its own, for ical.js. */
  groupText(group: EventRange[]): string
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
  for (let at = 0; at < part.length;) {
    const newline = part.indexOf('\n', at)
    const next = newline < 0 ? part.length : newline + 1
    const first = part.charCodeAt(at) | 0x20
    // Only lines starting with b or e can open or close a component; the rest are skipped unread.
    if (first === 0x62 || first === 0x65) {
      const end = part.charCodeAt(next - 2) === 0x0d ? next - 2 : newline < 0 ? next : next - 1
      const upper = part.slice(at, Math.min(end, at + 16)).toUpperCase()
      if (upper.startsWith('BEGIN:')) {
        if (upper.startsWith('BEGIN:VCALENDAR')) calendars += 1
        if (upper.includes('VEVENT')) {
          if (end - at !== BEGIN_EVENT.length || !part.startsWith(BEGIN_EVENT, at) || depth !== 1)
            return undefined
          eventStart = at
        }
        depth += 1
      } else if (upper.startsWith('END:')) {
        depth -= 1
        if (upper.includes('VEVENT')) {
          // A folded END line (its next line starts with a space) is not cut: ical.js would join them.
          const after = part.charCodeAt(next)
          const exact = end - at === END_EVENT.length && part.startsWith(END_EVENT, at)
          if (!exact || depth !== 1 || after === 0x20 || after === 0x09) return undefined
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
  // Each group is the frame with its events put back before END:VCALENDAR: ical.js expands a series with
  // the VTIMEZONE of the calendar the event is in.
  const close = /^END:VCALENDAR/im.exec(whole)!.index
  const [head, tail] = [whole.slice(0, close), whole.slice(close)]
  const groups: EventRange[][] = []
  for (let first = 0; first < events.length; first += perGroup)
    groups.push(events.slice(first, first + perGroup))
  const groupText = (group: EventRange[]) => `${head}${part.slice(group[0]![0], group.at(-1)![1])}${tail}`
  return { frame: whole, groups, groupText }
}
