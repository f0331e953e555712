import type { Database } from 'better-sqlite3'
import type { ChannelParsed } from '../../shared/contract'
import { isKnownTimeZone } from '../../shared/model/fields'
import type { Interview } from '../../shared/model/interview'
import type { InvitationInterview, InvitationMatch, InvitationReading } from '../../shared/model/invitation'
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
  const settings = getSettings(database(), system)
  const timeZone = zone ?? settings.timeZone
  const source = 'text' in input ? { text: input.text } : { base64: input.base64, fileName: input.fileName }
  const { reschedule, ...reading } = await parser.run({
    kind: 'invitation',
    source,
    timeZone,
    now,
    holidayCountry: settings.holidayCountry,
  })
  const match = matchInterview(
    listInterviews(database(), { fromMs: now - 7 * 86_400_000 }),
    reading.interview,
    reschedule,
    now,
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
 * both say one), or, for a message that moves an interview, the one request that proposed its time. It is
 * `same` when the time agrees, else an `update` that moves it, which answers a pending request if any. An
 * interview already over (by `now`) is not moved by a message that says nothing of moving it: a new time from
 * the same company is the next round ("lolos interview HR … interview user"), a new interview of its own.
 */
export function matchInterview(
  interviews: readonly Interview[],
  found: InvitationInterview,
  reschedule: boolean,
  now?: number,
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
  // A short reply naming no company ("kami pindahkan ke Kamis, 10 Desember pukul 14.00") is still known
  // by its time when exactly one pending request proposed that time.
  const byProposal =
    reschedule && found.startsAt
      ? active.filter((interview) =>
          interview.reschedule?.proposed.some(
            (slot) => Date.parse(slot.startsAt) === Date.parse(found.startsAt!),
          ),
        )
      : []
  const matched =
    byReference.length > 0
      ? byReference
      : byCompany.length > 0
        ? byCompany
        : byProposal.length === 1
          ? byProposal
          : []
  // A message that moves an interview is most likely the answer to the request we sent about it.
  const waiting = reschedule ? matched.filter((interview) => interview.reschedule) : []
  const candidates = waiting.length === 1 ? waiting : matched
  // Without a reference, only a message that says it moves an interview may match one of several.
  if (candidates.length === 0 || (byReference.length === 0 && candidates.length > 1 && !reschedule))
    return undefined
  const interview = candidates[0]!
  const same = !found.startsAt || found.startsAt === interview.startsAt
  if (same) return { interviewId: interview.id, kind: 'same' }
  if (!reschedule && byReference.length === 0 && now !== undefined && Date.parse(interview.endsAt) <= now)
    return undefined
  const answer = answerOf(interview, found.startsAt!, found.endsAt)
  return { interviewId: interview.id, kind: 'update', ...(answer ? { answer } : {}) }
}

/**
 * A new time for an interview with a pending reschedule request is the company's answer to it: one of the
 * times we proposed (its end too, unless the message states one), or another time of their choosing
 * (which keeps the interview's length unless the message states an end).
 */
function answerOf(
  interview: Interview,
  startsAt: string,
  endsAt: string | undefined,
): InvitationMatch['answer'] {
  if (!interview.reschedule) return undefined
  const at = Date.parse(startsAt)
  const proposed = interview.reschedule.proposed.find((slot) => Date.parse(slot.startsAt) === at)
  const length = Date.parse(interview.endsAt) - Date.parse(interview.startsAt)
  const end = endsAt ?? proposed?.endsAt ?? new Date(at + length).toISOString()
  return { slot: { startsAt, endsAt: end }, proposed: proposed !== undefined }
}
