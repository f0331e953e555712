import { parseInvitations } from '../ics/parse'

/** A fixed moment for the practice read: series are expanded around it. */
const PRACTICE_NOW = Date.UTC(2026, 0, 15, 3)
const ZONES = ['Asia/Jakarta', 'Europe/London', 'SE Asia Standard Time', 'Practice/Zone']

/**
 * A small calendar like the ones people import (Google, Outlook and our own export), with every common
 * path of the reader in it: zones named three ways, DTEND and DURATION, UTC and all-day times, meeting
 * links and phone numbers in descriptions, a weekly series with a moved occurrence, a cancellation. Without
 * `series`, it holds single events only, as most large files do, and is read by the plain-event reader.
 */
export function practiceCalendar(events: number, offset = 0, series = true): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//interview-desk//practice//EN']
  lines.push('BEGIN:VTIMEZONE', 'TZID:Practice/Zone', 'BEGIN:STANDARD', 'DTSTART:19700101T000000')
  lines.push('TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE')
  for (let n = offset; n < offset + events; n += 1) {
    const day = String(1 + (n % 28)).padStart(2, '0')
    const month = String(1 + (n % 12)).padStart(2, '0')
    const start = `2026${month}${day}T${String(8 + (n % 9)).padStart(2, '0')}${n % 2 ? '30' : '00'}00`
    lines.push('BEGIN:VEVENT', `UID:practice-${n}@interview-desk`, 'DTSTAMP:20260101T000000Z')
    if (n % 7 === 6) lines.push(`DTSTART:${start}Z`, `DTEND:${start.slice(0, 9)}23${start.slice(11)}Z`)
    else lines.push(`DTSTART;TZID=${ZONES[n % ZONES.length]}:${start}`, 'DURATION:PT1H')
    lines.push(`SUMMARY:Interview: Engineer ${n % 13} - PT Latihan ${n % 17}`)
    lines.push(`ORGANIZER;CN=Recruiter ${n % 5}:mailto:recruiter${n % 5}@example.co.id`)
    if (n % 3 === 0) lines.push(`LOCATION:Gedung ${n % 4}\\, Jl. Sudirman\\, Jakarta`)
    else if (n % 3 === 1) lines.push(`DESCRIPTION:Join: https://meet.google.com/abc-defg-${n % 10}xy`)
    else lines.push(`DESCRIPTION:Teams https://teams.microsoft.com/l/${n % 10}\\nCall +62 21 555 01${n % 10}`)
    if (n % 11 === 10) lines.push('STATUS:CANCELLED')
    const repeats = series && n % 25 === 24
    if (repeats) lines.push('RRULE:FREQ=WEEKLY;COUNT=30')
    lines.push('END:VEVENT')
    if (repeats) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:practice-${n}@interview-desk`,
        `RECURRENCE-ID;TZID=${ZONES[n % 4]}:${start}`,
      )
      lines.push(`DTSTART;TZID=${ZONES[n % 4]}:${start.slice(0, 9)}15${start.slice(11)}`, 'DURATION:PT45M')
      lines.push('SUMMARY:Interview (moved)', 'END:VEVENT')
    }
  }
  lines.push('END:VCALENDAR', '')
  return lines.join('\r\n')
}

/** A round's practice calendar: with series and without in turn. */
export const practiceText = (round: number, events: number) =>
  practiceCalendar(events, round * events, round % 2 === 0)

/**
 * Runs the .ics reader on practice calendars while the worker is idle, so that the first real import runs
 * optimised code rather than code the engine has never seen (about twice as slow). It reads one small
 * calendar per turn of the event loop, with series and without in turn (a file of single events takes the
 * plain-event reader), and stops as soon as `busy` says a real task has arrived.
 */
export async function warmUp(busy: () => boolean, rounds = 30, events = 50): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await new Promise((resolve) => setImmediate(resolve))
    if (busy()) return
    parseInvitations(practiceText(round, events), {
      userZone: 'Asia/Jakarta',
      now: PRACTICE_NOW,
    })
  }
}
