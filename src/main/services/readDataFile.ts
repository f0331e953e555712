import type { ChannelParsed } from '../../shared/contract'
import { dataFileSchema, type DataFile } from '../../shared/model/dataFile'
import { AppFailure, type FieldIssue } from '../../shared/result'
import { summarizeIssues, toFieldIssues } from '../../shared/validation'

/**
 * Reads a JSON export and validates all of it before anything is written: every record against the schema,
 * then the links between records. Every problem is reported with the record it belongs to. Runs in the
 * parsing worker: the file is untrusted, and a huge one must not hold up the app.
 */
export function readDataFile(input: Pick<ChannelParsed<'data/import'>, 'text' | 'mode'>): DataFile {
  let raw: unknown
  try {
    raw = JSON.parse(input.text)
  } catch {
    throw new AppFailure('VALIDATION', 'The file is not JSON.', [
      { path: 'text', code: 'invalid', message: 'is not JSON' },
    ])
  }
  const parsed = dataFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error)
    throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
  }
  const file = parsed.data as DataFile
  if (input.mode === 'replace') {
    // After a replace only the file's interviews exist: a follow-up of any other would have no interview.
    const ids = new Set(file.interviews.map((interview) => interview.id))
    const issues: FieldIssue[] = file.followUps.flatMap((followUp, index) =>
      ids.has(followUp.interviewId)
        ? []
        : [
            {
              path: `followUps.${index}.interviewId`,
              code: 'unknown_interview',
              message: `follow-up ${followUp.id} belongs to an interview that is not in the file`,
            },
          ],
    )
    if (issues.length > 0) throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
  }
  return file
}
