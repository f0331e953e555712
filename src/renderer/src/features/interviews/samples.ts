import { addDays } from 'date-fns'
import { tz } from '@date-fns/tz'
import type { ChannelInput } from '../../../../shared/contract'
import { dayKey, instantFromWallClock } from '../../../../shared/time'

type Input = ChannelInput<'interviews/create'>

type Identity = Pick<Input, 'company' | 'position' | 'contact'>

const identityOf = (interview: Identity) =>
  `${interview.company}\n${interview.position}\n${interview.contact?.name ?? ''}`

/**
 * The samples' identities, worked out once: building the samples costs zone arithmetic, and the calendar
 * asks about every interview of the period it fetched after every change.
 */
let sampleIdentities: ReadonlySet<string> | undefined

/**
 * Whether an interview is one of the samples (same company, position and contact as one of them), so
 * they can be removed together once the user has seen enough.
 */
export function isSample(interview: Identity): boolean {
  sampleIdentities ??= new Set(sampleInterviews(new Date(0)).map(identityOf))
  return sampleIdentities.has(identityOf(interview))
}

/**
 * A realistic first week for a job seeker in Jakarta, starting tomorrow: two onsite interviews on one
 * day at different places, a video call, a phone screen, and one already confirmed.
 */
export function sampleInterviews(now: Date, zone = 'Asia/Jakarta'): Input[] {
  const at = (dayOffset: number, time: string) => {
    const date = dayKey(addDays(now, dayOffset, { in: tz(zone) }).getTime(), zone)
    return instantFromWallClock(date, time, zone) ?? now.toISOString()
  }
  return [
    {
      company: 'PT Nusantara Data Raya',
      position: 'Data Analyst',
      mode: 'onsite',
      location: 'Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan',
      startsAt: at(1, '09:00'),
      endsAt: at(1, '10:30'),
      timeZone: zone,
      status: 'confirmed',
      priority: 5,
      referenceNumber: 'NDR/HR/2026/117',
      contact: { name: 'Rina Kartika', role: 'recruiter', email: 'rina.kartika@example.co.id' },
    },
    {
      company: 'Bank Sentosa Makmur',
      position: 'Business Intelligence Officer',
      mode: 'onsite',
      location: 'Sentosa Tower, BSD City, Tangerang',
      startsAt: at(1, '11:00'),
      endsAt: at(1, '12:00'),
      timeZone: zone,
      status: 'invited',
      priority: 3,
      contact: { name: 'Agus Pranoto', role: 'hr', phone: '+62 812 5550 1234' },
    },
    {
      company: 'Kopi Kita Group',
      position: 'Junior Data Engineer',
      mode: 'video',
      meetingUrl: 'https://meet.example.com/kopi-kita-interview',
      startsAt: at(2, '14:00'),
      endsAt: at(2, '15:00'),
      timeZone: zone,
      status: 'invited',
      priority: 4,
      contact: { name: 'Dewi Lestari', role: 'hiring-manager' },
    },
    {
      company: 'Arunika Logistics',
      position: 'Reporting Analyst',
      mode: 'phone',
      startsAt: at(4, '10:00'),
      endsAt: at(4, '10:30'),
      timeZone: zone,
      status: 'invited',
      contact: { name: 'Michael Tan', role: 'recruiter', phone: '+65 6555 0199' },
      notes: 'Agency recruiter; ask whether the role is hybrid.',
    },
  ]
}
