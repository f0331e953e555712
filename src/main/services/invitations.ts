import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { isKnownTimeZone } from '../../shared/model/fields'
import type { Interview } from '../../shared/model/interview'
import type { InvitationInterview, InvitationReading } from '../../shared/model/invitation'
import { listInterviews } from '../db/repos/interviews'
import type { ParsePool } from '../parsing/pool'
import { getSettings, type SystemDefaults } from './settings'

/**
 * Reads an invitation (pasted text or a dropped .eml, .ics or .txt) in the parsing worker and says which
 * interview it confirms or moves, if any. Nothing is stored.
 */
export async function parseInvitation(
  database: () => Database,
  parser: ParsePool,
  system: SystemDefaults,
  input: ChannelParsed<'invitations/parse'>,
  now: number,
): Promise<InvitationReading> {
  const zone = input.timeZone && isKnownTimeZone(input.timeZone) ? input.timeZone : undefined
  const timeZone = zone ?? getSettings(database(), system).timeZone
  const source = 'text' in input ? { text: input.text } : { base64: input.base64, fileName: input.fileName }
  const { reschedule, ...reading } = await parser.run({ kind: 'invitation', source, timeZone, now })
  const match = matchInterview(
    listInterviews(database(), { fromMs: now - 7 * 86_400_000 }),
    reading.interview,
    reschedule,
  )
  return match ? { ...reading, match } : reading
}

/** "PT. Nusantara Data Raya, Tbk" and "Nusantara Data Raya" are one company. */
const companyKey = (value: string) =>
  value
    .toLowerCase()
    .replace(/\b(?:pt|cv|tbk|persero|pte|ltd|inc|llc|sdn|bhd)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/**
 * The interview an invitation is about: the same reference number, or the same company (and position when
 * both say one). It is `same` when the time agrees, else an `update` that moves it.
 */
export function matchInterview(
  interviews: readonly Interview[],
  found: InvitationInterview,
  reschedule: boolean,
): InvitationReading['match'] {
  const active = interviews.filter(
    (interview) => !['cancelled', 'declined', 'completed'].includes(interview.status),
  )
  const byReference = found.referenceNumber
    ? active.filter(
        (interview) => interview.referenceNumber?.toLowerCase() === found.referenceNumber!.toLowerCase(),
      )
    : []
  const byCompany = found.company
    ? active.filter(
        (interview) =>
          companyKey(interview.company) === companyKey(found.company!) &&
          (!found.position || interview.position.toLowerCase() === found.position.toLowerCase()),
      )
    : []
  const candidates = byReference.length > 0 ? byReference : byCompany
  // Without a reference, only a message that says it moves an interview may match one of several.
  if (candidates.length === 0 || (byReference.length === 0 && candidates.length > 1 && !reschedule))
    return undefined
  const interview = candidates[0]!
  const same = !found.startsAt || found.startsAt === interview.startsAt
  return { interviewId: interview.id, kind: same ? 'same' : 'update' }
}
