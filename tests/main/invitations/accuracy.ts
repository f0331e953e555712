import type { InvitationField, InvitationInterview } from '../../../src/shared/model/invitation'
import { readInvitation } from '../../../src/main/invitations/read'
import { ENGLISH } from './corpus-en'
import { HELD_OUT } from './corpus-heldout'
import { INDONESIAN } from './corpus-id'
import { PASTED_AT, type CorpusEntry } from './types'

export const CORPUS: CorpusEntry[] = [...INDONESIAN, ...ENGLISH]

export const FIELDS: InvitationField[] = [
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
  'contact.name',
  'contact.title',
  'contact.role',
  'contact.email',
  'contact.phone',
]

export function fieldValue(interview: InvitationInterview, field: InvitationField): string | undefined {
  if (field.startsWith('contact.'))
    return interview.contact?.[field.slice(8) as keyof NonNullable<InvitationInterview['contact']>]
  return interview[field as Exclude<InvitationField, `contact.${string}`>]
}

export function readEntry(entry: CorpusEntry) {
  return readInvitation(
    { text: entry.text, ...(entry.subject ? { subject: entry.subject } : {}) },
    { now: Date.parse(entry.now ?? PASTED_AT), timeZone: 'Asia/Jakarta' },
  )
}

export { HELD_OUT }

/** Per field: how many invitations gave the expected value (an absent field must stay absent). */
export function accuracy(
  corpus: CorpusEntry[] = CORPUS,
): { field: InvitationField; right: number; total: number; misses: string[] }[] {
  const readings = corpus.map((entry) => ({ entry, reading: readEntry(entry) }))
  return FIELDS.map((field) => {
    const misses = readings
      .filter(({ entry, reading }) => fieldValue(reading.interview, field) !== entry.expected[field])
      .map(
        ({ entry, reading }) =>
          `${entry.name}: got ${JSON.stringify(fieldValue(reading.interview, field))}, want ${JSON.stringify(entry.expected[field])}`,
      )
    return { field, right: readings.length - misses.length, total: readings.length, misses }
  })
}
