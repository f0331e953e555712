import type { InvitationReading } from '../../shared/model/invitation'
import { READ_CHARS } from '../../shared/model/invitation'
import { decodeIcs } from '../ics/decode'
import { parseInvitations } from '../ics/parse'
import { readEmail } from './eml'
import { readInvitation } from './read'

type Reading = Omit<InvitationReading, 'match'> & { reschedule: boolean }
type Options = { now: number; timeZone: string }

/** Text that is mostly control characters is a binary file pasted or dropped by mistake. */
function isBinary(text: string): boolean {
  const sample = text.slice(0, 4096)
  let control = 0
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i)
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd)
      control += 1
  }
  return sample.length > 0 && control / sample.length > 0.05
}

const empty = (notices: Reading['notices']): Reading => ({
  interview: {},
  sources: {},
  missing: ['company', 'position', 'startsAt'],
  notices,
  reschedule: false,
})

/** Pasted text, or the text of a dropped .txt file. */
export function fromText(raw: string, options: Options, subject?: string): Reading {
  if (isBinary(raw)) return empty(['binary'])
  if (/^\s*BEGIN:VCALENDAR/im.test(raw.slice(0, 2000))) return fromCalendar(raw, options)
  const notices: Reading['notices'] = raw.length > READ_CHARS ? ['truncated'] : []
  const text = raw.slice(0, READ_CHARS)
  if (!text.trim()) return empty(['no-text'])
  const reading = readInvitation({ text, ...(subject ? { subject } : {}) }, options)
  return { ...reading, notices: reading.reschedule ? [...notices, 'reschedule'] : notices }
}

/** A calendar invitation: its first event's fields, its description read like any invitation. */
function fromCalendar(text: string, options: Options): Reading {
  let parsed
  try {
    parsed = parseInvitations(text, { userZone: options.timeZone, now: options.now })
  } catch {
    return empty(['calendar-file'])
  }
  const first = parsed.invitations[0]
  if (!first) return empty(['calendar-file'])
  const fields = first.fields as Reading['interview'] & { notes?: string }
  const title = [fields.company, fields.position].filter(Boolean).join(' – ')
  const reading: Reading = { interview: {}, sources: {}, missing: [], notices: [], reschedule: false }
  const keys = [
    'company',
    'position',
    'startsAt',
    'endsAt',
    'timeZone',
    'mode',
    'location',
    'meetingUrl',
    'accessCode',
    'referenceNumber',
  ] as const
  for (const key of keys) {
    const value = fields[key]
    if (typeof value !== 'string' || !value) continue
    ;(reading.interview as Record<string, unknown>)[key] = value
    // The calendar file is the source: its title for company and position, the value itself otherwise.
    reading.sources[key] = key === 'company' || key === 'position' ? `.ics: ${title}` : `.ics: ${value}`
  }
  const contact = fields.contact ?? {}
  if (Object.keys(contact).length > 0) reading.interview.contact = contact
  for (const key of ['name', 'email', 'phone'] as const)
    if (contact[key]) reading.sources[`contact.${key}`] = `ORGANIZER: ${contact[key]}`
  for (const key of ['company', 'position', 'startsAt'] as const)
    if (!reading.interview[key]) reading.missing.push(key)
  return reading
}

/** A dropped file: .eml (with its text and any .ics attachment), .ics or .txt. */
export async function fromFile(bytes: Uint8Array, fileName: string, options: Options): Promise<Reading> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'ics') return fromCalendar(decodeIcs(bytes).text, options)
  if (extension === 'txt' || extension === 'text') return fromText(decodeIcs(bytes).text, options)
  if (extension !== 'eml') return empty(['unsupported-file'])
  const email = await readEmail(bytes)
  const body = email.text
    ? readInvitation({ text: email.text.slice(0, READ_CHARS), ...email }, options)
    : undefined
  const calendar = email.calendar ? fromCalendar(email.calendar, options) : undefined
  if (!body && !calendar) return empty(['no-text'])
  if (!calendar || calendar.notices.length > 0) {
    if (!body) return empty(['no-text'])
    return { ...body, notices: body.reschedule ? ['reschedule'] : [] }
  }
  if (!body) return calendar
  // The calendar attachment is exact about the time; the body knows reference, code and contact better.
  const interview = { ...body.interview, ...calendar.interview }
  interview.contact = { ...calendar.interview.contact, ...body.interview.contact }
  for (const key of ['referenceNumber', 'accessCode', 'position', 'company'] as const)
    if (body.interview[key]) interview[key] = body.interview[key]
  const sources = { ...body.sources, ...calendar.sources }
  for (const key of ['referenceNumber', 'accessCode', 'position', 'company'] as const)
    if (body.sources[key]) sources[key] = body.sources[key]
  // The body's day without an hour stands only when no calendar part gives the time.
  const day = interview.startsAt ? undefined : body.day
  const missing = (['company', 'position', 'startsAt'] as const)
    .filter((key) => !interview[key])
    .map((key) => (key === 'startsAt' && day ? ('startTime' as const) : key))
  return {
    interview,
    sources,
    missing,
    ...(day ? { day } : {}),
    notices: body.reschedule ? ['reschedule'] : [],
    reschedule: body.reschedule,
  }
}
