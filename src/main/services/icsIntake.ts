import type { ChannelParsed } from '../../shared/contract'
import type { IcsReason } from '../../shared/ics/reasons'
import { interviewInputSchema, type InterviewFields } from '../../shared/model/interview'
import type {
  IcsEventEditParsed,
  IcsImportItem,
  IcsImportResult,
  IcsReasonOut,
} from '../../shared/model/exchange'
import { AppFailure, type FieldIssue } from '../../shared/result'
import { fieldIssue, summarizeIssues, toFieldIssues } from '../../shared/validation'
import { ReaderFieldsCheck } from '../ics/checkFields'
import type { ParsedInvitation } from '../ics/parse'

/** An event the file asks to store: whether it is new or an update is settled against the store. */
export interface Candidate {
  uid: string | undefined
  key: string
  fields: InterviewFields
  edit: IcsEventEditParsed | undefined
  item: Omit<IcsImportItem, 'action'>
  /** Its record's id once staged for storing (an import, not a preview). */
  id?: string
}

/** An event left out: its item in the preview's list and its entry among the skipped. */
export interface Skip {
  skip: IcsImportItem
  skipped: IcsImportResult['skipped'][number]
}

/** One event in file order: settled already (a skip), or a candidate for the store. */
export type Entry = Skip | { candidate: Candidate }

/** The fields the preview lets the user edit, per event. */
export const EDITABLE = [
  'company',
  'position',
  'contact',
  'meetingUrl',
  'accessCode',
  'referenceNumber',
  'location',
] as const satisfies readonly (keyof IcsEventEditParsed)[]

/**
 * Checks a file's invitations as the parsing worker sends them, a group at a time, while it reads the rest:
 * the user's edits, the schema, repeats within the file and series that need a yes. Nothing here reads or
 * writes the store; the import settles each candidate against it once the whole file is read.
 */
export class IcsIntake {
  readonly entries: Entry[] = []
  readonly series: IcsImportResult['series'] = []
  private index = 0
  private readonly seen = new Set<string>()
  private readonly quickCheck = new ReaderFieldsCheck()
  private readonly edits: Map<string, IcsEventEditParsed>

  constructor(
    private readonly input: ChannelParsed<'ics/import'>,
    private readonly word: (reason: IcsReason) => IcsReasonOut,
  ) {
    this.edits = new Map(Object.entries(input.edits ?? {}))
  }

  /** Checks these invitations, next in the file; gives the candidates among them. */
  take(invitations: readonly ParsedInvitation[]): Candidate[] {
    const from = this.entries.length
    for (const invitation of invitations) this.one(invitation, this.index++)
    return this.entries.slice(from).flatMap((entry) => ('candidate' in entry ? [entry.candidate] : []))
  }

  /** After the last part: an edit for an event the file does not hold would be lost without a word. */
  finish(): void {
    const [unknown] = this.edits.keys()
    if (unknown !== undefined) throw editFailure(unknown, [fieldIssue([], 'unknown_event')])
  }

  skip(uid: string | undefined, reason: IcsReason, summary: Partial<IcsImportItem> = {}): Skip {
    const worded = this.word(reason)
    return {
      skip: { uid: uid ?? '', ...summary, action: 'skip', ...worded },
      skipped: { ...(uid ? { uid } : {}), ...worded },
    }
  }

  private one(invitation: ParsedInvitation, index: number): void {
    const key = invitation.uid ?? `#${index}`
    const edit = this.edits.get(key)
    this.edits.delete(key)
    // Plainly valid reader output takes the quick check; an edit or anything odd goes through the schema.
    const quick = edit ? undefined : this.quickCheck.check(invitation.fields)
    const checked = quick
      ? ({ success: true, data: quick } as const)
      : interviewInputSchema.safeParse(edit ? withEdit(invitation.fields, edit) : invitation.fields)
    if (!checked.success && edit) throw editFailure(key, toFieldIssues(checked.error))
    if (!checked.success) {
      const fields = [...new Set(toFieldIssues(checked.error).map((issue) => issue.path))].join(', ')
      this.entries.push(this.skip(invitation.uid, { code: 'invalid', params: { fields } }))
      return
    }
    const fields = checked.data
    const identity = invitation.uid ?? contentKey(fields)
    const summary = { company: fields.company, position: fields.position, startsAt: fields.startsAt }
    if (this.seen.has(identity)) {
      this.entries.push(this.skip(invitation.uid, { code: 'repeated' }, summary))
      return
    }
    this.seen.add(identity)
    if (invitation.series && !this.input.acceptSeries) {
      const { series } = invitation
      if (!this.series.some((known) => known.uid === series.uid))
        this.series.push({ ...series, company: fields.company, position: fields.position })
      const reason = { code: 'many-occurrences', params: { count: series.count } } as const
      this.entries.push(this.skip(invitation.uid, reason, summary))
      return
    }
    const item = { uid: invitation.uid ?? '', key, ...summary, details: detailsOf(fields) }
    this.entries.push({ candidate: { uid: invitation.uid, key, fields, edit, item } })
  }
}

/** Events without a UID are recognised by what they say: start, company and position, organizer. */
export function contentKey(fields: InterviewFields): string {
  return JSON.stringify([fields.startsAt, fields.company, fields.position, fields.contact?.email ?? ''])
}

/** The event's fields with the user's edits: a value replaces, `null` clears. */
function withEdit(fields: Record<string, unknown>, edit: IcsEventEditParsed): Record<string, unknown> {
  const edited = { ...fields }
  for (const name of EDITABLE) {
    const value = edit[name]
    if (value === null) delete edited[name]
    else if (value !== undefined) edited[name] = value
  }
  return edited
}

/** An edit that cannot be stored refuses the whole import, naming the event and the field. */
function editFailure(key: string, issues: FieldIssue[]): AppFailure {
  const named = issues.map((issue) => ({
    ...issue,
    path: issue.path === '(input)' ? `edits.${key}` : `edits.${key}.${issue.path}`,
  }))
  return new AppFailure('VALIDATION', summarizeIssues(named), named)
}

function detailsOf(fields: InterviewFields): IcsImportItem['details'] {
  // Plain assignments rather than entries/fromEntries: this runs once per event of a 10 000-event file.
  const details: NonNullable<IcsImportItem['details']> = {}
  const { name, title, email, phone } = fields.contact ?? {}
  if (name !== undefined || title !== undefined || email !== undefined || phone !== undefined) {
    const contact: NonNullable<typeof details.contact> = {}
    if (name !== undefined) contact.name = name
    if (title !== undefined) contact.title = title
    if (email !== undefined) contact.email = email
    if (phone !== undefined) contact.phone = phone
    details.contact = contact
  }
  if (fields.meetingUrl !== undefined) details.meetingUrl = fields.meetingUrl
  if (fields.accessCode !== undefined) details.accessCode = fields.accessCode
  if (fields.referenceNumber !== undefined) details.referenceNumber = fields.referenceNumber
  if (fields.location !== undefined) details.location = fields.location
  return details
}
