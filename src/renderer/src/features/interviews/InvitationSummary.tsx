import { useTranslation } from 'react-i18next'
import type { InvitationReading } from '../../../../shared/model/invitation'
import type { Interview } from '../../../../shared/model/interview'

/** What reading an invitation gave: how many fields were filled, what is missing, what it matches. */
export function InvitationSummary({
  reading,
  filled,
  interviews,
  onMove,
}: {
  reading: InvitationReading
  filled: number
  interviews: readonly Interview[]
  /** Moves the matched interview to the invitation's new time instead of adding a new one. */
  onMove: (interview: Interview) => void
}) {
  const { t } = useTranslation()
  const matched = reading.match && interviews.find((interview) => interview.id === reading.match!.interviewId)
  return (
    <div className="invitation-summary" role="status">
      {filled > 0 && <p>{t('invitations.filled', { count: filled })}</p>}
      {reading.missing.length > 0 && (
        <p className="warning">
          {t('invitations.missing', {
            fields: reading.missing.map((field) => t(`invitations.fieldNames.${field}`)).join(', '),
          })}
        </p>
      )}
      {reading.notices.map((notice) => (
        <p key={notice}>{t(`invitations.notice.${notice}`)}</p>
      ))}
      {reading.match && (
        <p className="warning">
          {t(`invitations.match.${reading.match.kind}`, {
            company: matched ? `${matched.company} — ${matched.position}` : (reading.interview.company ?? ''),
          })}
        </p>
      )}
      {reading.match?.kind === 'update' && matched && reading.interview.startsAt && (
        <button type="button" className="primary" onClick={() => onMove(matched)}>
          {t('invitations.moveMatched')}
        </button>
      )}
    </div>
  )
}
