import { seeded } from '../bench/measure'

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Singapore', 'Europe/London']

/** 10 000 single invitations like Google and Outlook send them, spread over a year, in several zones. */
export function calendarText(count: number): string {
  const random = seeded(42)
  const events: string[] = []
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(random() * 365) * 86_400_000)
    const stamp = `${day.toISOString().slice(0, 10).replace(/-/g, '')}T${String(8 + Math.floor(random() * 9)).padStart(2, '0')}${random() < 0.5 ? '00' : '30'}00`
    events.push(
      [
        'BEGIN:VEVENT',
        `UID:bench-${i}@example.com`,
        `DTSTAMP:20261120T081500Z`,
        `DTSTART;TZID=${ZONES[i % ZONES.length]}:${stamp}`,
        'DURATION:PT1H',
        `SUMMARY:Interview: Analyst ${i} - PT Perusahaan ${i % 500}`,
        `ORGANIZER;CN=Recruiter ${i % 50}:mailto:recruiter${i % 50}@example.co.id`,
        i % 3 === 0
          ? `LOCATION:Gedung ${i % 20}\\, Jl. Sudirman\\, Jakarta`
          : 'DESCRIPTION:Join: https://meet.google.com/abc-defg-hij',
        'END:VEVENT',
      ].join('\r\n'),
    )
  }
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', ...events, 'END:VCALENDAR', ''].join(
    '\r\n',
  )
}
