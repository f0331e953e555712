import { useTranslation } from 'react-i18next'
import type { InvitationReading } from '../../../../shared/model/invitation'
import { useInvitationWhen } from './invitationWhen'

/**
 * The reply date an invitation asks for, offered as a reminder: ticked, saving stores a task to reply by
 * then with the interview. Shown in the zone it was read in (the invitation's, else the user's).
 */
export function ReplyReminder({
  reading,
  checked,
  onChange,
}: {
  reading: InvitationReading & { replyBy: NonNullable<InvitationReading['replyBy']> }
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const { t } = useTranslation()
  const when = useInvitationWhen()
  return (
    <label
      className="check reply-by"
      title={t('invitations.fromInvitation', { snippet: reading.replyBy.source })}
    >
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {t('form.replyBy', { when: when(reading.replyBy.at, reading.interview.timeZone) })}
    </label>
  )
}
