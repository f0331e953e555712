import type ICAL from 'ical.js'
import { LIMITS } from '../../shared/model/limits'
import { accessCode, meetingLink, reference } from '../invitations/details'
import { contactOf } from '../invitations/people'
import { positionOf } from '../invitations/positions'
import { plainText, withoutBoilerplate, withoutLeadingEmoji } from '../invitations/text'
import { splitSummary } from '../invitations/summary'
import type { ReadName } from './plainEvents'
import { unescapeText } from './writer'

/** An ical.js component, or an event read by the plain-calendar reader: both hold ical.js's arrays. */
export type EventLike = Pick<InstanceType<typeof ICAL.Component>, 'jCal'>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A property as ical.js parsed it: [name, parameters, value type, value, …], text already unescaped. */
export type RawProperty = [string, Record<string, unknown>, string, ...unknown[]]

/**
 * The first property of that (lower-case) name, read from the parsed arrays: ical.js's Property wrappers
 * cost more than the reading itself, which a 10 000-event import feels. The plain-event reader keeps only
 * the names in `ReadName`.
 */
export function rawProperty(component: EventLike, name: ReadName): RawProperty | undefined {
  for (const property of component.jCal[1] as RawProperty[]) if (property[0] === name) return property
  return undefined
}

const text = (component: EventLike, name: ReadName): string | undefined => {
  const value = rawProperty(component, name)?.[3]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}
const clip = (value: string | undefined, max: number) =>
  value && value.length > max ? value.slice(0, max) : value

/** What an event's DESCRIPTION says, read once per distinct text. */
interface Described {
  body: string
  link: string | undefined
  reference: string | undefined
  code: string | undefined
  phone: string | undefined
  notes: string | undefined
  /** Read only when the summary names no position. */
  position?: { value: string | undefined }
}

/**
 * The readings of a file's descriptions by text: invitations from one organizer repeat the same Zoom, Teams
 * or Meet text (and a series its own), and reading one costs more than the rest of the event.
 */
export class DescriptionReader {
  private readonly known = new Map<string, Described>()

  read(description: string): Described {
    const cached = this.known.get(description)
    if (cached) return cached
    const plain = plainText(description)
    const body = withoutLeadingEmoji(plain)
    const described: Described = {
      body,
      link: meetingLink(body)?.value,
      reference: reference(body)?.value,
      code: accessCode(body)?.value,
      // libphonenumber is the slow part of reading: only when the text holds something like a number.
      phone: /\d{3}[\s.-]?\d{3}/.test(body) ? contactOf(body).phone?.value : undefined,
      notes: withoutBoilerplate(plain),
    }
    if (this.known.size < 1000) this.known.set(description, described)
    return described
  }

  position(described: Described): string | undefined {
    described.position ??= { value: positionOf(described.body)?.value }
    return described.position.value
  }
}

/** Everything but the times, read from an invitation's VEVENT. */
export function invitationFields(
  event: EventLike,
  cancelled: boolean,
  descriptions: DescriptionReader,
): Record<string, unknown> {
  const summary = text(event, 'summary') ?? 'Interview'
  const organizer = rawProperty(event, 'organizer')
  const organizerName =
    typeof organizer?.[1].cn === 'string' ? organizer[1].cn.replace(/^"|"$/g, '') : undefined
  // Organizers come quoted ("mailto:…"), in upper case or without mailto:; an odd one only loses the email.
  const organizerEmail = String(organizer?.[3] ?? '')
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/^mailto:/i, '')
  const description = text(event, 'description')
  const read = description ? descriptions.read(description) : undefined
  const split = splitSummary(summary, organizerName)
  // The description is read like any invitation (the same reader as a paste): its stated position wins over
  // a summary that names none, and it carries the reference, the passcode and the contact's phone.
  const described = read && split.position === summary ? descriptions.position(read) : undefined
  const { company } = split
  const position = described ?? split.position
  const location = text(event, 'location')
  const url = text(event, 'url')
  const link =
    (url && meetingLink(url)?.value) || (location && meetingLink(location)?.value) || read?.link || undefined
  const mode = link ? 'video' : location ? 'onsite' : 'video'
  const found: Partial<Described> = read ?? {}
  const notes = read?.notes
  // Plain assignments rather than conditional spreads: this runs once per event of a 10 000-event file.
  const contact: Record<string, string> = {}
  if (organizerName?.trim()) contact.name = clip(organizerName.trim(), LIMITS.contactName)!
  if (EMAIL.test(organizerEmail)) contact.email = organizerEmail
  if (found.phone) contact.phone = found.phone
  const status = cancelled || text(event, 'status')?.toUpperCase() === 'CANCELLED' ? 'cancelled' : 'invited'
  const fields: Record<string, unknown> = {
    company: clip(company.trim(), LIMITS.company),
    position: clip(position.trim(), LIMITS.position),
    contact,
    mode,
  }
  if (mode === 'onsite' && location) fields.location = clip(location, LIMITS.location)
  if (link) fields.meetingUrl = link
  fields.status = status
  if (found.reference) fields.referenceNumber = clip(found.reference, LIMITS.referenceNumber)
  if (found.code) fields.accessCode = clip(found.code, LIMITS.accessCode)
  if (notes) fields.notes = clip(notes, LIMITS.notes)
  return fields
}

/** The fields our own export carries as X- properties; they win over anything guessed. */
export function exportedFields(event: EventLike): Record<string, unknown> {
  // Both readers leave X- properties as written (type "unknown"), so their TEXT escapes are undone here;
  // without this every export → import added a backslash before "," ";" and "\".
  const own = (key: string) => {
    const value = rawProperty(event, `x-interview-desk-${key}`)?.[3]
    return typeof value === 'string' && value !== '' ? unescapeText(value) : undefined
  }
  // Most events are someone else's invitation: one look for our company field settles it.
  if (!own('company')) return {}
  // Since version 2 the exact texts ride in X- properties; DESCRIPTION is written for people.
  const exact = own('version') !== undefined
  const contact = Object.fromEntries(
    (['name', 'title', 'role', 'email', 'phone'] as const)
      .map((key) => [key, own(`contact-${key}`)])
      .filter(([, value]) => value !== undefined),
  )
  const priority = own('priority')
  const fields: Record<string, unknown> = {
    company: own('company'),
    position: own('position'),
    mode: own('mode'),
    status: own('status'),
    timeZone: own('timezone'),
    priority: priority === undefined ? undefined : Number(priority),
    referenceNumber: own('reference'),
    accessCode: own('access-code'),
    contact,
    location: exact ? own('location') : text(event, 'location'),
    meetingUrl: exact ? own('meeting-url') : text(event, 'url'),
    notes: exact ? own('notes') : text(event, 'description'),
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}
